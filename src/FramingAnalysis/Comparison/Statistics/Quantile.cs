namespace FramingAnalysis.Comparison.Statistics;

/// <summary>
/// Sample quantiles of sorted data. Thread-safe (pure functions).
/// </summary>
internal static class Quantile
{
    /// <summary>
    /// The sample quantile by Hyndman &amp; Fan's (1996) definition 7 ("Sample quantiles in statistical packages",
    /// The American Statistician 50(4)), the default of R and NumPy: with 0-based order statistics x₍₀₎ ≤ … ≤ x₍ₙ₋₁₎,
    /// h = (n − 1)·p and Q(p) = x₍⌊h⌋₎ + (h − ⌊h⌋)·(x₍⌊h⌋₊₁₎ − x₍⌊h⌋₎). Q(0) is the minimum and Q(1) the maximum.
    /// </summary>
    /// <param name="sorted">The data in ascending order (not checked); must not contain NaN.</param>
    /// <param name="probability">The probability p in [0, 1].</param>
    /// <returns>The quantile; NaN when <paramref name="sorted"/> is empty. Cost: O(1).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="probability"/> is outside [0, 1] or NaN.</exception>
    public static double Type7(ReadOnlySpan<double> sorted, double probability)
    {
        if (!(probability >= 0 && probability <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(probability), probability, "Probability must be in [0, 1].");
        }

        if (sorted.Length == 0)
        {
            return double.NaN;
        }

        var h = (sorted.Length - 1) * probability;
        var below = (int)Math.Floor(h);
        if (below >= sorted.Length - 1)
        {
            return sorted[^1];
        }

        var fraction = h - below;
        return sorted[below] + (fraction * (sorted[below + 1] - sorted[below]));
    }
}
