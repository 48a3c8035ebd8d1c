namespace FramingAnalysis.Comparison.Statistics;

/// <summary>
/// Statistics for comparing sources: Jensen–Shannon divergence, cluster (article) bootstrap intervals, permutation tests,
/// Benjamini–Hochberg adjustment, effect sizes and Fightin' Words log-odds. Everything is deterministic for a seed
/// (<see cref="SeededRandom"/>) and pure, so results can be reproduced from a report.
/// </summary>
internal static class NamespaceDoc
{
}
