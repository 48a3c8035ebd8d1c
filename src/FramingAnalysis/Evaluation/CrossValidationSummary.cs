using System.Globalization;

namespace FramingAnalysis.Evaluation;

/// <summary>
/// A metric summarized over cross-validation folds as mean ± sample standard deviation (n − 1 denominator). The standard
/// deviation describes fold-to-fold spread; it is not a standard error and, because training sets overlap, it understates
/// the uncertainty of the mean (Bengio &amp; Grandvalet 2004). Immutable and thread-safe.
/// </summary>
/// <param name="Values">The per-fold values in fold order.</param>
/// <param name="Mean">The mean over folds.</param>
/// <param name="StandardDeviation">The sample standard deviation over folds; NaN with a single fold.</param>
public sealed record CrossValidationSummary(IReadOnlyList<double> Values, double Mean, double StandardDeviation)
{
    /// <summary>The number of folds.</summary>
    public int Folds => Values.Count;

    /// <summary>Summarizes per-fold values.</summary>
    /// <param name="values">One value per fold (at least one, finite).</param>
    /// <returns>The summary. Cost: O(k).</returns>
    /// <exception cref="ArgumentException">No values, or a value is not finite.</exception>
    public static CrossValidationSummary Of(IEnumerable<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var copy = values.ToArray();
        if (copy.Length == 0 || copy.Any(v => !double.IsFinite(v)))
        {
            throw new ArgumentException("Need at least one finite value per fold.", nameof(values));
        }

        var mean = copy.Average();
        var sd = copy.Length < 2 ? double.NaN : Math.Sqrt(copy.Sum(v => (v - mean) * (v - mean)) / (copy.Length - 1));
        return new CrossValidationSummary(Array.AsReadOnly(copy), mean, sd);
    }

    /// <summary>Formats as <c>0.812 ± 0.034 (5 folds)</c>, invariant culture.</summary>
    /// <returns>The formatted summary.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Mean:0.000} ± {StandardDeviation:0.000} ({Folds} folds)");
}
