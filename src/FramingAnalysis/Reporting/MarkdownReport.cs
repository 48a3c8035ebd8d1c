using System.Globalization;
using System.Text;
using FramingAnalysis.Comparison;
using FramingAnalysis.Comparison.Statistics;

namespace FramingAnalysis.Reporting;

/// <summary>
/// Writes a <see cref="ComparisonResult"/> as Markdown: pipe tables that read in a terminal and render on GitHub. Numbers
/// are in invariant culture with 4 decimals (3 for intervals' bounds in wide tables would hide differences, so 4
/// throughout); undefined values are shown as <c>–</c>. Line ends are <c>\n</c>. Computes nothing.
/// </summary>
public static partial class MarkdownReport
{
    /// <summary>Formats the result as Markdown.</summary>
    /// <param name="result">The result.</param>
    /// <returns>The Markdown text.</returns>
    public static string Format(ComparisonResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var md = new StringBuilder();
        var level = result.Manifest.Options.ConfidenceLevel;
        var pct = ((int)Math.Round(level * 100)).ToString(CultureInfo.InvariantCulture) + "%";
        Line(md, "# Framing comparison");
        Line(md);
        Line(md, $"Groups by `{result.Manifest.Options.GroupBy}`" + (result.Manifest.Options.TimeWindow is { } w ? $" and `{w.Name()}`" : "") +
            $". Intervals are {pct} percentile bootstrap intervals resampled over articles ({N(result.Manifest.Options.Resamples)} replicates, seed {result.Manifest.Options.Seed.ToString(CultureInfo.InvariantCulture)}); frame divergences (JSD) use the bias-corrected percentile interval.");
        Line(md);

        Line(md, "## Counts");
        Line(md);
        Table(md, ["Group", "Articles", "Units", "Comments", "Languages (scored units)"],
            result.Groups.Select(g => new[] { g.Key, N(g.Articles), N(g.Units), N(g.Comments), string.Join(", ", g.Languages.Select(kv => $"{kv.Key} {N(kv.Value)}")) }));
        Line(md);
        Line(md, $"Corpus: {N(result.Totals.Articles)} articles analyzed; {N(result.Totals.ArticlesRejected)} article and {N(result.Totals.CommentsRejected)} comment records rejected by the reader (not attributable to a group).");
        Line(md);

        Line(md, "## Key findings");
        Line(md);
        Line(md, KeyFindingText.Intro);
        Line(md);
        foreach (var finding in result.KeyFindings.Findings)
        {
            Line(md, "- " + Cell(KeyFindingText.Sentence(finding, result)));
        }

        if (result.KeyFindings.Findings.Count > 0)
        {
            Line(md);
        }

        if (KeyFindingText.Note(result.KeyFindings, result.Groups.Count) is { } note)
        {
            Line(md, Cell(note));
            Line(md);
        }

        Line(md, "## Frame salience");
        Line(md);
        Line(md, $"Mean article-level frame score [{pct} CI] (title weighted {F2(result.Manifest.Options.TitleWeight)}× a paragraph); share = the frame's part of the group's total.");
        Line(md);
        var header = new List<string> { "Frame", "Name (en / es)" };
        header.AddRange(result.Groups.Select(g => g.Key));
        Table(md, [.. header], result.Frames.Select((frame, f) =>
        {
            var row = new List<string> { frame, FrameName(result, f) };
            row.AddRange(result.Groups.Select(g => $"{F(g.Frames[f].Salience.Estimate)} {CI(g.Frames[f].Salience)} ({F(g.Frames[f].Share)})"));
            return row.ToArray();
        }));
        Line(md);

        Line(md, "## Stance by voice");
        Line(md);
        if (result.Targets.Count == 0)
        {
            Line(md, NoTargetsHint);
            Line(md);
        }
        else
        {
            Line(md, "Per target, group and voice: the units that mention the target and the units that do not, shown apart. " +
                "Stance (unit-weighted mean score in [-1, 1], its interval and label counts) is computed on the mentioning units only. " +
                "A unit that does not mention a target has no stance toward it: the scorer gives it none (score 0, no evidence), " +
                "so it is counted under \"Units not mentioning\" and never averaged in as neutral. \"Articles\" counts the articles with a mentioning unit.");
            Line(md);
            Table(md, ["Group", "Target", "Voice", "Units mentioning", "Units not mentioning", "Share mentioning", "Articles", "Mean (mentioning units)", $"{pct} CI", "Against", "Neutral", "Favor"],
                result.Targets.SelectMany(target => result.Groups.SelectMany(g => g.Stance.Where(s => s.Target == target).Select(s => new[]
                {
                    g.Key, s.Target, Voices.Name(s.Voice), N(s.Units), N(s.NotMentioning), Share(s.Units, s.Units + s.NotMentioning), N(s.Articles),
                    s.Units == 0 ? "no unit mentions it" : F(s.Mean.Estimate), CI(s.Mean), N(s.Against), N(s.Neutral), N(s.Favor),
                }))));
            Line(md);
        }

        Line(md, "## Sentiment by voice");
        Line(md);
        Table(md, ["Group", "Voice", "Units", "Mean compound", $"{pct} CI", "Negative", "Neutral", "Positive"],
            result.Groups.SelectMany(g => g.Sentiment.Select(s => new[] { g.Key, Voices.Name(s.Voice), N(s.Units), F(s.Mean.Estimate), CI(s.Mean), N(s.Negative), N(s.Neutral), N(s.Positive) })));
        Line(md);

        Line(md, "## Top frame cues (outlet voice)");
        Line(md);
        Table(md, ["Group", "Frame", "Cues (count)"],
            result.Groups.SelectMany(g => g.TopCues.Select(c => new[] { g.Key, c.Frame, string.Join(", ", c.Cues.Select(kv => $"{kv.Key} ({N(kv.Value)})")) })));
        Line(md);

        Line(md, "## Pairwise comparisons");
        Line(md);
        Line(md, $"Jensen–Shannon divergence (bits) of the frame distributions with a two-group bias-corrected (BC) bootstrap {pct} CI (JSD is biased upward in resamples, and BC moves the interval against that bias); frames whose mean salience differs at BH-adjusted q < 0.05 (permutation test, {N(result.Manifest.Options.Permutations)} permutations).");
        Line(md);
        Table(md, ["Group A", "Group B", "JSD", $"{pct} CI (BC)", "Frames differing (A − B, q)"],
            result.Pairs.Select(p => new[]
            {
                p.GroupA, p.GroupB, F(p.FrameDivergence.Estimate), Jsd(p.FrameDivergence),
                string.Join(", ", p.Frames.Where(d => d.QValue < KeyFindings.Alpha).Select(d => $"{KeyFindingText.FrameDisplayName(result, d.Frame)} {Signed(d.Difference)} (q {F(d.QValue)})")) is { Length: > 0 } s ? s : "none",
            }));
        Line(md);
        if (result.Pairs.Any(p => KeyFindingText.Excludes(p.FrameDivergence)))
        {
            Line(md, KeyFindingText.OutsideNote);
            Line(md);
        }

        Line(md, "Stance and sentiment differences over per-article means (A − B): Cohen's d and Cliff's delta with CIs.");
        Line(md);
        Table(md, ["Group A", "Group B", "Measure", "Voice", "n A", "n B", "Mean A", "Mean B", "d", "d CI", "δ", "δ CI"],
            result.Pairs.SelectMany(p => p.Effects.Select(e => Effect([p.GroupA, p.GroupB], e))));
        Line(md);

        Line(md, "## Distinctive language");
        Line(md);
        Line(md, "Log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi & Quinn 2008), each group against the rest of the corpus " +
            "within one language, outlet voice only, stopwords, group and author names, honorifics and page chrome removed; z > 0 terms, most distinctive first, " +
            "each in its most frequent written form (lower-cased, accents kept). Across languages, compare at frame and stance level.");
        Line(md);
        Table(md, ["Group", "Language", "Tokens", "Top terms (z)"],
            result.Distinctive.Select(d => new[] { d.Group, d.Language, N(d.Tokens), string.Join(", ", d.Terms.Select((t, i) => $"{d.Form(i)} ({F2(t.Z)})")) }));
        Line(md);

        Naming(md, result);

        Line(md, "## Article versus audience");
        Line(md);
        Line(md, "The outlet's own voice (A) against its readers' comments (B). Samples are paired by article but treated as independent.");
        Line(md);
        Table(md, ["Group", "Articles with comments", "Frame JSD", $"{pct} CI (BC)"],
            result.ArticleVersusAudience.Select(a => new[] { a.Group, N(a.ArticlesWithComments), F(a.FrameDivergence.Estimate), Jsd(a.FrameDivergence) }));
        Line(md);
        if (result.ArticleVersusAudience.Any(a => KeyFindingText.Excludes(a.FrameDivergence)))
        {
            Line(md, KeyFindingText.OutsideNote);
            Line(md);
        }

        Table(md, ["Group", "Measure", "Outlet voice", "n outlet", "n audience", "Mean outlet", "Mean audience", "d", "d CI", "δ", "δ CI"],
            result.ArticleVersusAudience.SelectMany(a => a.Effects.Select(e => Effect([a.Group], e))));
        Line(md);

        Line(md, "## Run manifest");
        Line(md);
        var m = result.Manifest;
        Line(md, $"- Library: FramingAnalysis {m.LibraryVersion}");
        Line(md, "- Scorers: " + string.Join(", ", m.Scorers.Select(kv => $"{kv.Key} {kv.Value}")));
        Line(md, $"- Frame set: {m.FrameSet} {m.FrameSetVersion ?? "(unversioned)"}");
        Line(md, "- Resources: " + string.Join(", ", m.ResourceVersions.Select(kv => $"{kv.Key} {kv.Value}")));
        var o = m.Options;
        Line(md, string.Create(CultureInfo.InvariantCulture,
            $"- Options: groupBy={o.GroupBy}, timeWindow={o.TimeWindow?.Name() ?? "none"}, seed={o.Seed}, resamples={o.Resamples}, permutations={o.Permutations}, level={F(o.ConfidenceLevel)}, titleWeight={F(o.TitleWeight)}, topCues={o.TopCues}, topTerms={o.TopTerms}, minTermCount={o.MinTermCount}, priorSize={F(o.PriorSize)}"));
        Line(md);
        Table(md, ["Input", "Bytes", "SHA-256"], m.Inputs.Select(i => new[] { i.Path, N(i.Bytes), i.Sha256 }));
        return md.ToString();
    }

