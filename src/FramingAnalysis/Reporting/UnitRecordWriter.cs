using System.Globalization;
using System.Text.Json;
using FramingAnalysis.Analysis;
using FramingAnalysis.Stance;

namespace FramingAnalysis.Reporting;

/// <summary>
/// Writes one record per unit, the output of <c>framing analyze</c>: JSON Lines with nested objects, or CSV with nested
/// names flattened (<c>sentiment.compound</c> → <c>sentiment_compound</c>, one column set per stance target). Numbers use
/// the invariant culture and no thousands separators; output is byte-identical for the same input.
/// </summary>
/// <remarks>
/// A stance label is <c>favor</c>, <c>against</c> or <c>neutral</c> for a voice of the unit that mentions the target, and
/// <see cref="NotMentionedLabel"/> for one that does not (<see cref="StanceResult.Mentioned"/> false): such a unit has no
/// stance toward the target, which is not the same as a neutral one. Its score and confidence are written as the scorer
/// gave them (0 for the built-in scorer). Not thread-safe: one writer per output stream.
/// </remarks>
public sealed class UnitRecordWriter : IDisposable
{
    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly TextWriter _writer;
    private readonly bool _csv;
    private readonly IReadOnlyList<string> _targets;
    private CsvHelper.CsvWriter? _csvWriter;

    /// <summary>The stance label of a target that the unit (in the voice written) does not mention: <c>not_mentioned</c>.</summary>
    public const string NotMentionedLabel = "not_mentioned";

    /// <summary>Makes a writer. <paramref name="targets"/> fixes the CSV stance columns (one set per target, in order).</summary>
    public UnitRecordWriter(TextWriter writer, bool csv, IReadOnlyList<string> targets)
    {
        _writer = writer ?? throw new ArgumentNullException(nameof(writer));
        _csv = csv;
        _targets = targets ?? [];
    }

    /// <summary>Writes every scored unit of an article (boilerplate is skipped).</summary>
    public void Write(ArticleAnalysis article)
    {
        ArgumentNullException.ThrowIfNull(article);
        foreach (var unit in article.Units)
        {
            if (unit.Sentiment is null)
            {
                continue;
            }

            if (_csv)
            {
                WriteCsv(article.Article, unit);
            }
            else
            {
                WriteJson(article.Article, unit);
            }
        }
    }

    /// <summary>Flushes buffered output.</summary>
    public void Flush()
    {
        _csvWriter?.Flush();
        _writer.Flush();
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        Flush();
        _csvWriter?.Dispose();
    }

