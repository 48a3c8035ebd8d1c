using System.Text;
using System.Text.Json;

namespace FramingAnalysis.Tests.Corpus;

/// <summary>
/// The JSONL reader parses well-formed records in one streaming pass and falls back to a <see cref="JsonDocument"/>
/// for the rest; both paths must give the same record for every line the streaming pass accepts.
/// </summary>
public class JsonlStreamingParseTests
{
    public static TheoryData<string> Accepted => new()
    {
        """{"id":"a1","source":"Wire","language":"en","paragraphs":["One.","Two \"quoted\" \u00e9"],"comments":[{"id":"c1","author":"x","text":"ok","parent_id":null}]}""",
        """  {"text":"Body","id":"a2","comments":null,"extra":12.50,"flag":true,"nested":{"a": [1, 2 ,{"b":null}]},"empty":null}  """,
        """{"id":"a3","paragraphs":["p", null],"comments":[3, "s", {"text":"t","other":{"deep":[1]}}]}""",
        """{"\u0069d":"escaped name","id":"last wins","source":"S1","source":"S2","paragraphs":["a"],"paragraphs":["b","c"]}""",
        """{"id":"a5","comments":[{"id":"c1"}],"comments":[{"id":"c2"}],"title":123,"published":"2026-01-01"}""",
        """{"id":"a6","text":"Línea con ñ, 🙂 y \ud83d\ude42","meta":"¿sí?"}""",
        """{}""",
    };

    public static TheoryData<string> Declined => new()
    {
        """{"id":"a1","text":"x" """,
        """["not","an","object"]""",
        """{"id":"a1"} trailing""",
        """{"id":"a1","paragraphs":"not an array"}""",
        """{"id":"a1","comments":"not an array"}""",
        """{"id":"a1","comments":[{"id":"c1","id":"c2"}]}""",
        """{"id":"a1",}""",

        // Issue 23: wrong types in known fields and lone surrogates are reported by the document path.
        """{"id":"a3","paragraphs":["p", null, 7, {"x":1}]}""",
        """{"id":"a5","url":[]}""",
        """{"id":{"x":1}}""",
        """{"id":"a1","comments":[{"id":"c1","text":["t"]}]}""",
        """{"id":"a2","text":"lone \ud800 x"}""",
    };

    [Theory]
    [MemberData(nameof(Accepted))]
    public void StreamingParse_GivesTheDocumentPathsRecord(string line)
    {
        var bytes = Encoding.UTF8.GetBytes(line);
        var at = new RecordLocation("t.jsonl", 3);
        Assert.True(JsonlCorpusReader.TryParseStreaming(bytes, at, out var streamed));
        var problems = new CorpusProblems();
        var document = JsonlCorpusReader.ParseDocument(bytes, at, new RecordValidator(problems, CorpusReadOptions.Default));
        Assert.Empty(problems);
        Assert.Equal(Render(document!), Render(streamed!));
    }

    [Theory]
    [MemberData(nameof(Declined))]
    public void StreamingParse_LeavesMalformedOrUnusualRecords_ToTheDocumentPath(string line)
    {
        Assert.False(JsonlCorpusReader.TryParseStreaming(Encoding.UTF8.GetBytes(line), new RecordLocation("t.jsonl", 1), out var raw));
        Assert.Null(raw);
    }

    private static string Render(RawArticle a)
    {
        var b = new StringBuilder();
        b.Append($"{a.Location}|{a.Id}|{a.Source}|{a.Language}|{a.Published}|{a.Title}|{a.Url}|{a.Text}|");
        b.Append(a.Paragraphs is null ? "no paragraphs" : string.Join("¶", a.Paragraphs)).Append('\n');
        foreach (var c in a.Comments)
        {
            b.Append($"comment {c.Location}|{c.Id}|{c.Author}|{c.Published}|{c.Text}|{c.ParentId}\n");
        }

        foreach (var (k, v) in a.Metadata)
        {
            b.Append($"meta {k}={v}\n");
        }

        return b.ToString();
    }
}
