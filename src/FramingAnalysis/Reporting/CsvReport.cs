using System.Globalization;
using FramingAnalysis.Comparison;
using FramingAnalysis.Comparison.Statistics;

namespace FramingAnalysis.Reporting;

/// <summary>
/// Writes a <see cref="ComparisonResult"/> as tidy CSV tables (one row per observation, invariant culture, 4 decimals,
/// empty cell for undefined, <c>\n</c> line ends): <c>frames.csv</c>, <c>stance.csv</c>, <c>sentiment.csv</c>,
/// <c>pairs_frames.csv</c>, <c>effects.csv</c>, <c>distinctive.csv</c>, <c>naming.csv</c> and <c>naming_locations.csv</c>.
/// Computes nothing.
/// </summary>
public static partial class CsvReport
{
    /// <summary>Writes every table into a folder (created if missing).</summary>
    /// <param name="result">The result.</param>
    /// <param name="folder">The destination folder.</param>
    public static void WriteTables(ComparisonResult result, string folder)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(folder);
        Directory.CreateDirectory(folder);
        Write(Path.Combine(folder, "frames.csv"), ["group", "frame", "salience", "lower", "upper", "share"],
            result.Groups.SelectMany(g => g.Frames.Select(f => new[] { g.Key, f.Frame, F(f.Salience.Estimate), F(f.Salience.Lower), F(f.Salience.Upper), F(f.Share) })));
        // units: the units mentioning the target (mean and label counts are over them; mean empty when none does).
        Write(Path.Combine(folder, "stance.csv"), ["group", "target", "voice", "units", "not_mentioning", "articles", "mean", "lower", "upper", "against", "neutral", "favor"],
            result.Groups.SelectMany(g => g.Stance.Select(s => new[] { g.Key, s.Target, Voices.Name(s.Voice), N(s.Units), N(s.NotMentioning), N(s.Articles), F(s.Mean.Estimate), F(s.Mean.Lower), F(s.Mean.Upper), N(s.Against), N(s.Neutral), N(s.Favor) })));
        Write(Path.Combine(folder, "sentiment.csv"), ["group", "voice", "units", "mean", "lower", "upper", "negative", "neutral", "positive"],
            result.Groups.SelectMany(g => g.Sentiment.Select(s => new[] { g.Key, Voices.Name(s.Voice), N(s.Units), F(s.Mean.Estimate), F(s.Mean.Lower), F(s.Mean.Upper), N(s.Negative), N(s.Neutral), N(s.Positive) })));
        Write(Path.Combine(folder, "pairs_frames.csv"), ["group_a", "group_b", "jsd", "jsd_lower", "jsd_upper", "frame", "mean_a", "mean_b", "difference", "p", "q"],
            result.Pairs.SelectMany(p => p.Frames.Select(d => new[] { p.GroupA, p.GroupB, F(p.FrameDivergence.Estimate), F(p.FrameDivergence.Lower), F(p.FrameDivergence.Upper), d.Frame, F(d.MeanA), F(d.MeanB), F(d.Difference), F(d.PValue), F(d.QValue) })));
        var effects = result.Pairs.SelectMany(p => p.Effects.Select(e => Effect("pair", p.GroupA, p.GroupB, e)))
            .Concat(result.ArticleVersusAudience.SelectMany(a => a.Effects.Select(e => Effect("article_vs_audience", a.Group, a.Group + " (comments)", e))));
        Write(Path.Combine(folder, "effects.csv"), ["comparison", "a", "b", "measure", "voice", "n_a", "n_b", "mean_a", "mean_b", "cohens_d", "d_lower", "d_upper", "cliffs_delta", "delta_lower", "delta_upper"], effects);
        Write(Path.Combine(folder, "distinctive.csv"), ["group", "language", "rank", "term", "count", "count_rest", "log_odds", "z", "form"],
            result.Distinctive.SelectMany(d => d.Terms.Select((t, i) => new[] { d.Group, d.Language, N(i + 1), t.Term, N(t.CountI), N(t.CountJ), F(t.Delta), F(t.Z), d.Form(i) })));
        WriteNaming(result, folder);
    }

    private static string[] Effect(string kind, string a, string b, EffectComparison e) =>
        [kind, a, b, e.Measure, Voices.Name(e.Voice), N(e.CountA), N(e.CountB), F(e.MeanA), F(e.MeanB), F(e.CohensD.Estimate), F(e.CohensD.Lower), F(e.CohensD.Upper), F(e.CliffsDelta.Estimate), F(e.CliffsDelta.Lower), F(e.CliffsDelta.Upper)];

    private static void Write(string path, string[] header, IEnumerable<string[]> rows)
    {
        using var writer = new StreamWriter(path, false, new System.Text.UTF8Encoding(false));
        using var csv = CsvHelper.CsvWriter.Create(writer, new CsvHelper.CsvWriterOptions { NewLine = "\n" }, leaveOpen: true);
        csv.WriteHeader(header);
        foreach (var row in rows)
        {
            foreach (var cell in row)
            {
                // Group keys, sources, targets, terms and cues come from the input: guarded against formula injection.
                csv.WriteField(CsvCells.Safe(cell));
            }

            csv.EndRecord();
        }

        csv.Flush();
    }

    private static string N(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string F(double value) => double.IsFinite(value) ? (Math.Round(value, 4, MidpointRounding.ToEven) + 0.0).ToString("0.####", CultureInfo.InvariantCulture) : string.Empty;
}
