using FramingAnalysis.Comparison.Statistics;

namespace FramingAnalysis.Comparison;

/// <summary>
/// One headline difference: a frame whose mean salience differs between two groups at a Benjamini–Hochberg adjusted
/// q below <see cref="KeyFindings.Alpha"/>, told from the side of the group that gives the frame more salience. Every
/// number is taken from the pair's <see cref="FrameDifference"/>; nothing is computed anew.
/// </summary>
/// <param name="Frame">The frame id.</param>
/// <param name="Higher">The group with the larger mean salience.</param>
/// <param name="Lower">The group with the smaller mean salience.</param>
/// <param name="HigherMean">Mean article-level salience of the frame in <paramref name="Higher"/>.</param>
/// <param name="LowerMean">Mean article-level salience of the frame in <paramref name="Lower"/>.</param>
/// <param name="HigherArticles">Framed articles of <paramref name="Higher"/> (the observations of the test).</param>
/// <param name="LowerArticles">Framed articles of <paramref name="Lower"/>.</param>
/// <param name="CliffsDelta">Cliff's delta of <paramref name="Higher"/> vs <paramref name="Lower"/> (so usually positive)
/// with its interval; the pair's <see cref="FrameDifference.CliffsDelta"/>, negated and its bounds swapped when the pair's
/// group A is the lower one.</param>
/// <param name="PValue">The permutation p-value.</param>
/// <param name="QValue">The BH-adjusted p-value across the pair's frames.</param>
public sealed record KeyFinding(
    string Frame,
    string Higher,
    string Lower,
    double HigherMean,
    double LowerMean,
    int HigherArticles,
    int LowerArticles,
    ConfidenceInterval CliffsDelta,
    double PValue,
    double QValue);
