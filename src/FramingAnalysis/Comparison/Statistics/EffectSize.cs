namespace FramingAnalysis.Comparison.Statistics;

/// <summary>
/// Standardized effect sizes for two groups of per-cluster values (for example per-article negativity scores of two
/// outlets), each with an analytic confidence interval. Thread-safe (pure functions).
/// </summary>
internal static class EffectSize
{
    /// <summary>
    /// Cohen's d = (mean(a) − mean(b)) / s_pooled with s_pooled² = ((n_a − 1)s_a² + (n_b − 1)s_b²) / (n_a + n_b − 2)
    /// (sample variances), and a normal-approximation interval d ± z·SE with the large-sample variance of Hedges &amp; Olkin
    /// (1985, Statistical Methods for Meta-Analysis, ch. 5): Var(d) ≈ (n_a + n_b)/(n_a·n_b) + d² / (2(n_a + n_b)).
    /// </summary>
    /// <remarks>
    /// d is not bias-corrected (multiply by Hedges' J = 1 − 3/(4(n_a + n_b) − 9) for g). The interval assumes roughly
    /// normal data with equal variances; for skewed per-article shares prefer <see cref="CliffsDelta"/> or a bootstrap.
    /// When s_pooled is 0 (all values equal within each group) d and its bounds are NaN. Cost: O(n_a + n_b).
    /// </remarks>
    /// <param name="a">Group A's values (finite).</param>
    /// <param name="b">Group B's values (finite).</param>
    /// <param name="level">The confidence level in (0, 1); default 0.95.</param>
    /// <returns>d, positive when A's mean is higher, in units of the pooled standard deviation, with its interval.</returns>
    /// <exception cref="ArgumentException">A group is empty, or n_a + n_b &lt; 3 (no pooled variance).</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is outside (0, 1).</exception>
    public static ConfidenceInterval CohensD(ReadOnlySpan<double> a, ReadOnlySpan<double> b, double level = 0.95)
    {
        ValidateLevel(level);
        if (a.IsEmpty || b.IsEmpty || a.Length + b.Length < 3)
        {
            throw new ArgumentException("Cohen's d needs at least one value per group and three in total.", a.IsEmpty ? nameof(a) : nameof(b));
        }

        var (meanA, ssA) = MeanAndSumOfSquares(a);
        var (meanB, ssB) = MeanAndSumOfSquares(b);
        double na = a.Length, nb = b.Length;
        var pooledSd = Math.Sqrt((ssA + ssB) / (na + nb - 2));
        if (pooledSd == 0)
        {
            return new ConfidenceInterval(double.NaN, double.NaN, double.NaN, level);
        }

        var d = (meanA - meanB) / pooledSd;
        var se = Math.Sqrt(((na + nb) / (na * nb)) + (d * d / (2 * (na + nb))));
        var z = NormalDistribution.TwoSidedCritical(level);
        return new ConfidenceInterval(d, d - (z * se), d + (z * se), level);
    }

    /// <summary>
    /// Cliff's delta (Cliff 1993, "Dominance statistics", Psychological Bulletin 114(3)): δ = P(A &gt; B) − P(A &lt; B) over all
    /// n_a·n_b pairs, in [−1, 1]; 0 means neither group tends to have larger values. Robust to outliers and skew, and
    /// meaningful for ordinal data.
    /// </summary>
    /// <remarks>
    /// <para>
    /// Variance: with d_ij = sign(a_i − b_j), row means d_i· (over B), column means d_·j (over A), the two-sample
    /// U-statistic decomposition gives Var(δ) = [(n_b − 1)σ²_row + (n_a − 1)σ²_col + σ²_d] / (n_a·n_b); Cliff's consistent
    /// estimator plugs in s²_row = Σ(d_i· − δ)²/(n_a − 1), s²_col = Σ(d_·j − δ)²/(n_b − 1) and
    /// s²_d = ΣΣ(d_ij − δ)²/((n_a − 1)(n_b − 1)).
    /// </para>
    /// <para>
    /// Interval: Cliff's (1993) asymmetric interval, which stays inside [−1, 1]: the roots of
    /// (δ − Δ)² = z²s²(1 − Δ²)/(1 − δ²), i.e. (δ − δ³ ± z·s·√((1 − δ²)² + z²s²)) / (1 − δ² + z²s²).
    /// With fewer than two values in a group the bounds are NaN. At complete separation (|δ| = 1) every d_ij is equal, the
    /// estimated variance is 0 and the interval collapses to the point; with small groups treat that as unknown precision.
    /// </para>
    /// <para>Cost: O((n_a + n_b)·log(n_a + n_b)) via sorting and binary search (no n_a × n_b dominance matrix).</para>
    /// </remarks>
    /// <param name="a">Group A's values (not NaN).</param>
    /// <param name="b">Group B's values (not NaN).</param>
    /// <param name="level">The confidence level in (0, 1); default 0.95.</param>
    /// <returns>δ, positive when A's values tend to be larger, with its interval.</returns>
    /// <exception cref="ArgumentException">A group is empty or contains NaN.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is outside (0, 1).</exception>
    public static ConfidenceInterval CliffsDelta(ReadOnlySpan<double> a, ReadOnlySpan<double> b, double level = 0.95)
    {
        ValidateLevel(level);
        if (a.IsEmpty || b.IsEmpty)
        {
            throw new ArgumentException("Cliff's delta needs at least one value per group.", a.IsEmpty ? nameof(a) : nameof(b));
        }

        return CliffsDeltaOfSorted(SortedCopy(a, nameof(a)), SortedCopy(b, nameof(b)), level);
    }

