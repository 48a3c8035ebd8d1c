using FramingAnalysis.Comparison.Statistics;

namespace FramingAnalysis.Comparison;

/// <summary>
/// The headline of a comparison: the largest frame differences between groups that survive multiple-comparison
/// correction, and what a reader needs to judge an empty list (how many tests there were, how small the groups are).
/// Made by <see cref="From"/> from the pairs' frame tests; reports put it first.
/// </summary>
/// <remarks>
/// Only frame differences have a test with a correction (permutation p-values, BH-adjusted across a pair's frames), so
/// only they can be findings here; stance and sentiment effects (Cohen's d, Cliff's delta) have intervals but no
/// corrected test and stay in their own sections.
/// </remarks>
/// <param name="Findings">At most <see cref="MaxFindings"/> findings: by q ascending, then |Cliff's δ| descending, then
/// |difference| descending, then frame id, higher group and lower group (ordinal).</param>
/// <param name="Surviving">All frame differences, over all pairs, with q &lt; <see cref="Alpha"/> (may exceed the
/// findings shown).</param>
/// <param name="Tested">Frame differences tested (with a defined q), over all pairs.</param>
/// <param name="FewestArticles">Articles in the smallest group (0 with no group).</param>
/// <param name="MostArticles">Articles in the largest group (0 with no group).</param>
public sealed record KeyFindings(IReadOnlyList<KeyFinding> Findings, int Surviving, int Tested, int FewestArticles, int MostArticles)
{
    /// <summary>The most findings a report leads with.</summary>
    public const int MaxFindings = 5;

    /// <summary>The BH-adjusted q below which a difference survives correction (the report's threshold throughout).</summary>
    public const double Alpha = 0.05;

    /// <summary>
    /// Groups with fewer articles than this are called small when nothing survives correction. A rough guide, not a power
    /// calculation for this corpus: a two-sample test at α = 0.05 with 80% power needs about 26 observations per group
    /// for a "large" standardized difference (Cohen's d = 0.8; Cohen 1988, Table 2.4.1), and more still after correction
    /// over many frames; with 4–5 articles per group only differences far larger than that can show. 20 is the round
    /// number below which an empty list says more about the sample size than about the outlets.
    /// </summary>
    public const int SmallGroupArticles = 20;

    /// <summary>No comparison (no groups, no pairs).</summary>
    public static KeyFindings Empty { get; } = new([], 0, 0, 0, 0);

    /// <summary>Whether the smallest group has fewer than <see cref="SmallGroupArticles"/> articles.</summary>
    public bool GroupsAreSmall => FewestArticles < SmallGroupArticles;

    /// <summary>Selects the headline from the pairs' frame tests.</summary>
    /// <param name="pairs">The pair comparisons.</param>
    /// <param name="groups">The group summaries (for their article counts).</param>
    /// <returns>The headline; the same for the same input, whatever the order of <paramref name="pairs"/>.</returns>
    public static KeyFindings From(IReadOnlyList<PairComparison> pairs, IReadOnlyList<GroupSummary> groups)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        ArgumentNullException.ThrowIfNull(groups);
        var surviving = new List<KeyFinding>();
        var tested = 0;
        foreach (var pair in pairs)
        {
            foreach (var d in pair.Frames)
            {
                if (double.IsNaN(d.QValue))
                {
                    continue;
                }

                tested++;
                if (d.QValue < Alpha && d.Difference != 0)
                {
                    surviving.Add(Orient(pair, d));
                }
            }
        }

        var findings = surviving
            .OrderBy(f => f.QValue)
            .ThenByDescending(f => double.IsFinite(f.CliffsDelta.Estimate) ? Math.Abs(f.CliffsDelta.Estimate) : -1)
            .ThenByDescending(f => f.HigherMean - f.LowerMean)
            .ThenBy(f => f.Frame, StringComparer.Ordinal)
            .ThenBy(f => f.Higher, StringComparer.Ordinal)
            .ThenBy(f => f.Lower, StringComparer.Ordinal)
            .Take(MaxFindings)
            .ToList();
        var fewest = groups.Count == 0 ? 0 : groups.Min(g => g.Articles);
        var most = groups.Count == 0 ? 0 : groups.Max(g => g.Articles);
        return new KeyFindings(findings, surviving.Count, tested, fewest, most);
    }

    private static KeyFinding Orient(PairComparison pair, FrameDifference d)
    {
        if (d.Difference > 0)
        {
            return new KeyFinding(d.Frame, pair.GroupA, pair.GroupB, d.MeanA, d.MeanB, d.CountA, d.CountB, d.CliffsDelta, d.PValue, d.QValue);
        }

        var c = d.CliffsDelta;
        var flipped = new ConfidenceInterval(-c.Estimate, -c.Upper, -c.Lower, c.Level) { Resamples = c.Resamples };
        return new KeyFinding(d.Frame, pair.GroupB, pair.GroupA, d.MeanB, d.MeanA, d.CountB, d.CountA, flipped, d.PValue, d.QValue);
    }
}
