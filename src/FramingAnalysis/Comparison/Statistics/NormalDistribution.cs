namespace FramingAnalysis.Comparison.Statistics;

/// <summary>
/// The standard normal distribution, for normal-approximation confidence intervals. Thread-safe (pure functions).
/// </summary>
internal static class NormalDistribution
{
    // Rational approximation coefficients published by P. J. Acklam (2003), "An algorithm for computing the inverse normal
    // cumulative distribution function"; relative error below 1.15e-9 over (0, 1), ample for interval bounds.
    private static readonly double[] A = [-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02, 1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00];
    private static readonly double[] B = [-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02, 6.680131188771972e+01, -1.328068155288572e+01];
    private static readonly double[] C = [-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00, -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00];
    // erfc(x) ≈ t·exp(−x² + P(t)), t = 1 / (1 + x/2), P's coefficients from the highest power down (Press et al.).
    private static readonly double[] Erfc = [0.17087277, -0.82215223, 1.48851587, -1.13520398, 0.27886807, -0.18628806, 0.09678418, 0.37409196, 1.00002368, -1.26551223];
    private static readonly double[] D = [7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00];

    /// <summary>
    /// The quantile function Φ⁻¹(p) of the standard normal distribution (Acklam's rational approximation, relative error
    /// &lt; 1.2e-9). For example Φ⁻¹(0.975) ≈ 1.959964.
    /// </summary>
    /// <param name="probability">p in [0, 1]; 0 and 1 give −∞ and +∞.</param>
    /// <returns>The z value with Φ(z) = p. Cost: O(1).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="probability"/> is outside [0, 1] or NaN.</exception>
    public static double InverseCdf(double probability)
    {
        if (!(probability >= 0 && probability <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(probability), probability, "Probability must be in [0, 1].");
        }

        if (probability == 0)
        {
            return double.NegativeInfinity;
        }

        if (probability == 1)
        {
            return double.PositiveInfinity;
        }

        const double LowRegion = 0.02425;
        if (probability < LowRegion)
        {
            var q = Math.Sqrt(-2 * Math.Log(probability));
            return Tail(q);
        }

        if (probability > 1 - LowRegion)
        {
            var q = Math.Sqrt(-2 * Math.Log(1 - probability));
            return -Tail(q);
        }

        var r = probability - 0.5;
        var s = r * r;
        return (((((A[0] * s + A[1]) * s + A[2]) * s + A[3]) * s + A[4]) * s + A[5]) * r
            / (((((B[0] * s + B[1]) * s + B[2]) * s + B[3]) * s + B[4]) * s + 1);
    }

    /// <summary>
    /// The cumulative distribution function Φ(z) of the standard normal distribution, via the complementary error function
    /// (the Chebyshev fit of Press et al., <i>Numerical Recipes</i>, 2nd ed., §6.2, fractional error &lt; 1.2e-7 everywhere):
    /// ample for turning a z value back into a percentile of 1,000–10,000 bootstrap replicates.
    /// </summary>
    /// <param name="z">Any z; −∞ and +∞ give 0 and 1, NaN gives NaN.</param>
    /// <returns>P(Z ≤ z) in [0, 1]. Cost: O(1).</returns>
    internal static double Cdf(double z)
    {
        if (double.IsNaN(z))
        {
            return double.NaN;
        }

        // Φ(z) = erfc(−z/√2) / 2.
        var x = -z / Math.Sqrt(2);
        var t = 1 / (1 + (0.5 * Math.Abs(x)));
        var poly = 0.0;
        foreach (var c in Erfc)
        {
            poly = (poly * t) + c;
        }

        var erfc = t * Math.Exp((-x * x) + poly);
        var complement = x >= 0 ? erfc : 2 - erfc;
        return Math.Clamp(complement / 2, 0, 1);
    }

    /// <summary>The two-sided critical value z with P(|Z| ≤ z) = <paramref name="level"/>, e.g. 1.96 for 0.95.</summary>
    internal static double TwoSidedCritical(double level) => InverseCdf(0.5 + (level / 2));

    private static double Tail(double q) =>
        (((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5])
        / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1);
}
