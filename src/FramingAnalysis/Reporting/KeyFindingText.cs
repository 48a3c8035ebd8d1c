using System.Globalization;
using FramingAnalysis.Comparison;

namespace FramingAnalysis.Reporting;

/// <summary>
/// The plain-English sentences of a comparison's <see cref="KeyFindings"/>, shared by the Markdown, HTML and JSON reports
/// so that all three say the same words. Plain text (no markup); formats numbers in invariant culture; computes nothing.
/// </summary>
internal static class KeyFindingText
{
    /// <summary>What the key findings are, in one sentence, for the top of the section.</summary>
    public static string Intro =>
        "Differences in frame salience between groups that survive correction for multiple comparisons (permutation test, " +
        $"Benjamini–Hochberg q < {Q(KeyFindings.Alpha)} across each pair's frames), strongest first; at most {KeyFindings.MaxFindings}.";

    /// <summary>One finding as a sentence, e.g. "A gives the “Crime and punishment” frame more salience than B (0.360 vs
    /// 0.210 mean salience, n = 5 vs 5 articles, Cliff's δ = 0.52 [0.10, 0.80], q = 0.030)."</summary>
    /// <param name="finding">The finding.</param>
    /// <param name="result">The result, for the frame's display name.</param>
    /// <returns>The sentence.</returns>
    public static string Sentence(KeyFinding finding, ComparisonResult result)
    {
        var d = finding.CliffsDelta;
        var delta = double.IsFinite(d.Estimate)
            ? $", Cliff's δ = {F2(d.Estimate)}" + (d.IsDefined ? $" [{F2(d.Lower)}, {F2(d.Upper)}]" : "")
            : "";
        return $"{finding.Higher} gives the “{FrameDisplayName(result, finding.Frame)}” frame more salience than {finding.Lower} " +
            $"({F3(finding.HigherMean)} vs {F3(finding.LowerMean)} mean salience, n = {N(finding.HigherArticles)} vs {N(finding.LowerArticles)} articles{delta}, q {Qe(finding.QValue)}).";
    }

    /// <summary>What to say beside or instead of the findings: why the list is empty, or how much it leaves out; null when
    /// there is nothing to add.</summary>
    /// <param name="findings">The headline.</param>
    /// <param name="groups">The number of groups compared.</param>
    /// <returns>The note, or null.</returns>
    public static string? Note(KeyFindings findings, int groups)
    {
        var range = findings.FewestArticles == findings.MostArticles
            ? N(findings.FewestArticles)
            : $"{N(findings.FewestArticles)}–{N(findings.MostArticles)}";
        var small = $"With {range} articles per group there are not enough articles to tell: a difference would need to be very large to show; " +
            $"a rough guide is {N(KeyFindings.SmallGroupArticles)}+ articles per group.";
        if (groups < 2)
        {
            return "Only one group: there is nothing to compare.";
        }

        if (findings.Tested == 0)
        {
            return "No frame difference could be tested (no group has an article with framed text).";
        }

        if (findings.Findings.Count == 0)
        {
            return $"No difference survives correction ({N(findings.Tested)} frame tests over all pairs). " + (findings.GroupsAreSmall ? small : "");
        }

        var more = findings.Surviving > findings.Findings.Count
            ? $"Showing {N(findings.Findings.Count)} of {N(findings.Surviving)} differences that survive correction; the rest are under the pairwise comparisons. "
            : "";
        var caution = findings.GroupsAreSmall
            ? $"The groups are small ({range} articles): read these as leads to check in the articles, not as settled."
            : "";
        var note = (more + caution).TrimEnd();
        return note.Length > 0 ? note : null;
    }

    /// <summary>The mark put after a divergence interval that does not contain its estimate.</summary>
    public const string OutsideMark = "†";

    /// <summary>The note under a table with a marked divergence interval.</summary>
    public const string OutsideNote =
        "† The bias-corrected interval does not contain the estimate: the resamples gave divergences on one side of the data's (for JSD, " +
        "larger: it is biased upward) by more than their spread, so the interval sits beside the estimate, not around it. " +
        "With so few articles, read this divergence as unreliable.";

    /// <summary>Whether a divergence interval is defined and leaves its own estimate out (see <see cref="OutsideNote"/>).</summary>
    public static bool Excludes(Comparison.Statistics.ConfidenceInterval ci) => ci.IsDefined && double.IsFinite(ci.Estimate) && !ci.Contains(ci.Estimate);

    /// <summary>The display name of a frame in English (the frame definition's English name), or its id when the result
    /// carries no definition for it.</summary>
    public static string FrameDisplayName(ComparisonResult result, string frame)
    {
        foreach (var d in result.FrameDefinitions)
        {
            if (string.Equals(d.Id, frame, StringComparison.Ordinal))
            {
                return d.Name;
            }
        }

        return frame;
    }

    private static string N(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string F2(double value) => (Math.Round(value, 2, MidpointRounding.ToEven) + 0.0).ToString("0.00", CultureInfo.InvariantCulture);

    private static string F3(double value) => double.IsFinite(value) ? (Math.Round(value, 3, MidpointRounding.ToEven) + 0.0).ToString("0.000", CultureInfo.InvariantCulture) : "–";

    private static string Q(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    /// <summary>"= 0.031", or "&lt; 0.001" for smaller q.</summary>
    private static string Qe(double q) => q < 0.001 ? "< 0.001" : "= " + (Math.Round(q, 3, MidpointRounding.ToEven) + 0.0).ToString("0.000", CultureInfo.InvariantCulture);
}
