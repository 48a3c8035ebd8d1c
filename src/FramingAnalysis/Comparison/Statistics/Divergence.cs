namespace FramingAnalysis.Comparison.Statistics;

/// <summary>
/// Divergences between discrete distributions, such as the frame or stance mix of two sources. Thread-safe (pure functions).
/// </summary>
internal static class Divergence
{
    /// <summary>
    /// The Jensen–Shannon divergence (Lin 1991, "Divergence measures based on the Shannon entropy", IEEE Trans. Inf. Theory
    /// 37(1)) with base-2 logarithms, so the result lies in [0, 1]: 0 for identical distributions, 1 for distributions with
    /// disjoint support. JSD(P, Q) = ½·KL(P‖M) + ½·KL(Q‖M) with M = ½(P + Q).
    /// </summary>
    /// <remarks>
    /// The inputs are non-negative weights (counts or proportions) over the same categories in the same order; each is
    /// divided by its own total first. Terms with zero weight contribute nothing (0·log 0 = 0). When both inputs are all
    /// zero the result is 0 (two empty distributions are not different); when exactly one is all zero the divergence is
    /// undefined and the result is <see cref="double.NaN"/>, which bootstrap routines in this namespace skip and count.
    /// The square root of the result is a metric (Endres &amp; Schindelin 2003). Cost: O(n), no allocation.
    /// </remarks>
    /// <param name="p">Weights of the first distribution; finite and ≥ 0.</param>
    /// <param name="q">Weights of the second distribution; same length as <paramref name="p"/>.</param>
    /// <returns>The divergence in bits, in [0, 1], or NaN as described.</returns>
    /// <exception cref="ArgumentException">The lengths differ, or a weight is negative, NaN or infinite.</exception>
    public static double JensenShannon(ReadOnlySpan<double> p, ReadOnlySpan<double> q)
    {
        if (p.Length != q.Length)
        {
            throw new ArgumentException($"The distributions have different lengths ({p.Length} and {q.Length}).", nameof(q));
        }

        var totalP = Total(p, nameof(p));
        var totalQ = Total(q, nameof(q));
        if (totalP == 0 && totalQ == 0)
        {
            return 0;
        }

        if (totalP == 0 || totalQ == 0)
        {
            return double.NaN;
        }

        double sum = 0;
        for (var i = 0; i < p.Length; i++)
        {
            var pi = p[i] / totalP;
            var qi = q[i] / totalQ;
            var mi = 0.5 * (pi + qi);
            if (pi > 0)
            {
                sum += pi * Math.Log2(pi / mi);
            }

            if (qi > 0)
            {
                sum += qi * Math.Log2(qi / mi);
            }
        }

        // Rounding can push the sum a hair outside [0, 1]; the definition cannot.
        return Math.Clamp(0.5 * sum, 0, 1);
    }

    private static double Total(ReadOnlySpan<double> weights, string name)
    {
        double total = 0;
        foreach (var w in weights)
        {
            if (!(w >= 0) || double.IsInfinity(w))
            {
                throw new ArgumentException($"Weights must be finite and non-negative; found {w}.", name);
            }

            total += w;
        }

        return total;
    }
}
