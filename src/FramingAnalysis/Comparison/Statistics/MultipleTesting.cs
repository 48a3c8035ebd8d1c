namespace FramingAnalysis.Comparison.Statistics;

/// <summary>
/// Corrections for testing many hypotheses at once (for example one test per frame or per outlet pair). Thread-safe
/// (pure functions).
/// </summary>
internal static class MultipleTesting
{
    /// <summary>
    /// Benjamini–Hochberg adjusted p-values ("q-values") controlling the false discovery rate (Benjamini &amp; Hochberg 1995,
    /// JRSS B 57(1)). With the m p-values sorted ascending, p₍₁₎ ≤ … ≤ p₍ₘ₎, the adjusted value of rank i is
    /// min over j ≥ i of (m / j)·p₍ⱼ₎, capped at 1 (the step-up rule; the running minimum makes the output monotone in p).
    /// Rejecting every hypothesis with adjusted p ≤ q controls the FDR at level q under independence or positive dependence.
    /// </summary>
    /// <param name="pValues">The raw p-values, each in [0, 1]; the order is kept in the output.</param>
    /// <returns>A new array, same order as the input, of adjusted p-values in [0, 1]. Cost: O(m log m).</returns>
    /// <exception cref="ArgumentException">A p-value is NaN or outside [0, 1].</exception>
    public static double[] BenjaminiHochberg(ReadOnlySpan<double> pValues)
    {
        var m = pValues.Length;
        var adjusted = new double[m];
        if (m == 0)
        {
            return adjusted;
        }

        var order = new int[m];
        var sorted = new double[m];
        for (var i = 0; i < m; i++)
        {
            var p = pValues[i];
            if (!(p >= 0 && p <= 1))
            {
                throw new ArgumentException($"p-values must be in [0, 1]; found {p} at index {i}.", nameof(pValues));
            }

            order[i] = i;
            sorted[i] = p;
        }

        // Sort keys with their indices. The sort is not stable, which is harmless: the running minimum gives tied p-values
        // equal adjusted values whatever their order.
        Array.Sort(sorted, order);
        var running = 1.0;
        for (var rank = m; rank >= 1; rank--)
        {
            var candidate = sorted[rank - 1] * m / rank;
            running = Math.Min(running, candidate);
            adjusted[order[rank - 1]] = running;
        }

        return adjusted;
    }
}
