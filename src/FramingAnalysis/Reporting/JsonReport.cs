using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using FramingAnalysis.Comparison;
using FramingAnalysis.Comparison.Statistics;

namespace FramingAnalysis.Reporting;

/// <summary>
/// Writes a <see cref="ComparisonResult"/> as JSON with the schema of <c>docs/report-schema.md</c>: properties in a fixed
/// order, numbers rounded to 4 decimals (half to even) and written in invariant form, undefined numbers (NaN) as
/// <c>null</c>, two-space indentation and <c>\n</c> line ends. The same result always gives the same bytes.
/// </summary>
public static partial class JsonReport
{
    /// <summary>The schema version written as <c>schema</c>.</summary>
    public const string SchemaVersion = "framing-compare/3";

    /// <summary>Formats the result as a JSON string.</summary>
    /// <param name="result">The result.</param>
    /// <returns>The JSON text, ending with a newline.</returns>
    public static string Format(ComparisonResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        using var stream = new MemoryStream();
        var options = new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        using (var w = new Utf8JsonWriter(stream, options))
        {
            Write(w, result);
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    /// <summary>Writes the result as JSON.</summary>
    /// <param name="writer">The destination.</param>
    /// <param name="result">The result.</param>
    public static void Write(TextWriter writer, ComparisonResult result)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(Format(result));
    }

    private static void Write(Utf8JsonWriter w, ComparisonResult r)
    {
        w.WriteStartObject();
        w.WriteString("schema", SchemaVersion);
        WriteManifest(w, r.Manifest);
        w.WriteStartArray("frames");
        foreach (var f in r.Frames)
        {
            w.WriteStringValue(f);
        }

        w.WriteEndArray();
        w.WriteStartArray("targets");
        foreach (var t in r.Targets)
        {
            w.WriteStringValue(t);
        }

        w.WriteEndArray();
        w.WriteStartObject("totals");
        w.WriteNumber("articles", r.Totals.Articles);
        w.WriteNumber("articlesRejected", r.Totals.ArticlesRejected);
        w.WriteNumber("commentsRejected", r.Totals.CommentsRejected);
        w.WriteEndObject();
        WriteKeyFindings(w, r);

        w.WriteStartArray("groups");
        foreach (var g in r.Groups)
        {
            WriteGroup(w, g);
        }

        w.WriteEndArray();

        w.WriteStartArray("pairs");
        foreach (var p in r.Pairs)
        {
            w.WriteStartObject();
            w.WriteString("groupA", p.GroupA);
            w.WriteString("groupB", p.GroupB);
            WriteCI(w, "frameDivergence", p.FrameDivergence);
            w.WriteStartArray("frames");
            foreach (var d in p.Frames)
            {
                w.WriteStartObject();
                w.WriteString("frame", d.Frame);
                Number(w, "meanA", d.MeanA);
                Number(w, "meanB", d.MeanB);
                Number(w, "difference", d.Difference);
                Number(w, "p", d.PValue);
                Number(w, "q", d.QValue);
                w.WriteNumber("countA", d.CountA);
                w.WriteNumber("countB", d.CountB);
                WriteCI(w, "cliffsDelta", d.CliffsDelta);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            WriteEffects(w, p.Effects);
            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WriteStartArray("distinctive");
        foreach (var d in r.Distinctive)
        {
            w.WriteStartObject();
            w.WriteString("group", d.Group);
            w.WriteString("language", d.Language);
            w.WriteNumber("tokens", d.Tokens);
            w.WriteStartArray("terms");
            for (var i = 0; i < d.Terms.Count; i++)
            {
                var t = d.Terms[i];
                w.WriteStartObject();
                w.WriteString("term", t.Term);
                w.WriteString("form", d.Form(i));
                w.WriteNumber("count", t.CountI);
                w.WriteNumber("countRest", t.CountJ);
                Number(w, "logOdds", t.Delta);
                Number(w, "z", t.Z);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();

        WriteNaming(w, r);

        w.WriteStartArray("articleVersusAudience");
        foreach (var a in r.ArticleVersusAudience)
        {
            w.WriteStartObject();
            w.WriteString("group", a.Group);
            w.WriteNumber("articlesWithComments", a.ArticlesWithComments);
            WriteCI(w, "frameDivergence", a.FrameDivergence);
            WriteEffects(w, a.Effects);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteKeyFindings(Utf8JsonWriter w, ComparisonResult r)
    {
        w.WriteStartArray("keyFindings");
        foreach (var f in r.KeyFindings.Findings)
        {
            w.WriteStartObject();
            w.WriteString("frame", f.Frame);
            w.WriteString("frameName", KeyFindingText.FrameDisplayName(r, f.Frame));
            w.WriteString("higher", f.Higher);
            w.WriteString("lower", f.Lower);
            Number(w, "higherMean", f.HigherMean);
            Number(w, "lowerMean", f.LowerMean);
            w.WriteNumber("higherArticles", f.HigherArticles);
            w.WriteNumber("lowerArticles", f.LowerArticles);
            WriteCI(w, "cliffsDelta", f.CliffsDelta);
            Number(w, "p", f.PValue);
            Number(w, "q", f.QValue);
            w.WriteString("sentence", KeyFindingText.Sentence(f, r));
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartObject("keyFindingsSummary");
        w.WriteNumber("surviving", r.KeyFindings.Surviving);
        w.WriteNumber("tested", r.KeyFindings.Tested);
        w.WriteNumber("fewestArticles", r.KeyFindings.FewestArticles);
        w.WriteNumber("mostArticles", r.KeyFindings.MostArticles);
        w.WriteNumber("smallGroupArticles", KeyFindings.SmallGroupArticles);
        if (KeyFindingText.Note(r.KeyFindings, r.Groups.Count) is { } note)
        {
            w.WriteString("note", note);
        }
        else
        {
            w.WriteNull("note");
        }

        w.WriteEndObject();
    }

    private static void WriteManifest(Utf8JsonWriter w, RunManifest m)
    {
        w.WriteStartObject("manifest");
        w.WriteString("libraryVersion", m.LibraryVersion);
        w.WriteStartObject("resourceVersions");
        foreach (var (k, v) in m.ResourceVersions)
        {
            w.WriteString(k, v);
        }

        w.WriteEndObject();
        w.WriteStartObject("scorers");
        foreach (var (task, name) in m.Scorers)
        {
            w.WriteString(task, name);
        }

        w.WriteEndObject();
        w.WriteString("frameSet", m.FrameSet);
        if (m.FrameSetVersion is null)
        {
            w.WriteNull("frameSetVersion");
        }
        else
        {
            w.WriteString("frameSetVersion", m.FrameSetVersion);
        }

        var o = m.Options;
        w.WriteStartObject("options");
        w.WriteString("groupBy", o.GroupBy.Name);
        if (o.TimeWindow is null)
        {
            w.WriteNull("timeWindow");
        }
        else
        {
            w.WriteString("timeWindow", o.TimeWindow.Value.Name());
        }

        w.WriteNumber("seed", o.Seed);
        w.WriteNumber("resamples", o.Resamples);
        w.WriteNumber("permutations", o.Permutations);
        Number(w, "confidenceLevel", o.ConfidenceLevel);
        Number(w, "titleWeight", o.TitleWeight);
        w.WriteNumber("topCues", o.TopCues);
        w.WriteNumber("topTerms", o.TopTerms);
        w.WriteNumber("minTermCount", o.MinTermCount);
        Number(w, "priorSize", o.PriorSize);
        w.WriteEndObject();
        w.WriteStartArray("inputs");
        foreach (var f in m.Inputs)
        {
            w.WriteStartObject();
            w.WriteString("path", f.Path);
            w.WriteString("sha256", f.Sha256);
            w.WriteNumber("bytes", f.Bytes);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteGroup(Utf8JsonWriter w, GroupSummary g)
    {
        w.WriteStartObject();
        w.WriteString("key", g.Key);
        w.WriteNumber("articles", g.Articles);
        w.WriteNumber("units", g.Units);
        w.WriteNumber("comments", g.Comments);
        w.WriteStartObject("languages");
        foreach (var (k, v) in g.Languages)
        {
            w.WriteNumber(k, v);
        }

        w.WriteEndObject();
        w.WriteStartArray("frames");
        foreach (var f in g.Frames)
        {
            w.WriteStartObject();
            w.WriteString("frame", f.Frame);
            WriteCI(w, "salience", f.Salience);
            Number(w, "share", f.Share);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("stance");
        foreach (var s in g.Stance)
        {
            w.WriteStartObject();
            w.WriteString("target", s.Target);
            w.WriteString("voice", Voices.Name(s.Voice));
            w.WriteNumber("units", s.Units);
            w.WriteNumber("notMentioning", s.NotMentioning);
            w.WriteNumber("articles", s.Articles);
            WriteCI(w, "mean", s.Mean);
            w.WriteNumber("against", s.Against);
            w.WriteNumber("neutral", s.Neutral);
            w.WriteNumber("favor", s.Favor);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("sentiment");
        foreach (var s in g.Sentiment)
        {
            w.WriteStartObject();
            w.WriteString("voice", Voices.Name(s.Voice));
            w.WriteNumber("units", s.Units);
            WriteCI(w, "mean", s.Mean);
            w.WriteNumber("negative", s.Negative);
            w.WriteNumber("neutral", s.Neutral);
            w.WriteNumber("positive", s.Positive);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("topCues");
        foreach (var c in g.TopCues)
        {
            w.WriteStartObject();
            w.WriteString("frame", c.Frame);
            w.WriteStartArray("cues");
            foreach (var (cue, count) in c.Cues)
            {
                w.WriteStartObject();
                w.WriteString("cue", cue);
                w.WriteNumber("count", count);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("trajectory");
        foreach (var t in g.Trajectory)
        {
            w.WriteStartObject();
            w.WriteNumber("paragraph", t.Paragraph);
            w.WriteNumber("articles", t.Articles);
            WriteCI(w, "compound", t.Compound);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("cueExamples");
        foreach (var c in g.CueExamples)
        {
            w.WriteStartObject();
            w.WriteString("frame", c.Frame);
            w.WriteString("cue", c.Cue);
            w.WriteNumber("count", c.Count);
            WriteSnippet(w, c.Snippet);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("stanceExamples");
        foreach (var e in g.StanceExamples)
        {
            w.WriteStartObject();
            w.WriteString("target", e.Target);
            w.WriteString("voice", Voices.Name(e.Voice));
            w.WriteString("label", e.Label.ToString().ToLowerInvariant());
            Number(w, "score", e.Score);
            w.WriteString("cue", e.Cue);
            Number(w, "weight", e.Weight);
            WriteSnippet(w, e.Snippet);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteSnippet(Utf8JsonWriter w, EvidenceSnippet s)
    {
        w.WriteStartObject("snippet");
        w.WriteString("articleId", s.ArticleId);
        w.WriteString("unitId", s.UnitId);
        w.WriteString("text", s.Text);
        w.WriteNumber("start", s.Start);
        w.WriteNumber("length", s.Length);
        w.WriteEndObject();
    }

    private static void WriteEffects(Utf8JsonWriter w, IReadOnlyList<EffectComparison> effects)
    {
        w.WriteStartArray("effects");
        foreach (var e in effects)
        {
            w.WriteStartObject();
            w.WriteString("measure", e.Measure);
            w.WriteString("voice", Voices.Name(e.Voice));
            w.WriteNumber("countA", e.CountA);
            w.WriteNumber("countB", e.CountB);
            Number(w, "meanA", e.MeanA);
            Number(w, "meanB", e.MeanB);
            WriteCI(w, "cohensD", e.CohensD);
            WriteCI(w, "cliffsDelta", e.CliffsDelta);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteCI(Utf8JsonWriter w, string name, ConfidenceInterval ci)
    {
        w.WriteStartObject(name);
        Number(w, "estimate", ci.Estimate);
        Number(w, "lower", ci.Lower);
        Number(w, "upper", ci.Upper);
        w.WriteEndObject();
    }

    private static void Number(Utf8JsonWriter w, string name, double value)
    {
        if (double.IsFinite(value))
        {
            var rounded = Math.Round(value, 4, MidpointRounding.ToEven);
            w.WriteNumber(name, rounded == 0 ? 0.0 : rounded);
        }
        else
        {
            w.WriteNull(name);
        }
    }
}