    private void WriteJson(Article article, UnitAnalysis u)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, JsonOptions))
        {
            json.WriteStartObject();
            json.WriteString("article_id", article.Id);
            json.WriteString("source", article.Source);
            json.WriteString("language", u.Language);
            json.WriteString("unit_id", u.Unit.UnitId);
            json.WriteString("kind", u.Unit.Kind.ToString());
            json.WriteNumber("index", u.Unit.Index);
            json.WriteString("text", u.Unit.Text);
            var s = u.Sentiment!;
            json.WriteStartObject("sentiment");
            json.WriteNumber("compound", s.Compound);
            json.WriteString("label", s.Label.ToString().ToLowerInvariant());
            json.WriteNumber("positive", s.Positive);
            json.WriteNumber("negative", s.Negative);
            json.WriteNumber("neutral", s.Neutral);
            WriteProbabilities(json, s.Probabilities);
            json.WriteStartArray("evidence");
            foreach (var e in s.Evidence)
            {
                json.WriteStartObject();
                json.WriteString("text", e.Text);
                json.WriteNumber("start", e.Start);
                json.WriteNumber("length", e.Length);
                json.WriteString("entry", e.Entry);
                json.WriteNumber("base", e.BaseValence);
                json.WriteNumber("valence", e.Valence);
                json.WriteString("rules", e.Rules.ToString());
                if (e.Modifiers.Length > 0)
                {
                    json.WriteString("modifiers", e.Modifiers);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteStartArray("stance");
            foreach (var st in u.Stance)
            {
                json.WriteStartObject();
                json.WriteString("target", st.Target);
                json.WriteString("label", Label(st));
                json.WriteNumber("score", st.Score);
                json.WriteNumber("confidence", st.Confidence);
                json.WriteString("voice", st.Voice.ToString().ToLowerInvariant());
                if (st.Speaker is null)
                {
                    json.WriteNull("speaker");
                }
                else
                {
                    json.WriteString("speaker", st.Speaker);
                }

                json.WriteString("reason", st.Reason);
                WriteProbabilities(json, st.Probabilities);
                WriteCueEvidence(json, st.Evidence.Select(e => (e.Cue, e.Text, e.Start, e.Weight)));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("frames");
            foreach (var f in u.Frames?.Scores ?? [])
            {
                json.WriteStartObject();
                json.WriteString("frame", f.Frame);
                json.WriteNumber("score", f.Score);
                WriteCueEvidence(json, f.Evidence.Select(e => (e.Cue, e.Text, e.Start, e.Weight)));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            if (u.Frames?.PrimaryFrame is { } primary)
            {
                json.WriteString("primary_frame", primary);
            }
            else
            {
                json.WriteNull("primary_frame");
            }

            json.WriteEndObject();
        }

        _writer.Write(System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
        _writer.Write('\n');
    }

    private void WriteCsv(Article article, UnitAnalysis u)
    {
        if (_csvWriter is null)
        {
            _csvWriter = CsvHelper.CsvWriter.Create(_writer, new CsvHelper.CsvWriterOptions { NewLine = "\n" }, leaveOpen: true);
            var header = new List<string>
            {
                "article_id", "source", "language", "unit_id", "kind", "index", "text",
                "sentiment_compound", "sentiment_label", "sentiment_positive", "sentiment_negative", "sentiment_neutral", "sentiment_evidence",
                "primary_frame", "frames",
            };
            foreach (var t in _targets)
            {
                var p = "stance_" + Slug(t);
                header.AddRange([p + "_label", p + "_score", p + "_confidence", p + "_voice", p + "_speaker", p + "_evidence"]);
            }

            _csvWriter.WriteHeader(header.ToArray());
        }

        var c = _csvWriter;
        var s = u.Sentiment!;
        c.WriteField(CsvCells.Safe(article.Id));
        c.WriteField(CsvCells.Safe(article.Source));
        c.WriteField(u.Language);
        c.WriteField(u.Unit.UnitId);
        c.WriteField(u.Unit.Kind.ToString());
        c.WriteField(u.Unit.Index.ToString(CultureInfo.InvariantCulture));
        c.WriteField(CsvCells.Safe(u.Unit.Text));
        c.WriteField(N(s.Compound));
        c.WriteField(s.Label.ToString().ToLowerInvariant());
        c.WriteField(N(s.Positive));
        c.WriteField(N(s.Negative));
        c.WriteField(N(s.Neutral));
        c.WriteField(CsvCells.Safe(string.Join("; ", s.Evidence.Select(e => $"{e.Text}={N(e.Valence)}"))));
        c.WriteField(u.Frames?.PrimaryFrame ?? string.Empty);
        c.WriteField(string.Join("; ", (u.Frames?.Scores ?? []).Select(f => $"{f.Frame}={N(f.Score)}")));
        foreach (var t in _targets)
        {
            // The unit's own voice when it mentions the target, else the speech it quotes about the target, if any; the
            // voice column says which. A unit with neither (or no result for the target) has no stance: not_mentioned.
            var own = u.Stance.FirstOrDefault(r => r.Target == t && r.Voice != Voice.Quoted);
            var quoted = u.Stance.FirstOrDefault(r => r.Target == t && r.Voice == Voice.Quoted);
            var main = own is { Mentioned: true } || quoted is null ? own : quoted;
            c.WriteField(main is null ? NotMentionedLabel : Label(main));
            c.WriteField(N(main?.Score ?? 0));
            c.WriteField(N(main?.Confidence ?? 0));
            c.WriteField(main?.Voice.ToString().ToLowerInvariant() ?? string.Empty);
            c.WriteField(CsvCells.Safe(main?.Speaker ?? string.Empty));
            c.WriteField(CsvCells.Safe(string.Join("; ", (main?.Evidence ?? []).Select(e => $"{e.Cue}:{e.Text}"))));
        }

        c.EndRecord();
    }

    /// <summary>Writes an <c>evidence</c> array of cues (stance and frame evidence share this shape).</summary>
    private static void WriteCueEvidence(Utf8JsonWriter json, IEnumerable<(string Cue, string Text, int Start, double Weight)> evidence)
    {
        json.WriteStartArray("evidence");
        foreach (var (cue, text, start, weight) in evidence)
        {
            json.WriteStartObject();
            json.WriteString("cue", cue);
            json.WriteString("text", text);
            json.WriteNumber("start", start);
            json.WriteNumber("weight", weight);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteProbabilities(Utf8JsonWriter json, IReadOnlyDictionary<string, double>? probabilities)
    {
        if (probabilities is null)
        {
            return;
        }

        json.WriteStartObject("probabilities");
        foreach (var (label, p) in probabilities.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            json.WriteNumber(label, Math.Round(p, 4));
        }

        json.WriteEndObject();
    }

    private static string Label(StanceResult result) => result.Mentioned ? result.Label.ToString().ToLowerInvariant() : NotMentionedLabel;

    private static string N(double v) => v.ToString("0.####", CultureInfo.InvariantCulture);

    private static string Slug(string s) => new(s.ToLowerInvariant().Select(ch => char.IsLetterOrDigit(ch) ? ch : '_').ToArray());
}