    /// <summary>Writes the result as Markdown.</summary>
    /// <param name="writer">The destination.</param>
    /// <param name="result">The result.</param>
    public static void Write(TextWriter writer, ComparisonResult result)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(Format(result));
    }

    /// <summary>What the stance section says when the run had no targets: how to give some.</summary>
    internal const string NoTargetsHint = "No targets were given, so no stance was scored. Pass `--targets targets.json` (see `corpus/targets.json` for the format) " +
        "to score stance toward named people, organisations or policies.";

    private static string Share(int part, int whole) => whole == 0 ? "–" : (Math.Round(100.0 * part / whole, 0, MidpointRounding.ToEven)).ToString("0", CultureInfo.InvariantCulture) + "%";

    private static string FrameName(ComparisonResult result, int f)
    {
        if (f >= result.FrameDefinitions.Count || result.FrameDefinitions[f].Id != result.Frames[f])
        {
            return result.Frames[f];
        }

        var d = result.FrameDefinitions[f];
        return d.DisplayName();
    }

    private static string[] Effect(IEnumerable<string> prefix, EffectComparison e) =>
        [.. prefix, e.Measure, Voices.Name(e.Voice), N(e.CountA), N(e.CountB), F(e.MeanA), F(e.MeanB), Signed(e.CohensD.Estimate), CI(e.CohensD), Signed(e.CliffsDelta.Estimate), CI(e.CliffsDelta)];

    private static void Table(StringBuilder md, string[] header, IEnumerable<string[]> rows)
    {
        var list = rows.ToList();
        if (list.Count == 0)
        {
            Line(md, "_(none)_");
            return;
        }

        Line(md, "| " + string.Join(" | ", header.Select(Cell)) + " |");
        Line(md, "|" + string.Join("|", header.Select(_ => "---")) + "|");
        foreach (var row in list)
        {
            Line(md, "| " + string.Join(" | ", row.Select(Cell)) + " |");
        }
    }

    // Names in cells come from the input (sources, targets, terms, a user's frame names): HTML in them is escaped, as a
    // Markdown renderer would otherwise pass <script> through to the page.
    private static string Cell(string text) => text
        .Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal)
        .Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);

    private static void Line(StringBuilder md, string text = "") => md.Append(text).Append('\n');

    private static string N(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string F(double value) => double.IsFinite(value) ? Clean(Math.Round(value, 4, MidpointRounding.ToEven)).ToString("0.0000", CultureInfo.InvariantCulture) : "–";

    private static string F2(double value) => double.IsFinite(value) ? Clean(Math.Round(value, 2, MidpointRounding.ToEven)).ToString("0.00", CultureInfo.InvariantCulture) : "–";

    private static string Signed(double value) => double.IsFinite(value) ? (value > 0 ? "+" : "") + F(value) : "–";

    private static string Jsd(ConfidenceInterval ci) => CI(ci) + (KeyFindingText.Excludes(ci) ? " " + KeyFindingText.OutsideMark : "");

    private static string CI(ConfidenceInterval ci) => ci.IsDefined ? $"[{F(ci.Lower)}, {F(ci.Upper)}]" : "–";

    private static double Clean(double value) => value == 0 ? 0 : value;
}
