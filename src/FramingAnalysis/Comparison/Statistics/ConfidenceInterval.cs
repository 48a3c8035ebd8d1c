namespace FramingAnalysis.Comparison.Statistics;

/// <summary>
/// A point estimate with a two-sided confidence interval. Bounds are <see cref="double.NaN"/> when the interval is undefined
/// (for example a bootstrap over fewer than two clusters); callers should print "n/a" rather than a zero-width interval.
/// </summary>
/// <param name="Estimate">The statistic computed on the full data, in the statistic's own units.</param>
/// <param name="Lower">The lower bound, at probability (1 − <paramref name="Level"/>) / 2.</param>
/// <param name="Upper">The upper bound, at probability (1 + <paramref name="Level"/>) / 2.</param>
/// <param name="Level">The nominal coverage in (0, 1), for example 0.95.</param>
public readonly record struct ConfidenceInterval(double Estimate, double Lower, double Upper, double Level)
{
    /// <summary>
    /// For bootstrap intervals, the number of replicates whose statistic was finite and therefore entered the percentiles
    /// (replicates giving NaN or ±∞, such as a ratio whose resampled denominator is 0, are left out). 0 for analytic intervals.
    /// </summary>
    public int Resamples { get; init; }

    /// <summary>True when both bounds are finite numbers.</summary>
    public bool IsDefined => double.IsFinite(Lower) && double.IsFinite(Upper);

    /// <summary>The interval width <c>Upper − Lower</c> (NaN when undefined).</summary>
    public double Width => Upper - Lower;

    /// <summary>Whether <paramref name="value"/> lies in the closed interval [Lower, Upper]; false when undefined.</summary>
    /// <param name="value">The value to test, in the statistic's units.</param>
    /// <returns>True when Lower ≤ value ≤ Upper.</returns>
    public bool Contains(double value) => value >= Lower && value <= Upper;

    /// <summary>Formats as <c>estimate [lower, upper]</c> with three decimals, invariant culture.</summary>
    /// <returns>The formatted interval.</returns>
    public override string ToString() => string.Create(
        System.Globalization.CultureInfo.InvariantCulture,
        $"{Estimate:0.###} [{Lower:0.###}, {Upper:0.###}] ({Level:P0})");
}
