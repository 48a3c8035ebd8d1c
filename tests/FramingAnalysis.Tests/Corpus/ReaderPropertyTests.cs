using System.Text;
using CsCheck;

namespace FramingAnalysis.Tests.Corpus;

/// <summary>
/// Property-based tests of the readers (issue 23): for random Unicode, random JSON values and random CSV quoting, no
/// exception escapes a read, and <c>read + rejected = present</c>. CsCheck prints the seed of any failing case, and
/// shrinks it to a small file.
/// </summary>
public class ReaderPropertyTests
{
    private const string Header = "id,source,language,published,title,url,text";

    // Text from the whole UTF-16 range, lone surrogates included, as a JSON string with every unusual char escaped.
    private static readonly Gen<string> AnyText = Gen.String[Gen.Char, 0, 12];

    private static readonly Gen<string> JsonValue = Gen.Frequency(
        (6, AnyText.Select(JsonString)),
        (1, Gen.Int[-5, 5].Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture))),
        (1, Gen.OneOf(Gen.Const("true"), Gen.Const("false"), Gen.Const("null"))),
        (1, AnyText.Select(t => "{\"x\":" + JsonString(t) + "}")),
        (1, AnyText.Array[0, 3].Select(a => "[" + string.Join(",", a.Select(JsonString)) + "]")));

    private static readonly Gen<string> Comment = Gen.Select(
        Gen.Int[0, 3].Select(i => $"\"c{i}\""), JsonValue, Gen.Bool,
        (id, text, parent) => "{\"id\":" + id + ",\"text\":" + text + (parent ? ",\"parent_id\":\"c0\"" : string.Empty) + "}");

    private static readonly Gen<string> Field = Gen.Frequency(
        (3, Gen.OneOf(Gen.Const("id"), Gen.Const("source"), Gen.Const("text"), Gen.Const("title")).SelectMany(n => JsonValue.Select(v => $"\"{n}\":{v}"))),
        (1, JsonValue.Array[0, 3].Select(a => "\"paragraphs\":[" + string.Join(",", a) + "]")),
        (1, Comment.Array[0, 3].Select(a => "\"comments\":[" + string.Join(",", a) + "]")),
        (1, JsonValue.Select(v => "\"language\":" + v)));

    // A good-looking record (small id pool, so duplicates happen), one with random fields, or a broken line.
    private static readonly Gen<byte[]> JsonLine = Gen.Frequency(
        (4, Gen.Select(Gen.Int[0, 8], AnyText.Where(t => t.Trim().Length > 0), Field.Array[0, 4],
            (id, text, extra) => Utf8("{\"id\":\"a" + id + "\",\"source\":\"S\",\"text\":" + JsonString(text) + string.Concat(extra.Select(e => "," + e)) + "}"))),
        (3, Field.Array[0, 6].Select(f => Utf8("{" + string.Join(",", f) + "}"))),
        (1, Field.Array[1, 4].Select(f => Utf8("{" + string.Join(",", f)))),
        (1, Gen.Byte.Array[0, 20].Select(b => b.Select(x => x == (byte)'\n' ? (byte)'?' : x).ToArray())));

    [Fact]
    public void Jsonl_AnyLines_NoExceptionEscapes_AndReadPlusRejectedIsPresent()
    {
        Gen.Select(JsonLine.Array[0, 12], Gen.Bool, Gen.Bool).Sample((lines, bom, crlf) =>
        {
            using var dir = new TempDir();
            var bytes = new List<byte>();
            if (bom)
            {
                bytes.AddRange([0xEF, 0xBB, 0xBF]);
            }

            foreach (var line in lines)
            {
                bytes.AddRange(line);
                bytes.AddRange(crlf ? "\r\n"u8.ToArray() : "\n"u8.ToArray());
            }

            var path = dir.Bytes("c.jsonl", [.. bytes]);
            var corpus = FramingAnalysis.Corpus.Load(path);

            var present = lines.Count(l => l.AsSpan().TrimEnd((byte)'\r').Trim(" \t\r"u8).Length > 0);
            Assert.Equal(present, corpus.Problems.ArticlesPresent);
            Assert.Equal(corpus.Articles.Count, corpus.Problems.ArticlesRead);
            Assert.Equal(corpus.Articles.Sum(a => a.Comments.Count), corpus.Problems.CommentsRead);
            Assert.Equal(corpus.Problems.ArticlesRejected + corpus.Problems.CommentsRejected, corpus.Problems.ErrorCount);
            Assert.All(corpus.Problems, p => Assert.True(p.Line >= 1 && p.Line <= lines.Length, p.ToString()));
        }, iter: 300, threads: 1);
    }

    // CSV fields: plain text, quoted text (with commas, doubled quotes and line breaks), and broken quoting.
    private static readonly Gen<string> PlainText = Gen.String[Gen.Char["abcdefgh XYZ ñé🙂;:.-'"], 1, 10].Where(t => t.Trim().Length > 0);

    private static readonly Gen<string> QuotedText = QuotedContent(Gen.Char["abc ,\"\n\r;ñ"]);

    // Quoted text that does not start with a comma, a line break or a quote. A quote left open on an earlier line would
    // close at the opening quote of such a field (or, after a doubled quote, at the next quote) and could read as a
    // well-formed record with the right number of fields: CSV itself cannot tell that from a real multi-line record
    // (see the weaker property below, which allows any quoted text).
    private static readonly Gen<string> UnambiguousQuotedText = QuotedContent(Gen.Char["abc ,\"\n\r;ñ"])
        .Where(q => q[1] is not (',' or '\r' or '\n' or '"'));

    private static readonly Gen<string> GoodField = Gen.Frequency((3, PlainText), (2, UnambiguousQuotedText));

    private static readonly Gen<string> AnyGoodField = Gen.Frequency((3, PlainText), (2, QuotedText));

    private static readonly Gen<string> BrokenField = Gen.OneOf(
        PlainText.Select(t => "\"" + t),
        Gen.Select(PlainText, PlainText, (a, b) => a + "\"" + b),
        Gen.Select(PlainText, PlainText, (a, b) => "\"" + a + "\"" + b));

    /// <summary>A record as CSV text, and whether it is well formed. Bad records are one line with one broken field.</summary>
    private static readonly Gen<(bool Good, string Title, string Text)> CsvRecord = Gen.Frequency(
        (4, Gen.Select(GoodField, GoodField, (title, text) => (true, title, text))),
        (1, Gen.Select(BrokenField, PlainText, (title, text) => (false, title, text))));

    [Fact]
    public void Csv_AnyQuoting_NoExceptionEscapes_EveryGoodRecordIsRead_EveryBrokenOneRejected()
    {
        CsvRecord.Array[0, 15].Sample(records =>
        {
            using var dir = new TempDir();
            var csv = new StringBuilder(Header).Append('\n');
            for (var i = 0; i < records.Length; i++)
            {
                csv.Append($"r{i},S,en,,{records[i].Title},u,{records[i].Text}\n");
            }

            dir.File("articles.csv", csv.ToString());
            var corpus = FramingAnalysis.Corpus.Load(dir.Path);

            var good = records.Select((r, i) => (r, i)).Where(x => x.r.Good).Select(x => $"r{x.i}").ToList();
            var shown = csv.ToString().Replace("\r", "\\r", StringComparison.Ordinal);
            Assert.True(good.SequenceEqual(corpus.Articles.Select(a => a.Id)), $"read {string.Join(",", corpus.Articles.Select(a => a.Id))}, expected {string.Join(",", good)} in\n{shown}\n{string.Join("\n", corpus.Problems)}");
            Assert.Equal(records.Length - good.Count, corpus.Problems.ArticlesRejected);
            Assert.Equal(records.Length, corpus.Problems.ArticlesPresent);
            Assert.All(corpus.Problems, p => Assert.True(p.Field == "title", $"{p}\nin:\n{shown}"));
        }, iter: 300, threads: 1);
    }

    [Fact]
    public void Csv_AnyQuotingAtAll_NoExceptionEscapes_AndOnlyABrokenQuoteCanCostARecord()
    {
        var record = Gen.Frequency(
            (4, Gen.Select(AnyGoodField, AnyGoodField, (title, text) => (Good: true, Title: title, Text: text))),
            (1, Gen.Select(BrokenField, PlainText, (title, text) => (Good: false, Title: title, Text: text))));
        record.Array[0, 15].Sample(records =>
        {
            using var dir = new TempDir();
            var csv = new StringBuilder(Header).Append('\n');
            for (var i = 0; i < records.Length; i++)
            {
                csv.Append($"r{i},S,en,,{records[i].Title},u,{records[i].Text}\n");
            }

            dir.File("articles.csv", csv.ToString());
            var corpus = FramingAnalysis.Corpus.Load(dir.Path);

            var read = corpus.Articles.Select(a => a.Id).ToHashSet();
            var firstBad = Array.FindIndex(records, r => !r.Good);
            for (var i = 0; i < records.Length; i++)
            {
                Assert.True(read.Contains($"r{i}") || !records[i].Good || (firstBad >= 0 && i > firstBad), $"r{i} lost in\n{csv}");
            }

            Assert.Equal(corpus.Articles.Count, corpus.Problems.ArticlesRead);
            Assert.Equal(corpus.Problems.ArticlesRejected, corpus.Problems.ErrorCount);
            Assert.True(firstBad < 0 || corpus.Problems.ErrorCount > 0);
        }, iter: 300, threads: 1);
    }

    private static Gen<string> QuotedContent(Gen<char> chars) => Gen.String[chars, 1, 12]
        .Where(t => t.Trim().Length > 0)
        .Select(t => "\"" + t.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"");

    private static byte[] Utf8(string s) => Encoding.UTF8.GetBytes(s);

    private static string JsonString(string text)
    {
        var b = new StringBuilder("\"");
        foreach (var c in text)
        {
            if (c is >= ' ' and < '\u007f' and not '"' and not '\\')
            {
                b.Append(c);
            }
            else
            {
                b.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return b.Append('"').ToString();
    }
}