    /// <summary><see cref="CliffsDelta"/> of two groups already sorted ascending and free of NaN (not checked), without
    /// copying them: for callers that compare one group with several others.</summary>
    internal static ConfidenceInterval CliffsDeltaOfSorted(double[] sortedA, double[] sortedB, double level)
    {
        ValidateLevel(level);
        if (sortedA.Length == 0 || sortedB.Length == 0)
        {
            throw new ArgumentException("Cliff's delta needs at least one value per group.", sortedA.Length == 0 ? nameof(sortedA) : nameof(sortedB));
        }

        int na = sortedA.Length, nb = sortedB.Length;
        double nanb = (double)na * nb;

        // Row sums: for a_i, (#b below a_i) − (#b above a_i). Column sums likewise for b_j against A.
        var rented = System.Buffers.ArrayPool<double>.Shared.Rent(na);
        try
        {
            return CliffsDeltaOfSorted(sortedA, sortedB, level, rented.AsSpan(0, na), nanb);
        }
        finally
        {
            System.Buffers.ArrayPool<double>.Shared.Return(rented);
        }
    }

    private static ConfidenceInterval CliffsDeltaOfSorted(double[] sortedA, double[] sortedB, double level, Span<double> rows, double nanb)
    {
        int na = sortedA.Length, nb = sortedB.Length;
        long dominance = 0, nonTies = 0;
        for (var i = 0; i < na; i++)
        {
            var below = LowerBound(sortedB, sortedA[i]);
            var above = nb - UpperBound(sortedB, sortedA[i]);
            rows[i] = below - above;
            dominance += below - above;
            nonTies += below + above;
        }

        var delta = dominance / nanb;
        if (na < 2 || nb < 2)
        {
            return new ConfidenceInterval(delta, double.NaN, double.NaN, level);
        }

        double rowSs = 0;
        foreach (var r in rows)
        {
            var dev = (r / nb) - delta;
            rowSs += dev * dev;
        }

        double colSs = 0;
        foreach (var bj in sortedB)
        {
            var aAbove = na - UpperBound(sortedA, bj);
            var aBelow = LowerBound(sortedA, bj);
            var dev = ((double)(aAbove - aBelow) / na) - delta;
            colSs += dev * dev;
        }

        // ΣΣ(d_ij − δ)² = Σd_ij² − 2δΣd_ij + n_a·n_b·δ² = nonTies − n_a·n_b·δ², since d_ij² is 1 off ties.
        var cellSs = Math.Max(0, nonTies - (nanb * delta * delta));
        var variance = (((nb - 1) * rowSs / (na - 1)) + ((na - 1) * colSs / (nb - 1)) + (cellSs / ((na - 1.0) * (nb - 1)))) / nanb;

        var oneMinusD2 = 1 - (delta * delta);
        if (oneMinusD2 <= 0)
        {
            return new ConfidenceInterval(delta, delta, delta, level);
        }

        var z = NormalDistribution.TwoSidedCritical(level);
        var z2s2 = z * z * variance;
        var root = Math.Sqrt(variance) * z * Math.Sqrt((oneMinusD2 * oneMinusD2) + z2s2);
        var centre = delta - (delta * delta * delta);
        var denominator = oneMinusD2 + z2s2;
        return new ConfidenceInterval(delta, (centre - root) / denominator, (centre + root) / denominator, level);
    }

    private static (double Mean, double SumOfSquares) MeanAndSumOfSquares(ReadOnlySpan<double> values)
    {
        double mean = 0;
        foreach (var v in values)
        {
            if (!double.IsFinite(v))
            {
                throw new ArgumentException($"Values must be finite; found {v}.", nameof(values));
            }

            mean += v;
        }

        mean /= values.Length;
        double ss = 0;
        foreach (var v in values)
        {
            ss += (v - mean) * (v - mean);
        }

        return (mean, ss);
    }

    private static double[] SortedCopy(ReadOnlySpan<double> values, string name)
    {
        var copy = values.ToArray();
        foreach (var v in copy)
        {
            if (double.IsNaN(v))
            {
                throw new ArgumentException("Values must not be NaN.", name);
            }
        }

        Array.Sort(copy);
        return copy;
    }

    /// <summary>The number of elements of <paramref name="sorted"/> strictly less than <paramref name="value"/>.</summary>
    private static int LowerBound(double[] sorted, double value)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (sorted[mid] < value)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>The number of elements of <paramref name="sorted"/> less than or equal to <paramref name="value"/>.</summary>
    private static int UpperBound(double[] sorted, double value)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (sorted[mid] <= value)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    private static void ValidateLevel(double level)
    {
        if (!(level > 0 && level < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, "The confidence level must be in (0, 1).");
        }
    }
}
