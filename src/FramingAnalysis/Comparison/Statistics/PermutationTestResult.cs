namespace FramingAnalysis.Comparison.Statistics;

/// <summary>The outcome of a two-sample permutation test.</summary>
/// <param name="ObservedDifference">mean(a) − mean(b) on the observed grouping, in the data's units.</param>
/// <param name="PValue">The two-sided p-value in (0, 1].</param>
/// <param name="Extreme">
/// The number of evaluated regroupings whose |difference| was at least the observed |difference| (the observed grouping is
/// included in exact mode).
/// </param>
/// <param name="Permutations">The number of regroupings evaluated: all of them in exact mode, else the random draws.</param>
/// <param name="IsExact">True when every distinct split was enumerated, so <paramref name="PValue"/> is exact.</param>
public sealed record PermutationTestResult(double ObservedDifference, double PValue, long Extreme, long Permutations, bool IsExact);
