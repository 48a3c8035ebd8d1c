using System.Globalization;
using System.Text.Json;
using FramingAnalysis.Analysis;
using FramingAnalysis.Stance;

namespace FramingAnalysis.Reporting;

/// <summary>
/// Writes one record per unit, the output of <c>framing analyze</c>: JSON Lines with nested objects, or CSV with nested
/// names flattened (<c>sentiment.compound</c> → <c>sentiment_compound</c>), one <c>frame_&lt;id&gt;</c> score column per
/// frame (0 when its cues did not match), and per stance target two column sets: the unit's own voice
/// (<c>stance_&lt;target&gt;_…</c>, with <c>_voice</c> saying outlet, embedded or audience) and the speech it quotes
/// (<c>stance_&lt;target&gt;_quoted_…</c>, with the speaker). Numbers use the invariant culture and no thousands
/// separators; output is byte-identical for the same input.
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
    private readonly IReadOnlyList<string> _frames;
    private readonly Dictionary<string, int> _frameColumn;
    private readonly double[] _frameScores;
    private CsvHelper.CsvWriter? _csvWriter;

    /// <summary>How much evidence the records carry (default <see cref="EvidenceDetail.All"/>).</summary>
    public EvidenceDetail Evidence { get; init; } = EvidenceDetail.All;

    /// <summary>The stance label of a target that the unit (in the voice written) does not mention: <c>not_mentioned</c>.</summary>
    public const string NotMentionedLabel = "not_mentioned";

    /// <summary>
    /// Makes a writer. <paramref name="targets"/> fixes the CSV stance columns (two sets per target, in order) and
    /// <paramref name="frames"/> the CSV frame columns (frame ids, in order; the built-in 15 Policy Frames when null).
    /// </summary>
    public UnitRecordWriter(TextWriter writer, bool csv, IReadOnlyList<string> targets, IReadOnlyList<string>? frames = null)
    {
        _writer = writer ?? throw new ArgumentNullException(nameof(writer));
        _csv = csv;
        _targets = targets ?? [];
        _frames = frames ?? Frames.FrameSet.PolicyFrames.Frames.Select(f => f.Id).ToList();
        _frameColumn = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < _frames.Count; i++)
        {
            _frameColumn.TryAdd(_frames[i], i);
        }

        _frameScores = new double[_frames.Count];
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
            if (Evidence != EvidenceDetail.None)
            {
                WriteSentimentEvidence(json, s.Evidence);
            }

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
                if (Evidence != EvidenceDetail.None)
                {
                    WriteCueEvidence(json, [.. st.Evidence.Select(e => (e.Cue, e.Text, e.Start, e.Weight))]);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("frames");
            foreach (var f in u.Frames?.Scores ?? [])
            {
                json.WriteStartObject();
                json.WriteString("frame", f.Frame);
                json.WriteNumber("score", f.Score);
                if (Evidence != EvidenceDetail.None)
                {
                    WriteCueEvidence(json, [.. f.Evidence.Select(e => (e.Cue, e.Text, e.Start, e.Weight))]);
                }

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
                "primary_frame",
            };
            if (Evidence == EvidenceDetail.None)
            {
                header.Remove("sentiment_evidence");
            }

            header.AddRange(_frames.Select(f => "frame_" + Slug(f)));
            foreach (var t in _targets)
            {
                var p = "stance_" + Slug(t);
                header.AddRange([p + "_label", p + "_score", p + "_confidence", p + "_voice"]);
                if (Evidence != EvidenceDetail.None)
                {
                    header.Add(p + "_evidence");
                }

                header.AddRange([p + "_quoted_label", p + "_quoted_score", p + "_quoted_confidence", p + "_quoted_speaker"]);
                if (Evidence != EvidenceDetail.None)
                {
                    header.Add(p + "_quoted_evidence");
                }
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
        if (Evidence != EvidenceDetail.None)
        {
            c.WriteField(CsvCells.Safe(string.Join("; ", Kept(s.Evidence, e => e.Valence).Select(e => $"{e.Text}={N(e.Valence)}"))));
        }

        c.WriteField(u.Frames?.PrimaryFrame ?? string.Empty);
        Array.Clear(_frameScores);
        foreach (var f in u.Frames?.Scores ?? [])
        {
            if (_frameColumn.TryGetValue(f.Frame, out var column))
            {
                _frameScores[column] = f.Score;
            }
        }

        foreach (var score in _frameScores)
        {
            c.WriteField(N(score));
        }

        foreach (var t in _targets)
        {
            // Every voice keeps its columns: the unit's own (outlet, embedded post or audience) and the speech it quotes.
            // A voice without a result for the target, or one that does not mention it, has no stance: not_mentioned.
            var (own, quoted) = u.StanceToward(t);
            WriteStance(c, own);
            c.WriteField(own?.Voice.ToString().ToLowerInvariant() ?? string.Empty);
            if (Evidence != EvidenceDetail.None)
            {
                c.WriteField(StanceEvidence(own));
            }

            WriteStance(c, quoted);
            c.WriteField(CsvCells.Safe(quoted?.Speaker ?? string.Empty));
            if (Evidence != EvidenceDetail.None)
            {
                c.WriteField(StanceEvidence(quoted));
            }
        }

        c.EndRecord();
    }

    private static void WriteStance(CsvHelper.CsvWriter c, StanceResult? r)
    {
        c.WriteField(r is null ? NotMentionedLabel : Label(r));
        c.WriteField(N(r?.Score ?? 0));
        c.WriteField(N(r?.Confidence ?? 0));
    }

    private string StanceEvidence(StanceResult? r) =>
        CsvCells.Safe(string.Join("; ", Kept(r?.Evidence ?? [], e => e.Weight).Select(e => $"{e.Cue}:{e.Text}")));

    /// <summary>Writes the sentiment <c>evidence</c> array (all items, or the strongest under <see cref="EvidenceDetail.Top"/>).</summary>
    private void WriteSentimentEvidence(Utf8JsonWriter json, IReadOnlyList<Sentiment.SentimentEvidence> evidence)
    {
        json.WriteStartArray("evidence");
        var top = Evidence == EvidenceDetail.Top ? Strongest(evidence.Count, i => evidence[i].Valence) : -1;
        for (var i = 0; i < evidence.Count; i++)
        {
            if (top >= 0 && i != top)
            {
                continue;
            }

            var e = evidence[i];
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
    }

    /// <summary>The index of the item with the largest absolute value (the first on a tie), or -1 for none.</summary>
    private static int Strongest(int count, Func<int, double> value)
    {
        var best = -1;
        var bestAbs = -1.0;
        for (var i = 0; i < count; i++)
        {
            var abs = Math.Abs(value(i));
            if (abs > bestAbs)
            {
                best = i;
                bestAbs = abs;
            }
        }

        return best;
    }

    /// <summary>The evidence items kept under <see cref="Evidence"/>: all, the strongest, or none.</summary>
    private IEnumerable<T> Kept<T>(IReadOnlyList<T> items, Func<T, double> value) => Evidence switch
    {
        EvidenceDetail.None => [],
        EvidenceDetail.Top => Strongest(items.Count, i => value(items[i])) is var k and >= 0 ? [items[k]] : [],
        _ => items,
    };

    /// <summary>Writes an <c>evidence</c> array of cues (stance and frame evidence share this shape), as <see cref="Evidence"/> says.</summary>
    private void WriteCueEvidence(Utf8JsonWriter json, IReadOnlyList<(string Cue, string Text, int Start, double Weight)> evidence)
    {
        json.WriteStartArray("evidence");
        foreach (var (cue, text, start, weight) in Kept(evidence, e => e.Weight))
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
