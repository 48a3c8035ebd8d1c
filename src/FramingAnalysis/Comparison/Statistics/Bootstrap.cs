namespace FramingAnalysis.Comparison.Statistics;

/// <summary>
/// Percentile bootstrap confidence intervals (Efron &amp; Tibshirani 1993, ch. 13) in which the resampling unit is a
/// cluster, normally an article, rather than a single observation such as a paragraph or comment.
/// </summary>
/// <remarks>
/// <para>
/// Why clusters: units of one article share an author, an editor and a topic, so they are not independent. Resampling the
/// units as if they were understates the variance; resampling whole articles with replacement keeps the within-article
/// correlation and gives honest intervals for source-level comparisons (Field &amp; Welsh 2007, "Bootstrapping clustered
/// data", JRSS B 69(3)).
/// </para>
/// <para>
/// Conventions shared by every method: replicate r (0-based) draws its clusters from
/// <see cref="SeededRandom.ForStream(ulong, ulong)"/> with stream r, so results depend only on the inputs and the seed
/// (not on threads or the runtime). The interval bounds are the (1 − level)/2 and (1 + level)/2 sample quantiles of the
/// replicate statistics by Hyndman &amp; Fan type 7 (<see cref="Quantile.Type7"/>). Replicates whose statistic is NaN or
/// infinite are left out and <see cref="ConfidenceInterval.Resamples"/> reports how many were kept. With no clusters the
/// estimate and bounds are NaN; with exactly one cluster (in either group) the estimate is computed but the bounds are NaN,
/// because one cluster carries no information about between-cluster variation (the literal bootstrap would return a
/// misleading zero-width interval). Cost: O(resamples × (n + cost of the statistic)) time plus O(resamples) memory for the
/// replicate values. Thread-safe: methods keep no shared state; the statistic delegate must itself be thread-safe only if
/// the caller runs several bootstraps at once.
/// </para>
/// <para>
/// Many intervals over the same clusters: draw the resamples once with <see cref="ClusterBootstrap.ReplicateSums"/> (the
/// same draws as these methods for a given seed) and turn each statistic's replicate values into an interval with
/// <see cref="FromReplicates"/>; that is how the comparison computes every interval of a group.
/// </para>
/// </remarks>
internal static class Bootstrap
{
    /// <summary>
    /// The percentile interval of any statistic of a list of clusters. Each replicate draws
    /// <c>clusters.Count</c> clusters with replacement and calls <paramref name="statistic"/> on them.
    /// </summary>
    /// <typeparam name="TCluster">The cluster type, e.g. one article's per-unit labels.</typeparam>
    /// <param name="clusters">The observed clusters.</param>
    /// <param name="statistic">
    /// The statistic; receives the full data once (for the estimate) and each resample after. The list passed for a
    /// resample is a reused buffer valid only during the call: do not keep it.
    /// </param>
    /// <param name="resamples">The number of bootstrap replicates (≥ 1; 2,000 or more is usual for 95% percentile intervals).</param>
    /// <param name="level">The confidence level in (0, 1), e.g. 0.95.</param>
    /// <param name="seed">The seed; equal inputs and seed give bit-identical results.</param>
    /// <returns>The estimate on the full data and its percentile interval.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="resamples"/> or <paramref name="level"/> is out of range.</exception>
    public static ConfidenceInterval PercentileCI<TCluster>(
        IReadOnlyList<TCluster> clusters,
        Func<IReadOnlyList<TCluster>, double> statistic,
        int resamples,
        double level,
        ulong seed)
    {
        ArgumentNullException.ThrowIfNull(clusters);
        ArgumentNullException.ThrowIfNull(statistic);
        Validate(resamples, level);
        var n = clusters.Count;
        if (n == 0)
        {
            return new ConfidenceInterval(double.NaN, double.NaN, double.NaN, level);
        }

        var estimate = statistic(clusters);
        if (n == 1)
        {
            return new ConfidenceInterval(estimate, double.NaN, double.NaN, level);
        }

        var buffer = new TCluster[n];
        var values = new double[resamples];
        for (var r = 0; r < resamples; r++)
        {
            var random = SeededRandom.ForStream(seed, (ulong)r);
            for (var i = 0; i < n; i++)
            {
                buffer[i] = clusters[random.NextInt(n)];
            }

            values[r] = statistic(buffer);
        }

        return Percentiles(estimate, values, level);
    }

    /// <summary>
    /// The percentile interval of a statistic of two independent groups of clusters (for example the Jensen–Shannon
    /// divergence between two sources' frame distributions, or a difference of two sources' rates). Each replicate
    /// resamples group A's clusters and then group B's clusters, each with replacement and within its own group.
    /// </summary>
    /// <typeparam name="TCluster">The cluster type of both groups.</typeparam>
    /// <param name="groupA">Group A's clusters (e.g. source A's articles).</param>
    /// <param name="groupB">Group B's clusters.</param>
    /// <param name="statistic">The statistic of (A, B); the resample lists are reused buffers valid only during the call.</param>
    /// <param name="resamples">The number of bootstrap replicates (≥ 1).</param>
    /// <param name="level">The confidence level in (0, 1).</param>
    /// <param name="seed">The seed.</param>
    /// <returns>The estimate on the full data and its percentile interval (bounds NaN when either group has fewer than two clusters).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="resamples"/> or <paramref name="level"/> is out of range.</exception>
    public static ConfidenceInterval PercentileCI<TCluster>(
        IReadOnlyList<TCluster> groupA,
        IReadOnlyList<TCluster> groupB,
        Func<IReadOnlyList<TCluster>, IReadOnlyList<TCluster>, double> statistic,
        int resamples,
        double level,
        ulong seed)
    {
        ArgumentNullException.ThrowIfNull(groupA);
        ArgumentNullException.ThrowIfNull(groupB);
        ArgumentNullException.ThrowIfNull(statistic);
        Validate(resamples, level);
        int na = groupA.Count, nb = groupB.Count;
        if (na == 0 || nb == 0)
        {
            return new ConfidenceInterval(double.NaN, double.NaN, double.NaN, level);
        }

        var estimate = statistic(groupA, groupB);
        if (na == 1 || nb == 1)
        {
            return new ConfidenceInterval(estimate, double.NaN, double.NaN, level);
        }

        var bufferA = new TCluster[na];
        var bufferB = new TCluster[nb];
        var values = new double[resamples];
        for (var r = 0; r < resamples; r++)
        {
            var random = SeededRandom.ForStream(seed, (ulong)r);
            for (var i = 0; i < na; i++)
            {
                bufferA[i] = groupA[random.NextInt(na)];
            }

            for (var i = 0; i < nb; i++)
            {
                bufferB[i] = groupB[random.NextInt(nb)];
            }

            values[r] = statistic(bufferA, bufferB);
        }

        return Percentiles(estimate, values, level);
    }

    /// <summary>
    /// Fast path for the commonest statistic, a ratio of per-cluster sums: Σ numerator / Σ denominator (for example the
    /// share of an outlet's paragraphs that use the economic frame, with numerator = framed paragraphs and denominator =
    /// paragraphs of each article). No delegate call or allocation per replicate.
    /// </summary>
    /// <param name="numerators">Per-cluster numerator sums.</param>
    /// <param name="denominators">Per-cluster denominator sums (same length); a replicate whose total is 0 is skipped.</param>
    /// <param name="resamples">The number of bootstrap replicates (≥ 1).</param>
    /// <param name="level">The confidence level in (0, 1).</param>
    /// <param name="seed">The seed.</param>
    /// <returns>The ratio estimate (NaN when the total denominator is 0) and its percentile interval.</returns>
    /// <exception cref="ArgumentException">The spans have different lengths.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="resamples"/> or <paramref name="level"/> is out of range.</exception>
    public static ConfidenceInterval RatioCI(
        ReadOnlySpan<double> numerators,
        ReadOnlySpan<double> denominators,
        int resamples,
        double level,
        ulong seed)
    {
        CheckPair(numerators, denominators);
        Validate(resamples, level);
        var n = numerators.Length;
        if (n == 0)
        {
            return new ConfidenceInterval(double.NaN, double.NaN, double.NaN, level);
        }

        var estimate = Ratio(Sum(numerators), Sum(denominators));
        if (n == 1)
        {
            return new ConfidenceInterval(estimate, double.NaN, double.NaN, level);
        }

        var values = new double[resamples];
        for (var r = 0; r < resamples; r++)
        {
            var random = SeededRandom.ForStream(seed, (ulong)r);
            values[r] = ResampledRatio(numerators, denominators, random);
        }

        return Percentiles(estimate, values, level);
    }

    /// <summary>
    /// Fast path for the difference of two groups' ratios of per-cluster sums, (Σ numA / Σ denA) − (Σ numB / Σ denB),
    /// resampling each group's clusters independently (group A first, then group B, from replicate r's stream).
    /// </summary>
    /// <param name="numeratorsA">Group A's per-cluster numerators.</param>
    /// <param name="denominatorsA">Group A's per-cluster denominators.</param>
    /// <param name="numeratorsB">Group B's per-cluster numerators.</param>
    /// <param name="denominatorsB">Group B's per-cluster denominators.</param>
    /// <param name="resamples">The number of bootstrap replicates (≥ 1).</param>
    /// <param name="level">The confidence level in (0, 1).</param>
    /// <param name="seed">The seed.</param>
    /// <returns>The difference of ratios (in the ratios' units) and its percentile interval.</returns>
    /// <exception cref="ArgumentException">A group's spans have different lengths.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="resamples"/> or <paramref name="level"/> is out of range.</exception>
    public static ConfidenceInterval RatioDifferenceCI(
        ReadOnlySpan<double> numeratorsA,
        ReadOnlySpan<double> denominatorsA,
        ReadOnlySpan<double> numeratorsB,
        ReadOnlySpan<double> denominatorsB,
        int resamples,
        double level,
        ulong seed)
    {
        CheckPair(numeratorsA, denominatorsA);
        CheckPair(numeratorsB, denominatorsB);
        Validate(resamples, level);
        int na = numeratorsA.Length, nb = numeratorsB.Length;
        if (na == 0 || nb == 0)
        {
            return new ConfidenceInterval(double.NaN, double.NaN, double.NaN, level);
        }

        var estimate = Ratio(Sum(numeratorsA), Sum(denominatorsA)) - Ratio(Sum(numeratorsB), Sum(denominatorsB));
        if (na == 1 || nb == 1)
        {
            return new ConfidenceInterval(estimate, double.NaN, double.NaN, level);
        }

        var values = new double[resamples];
        for (var r = 0; r < resamples; r++)
        {
            var random = SeededRandom.ForStream(seed, (ulong)r);
            var a = ResampledRatio(numeratorsA, denominatorsA, random);
            var b = ResampledRatio(numeratorsB, denominatorsB, random);
            values[r] = a - b;
        }

        return Percentiles(estimate, values, level);
    }

    /// <summary>
    /// The percentile interval from replicate values computed elsewhere, for example from the shared replicate sums of
    /// <see cref="ClusterBootstrap.ReplicateSums"/>, with this class's conventions: type-7 percentiles of the finite
    /// replicates (NaN and ±∞ are left out and <see cref="ConfidenceInterval.Resamples"/> counts the rest), NaN estimate
    /// and bounds with no clusters, NaN bounds with one.
    /// </summary>
    /// <param name="estimate">The statistic on the full data.</param>
    /// <param name="replicates">The replicate values; compacted and sorted in place.</param>
    /// <param name="clusters">The number of clusters the statistic is computed from (for a two-group statistic, the smaller group's).</param>
    /// <param name="level">The confidence level in (0, 1).</param>
    /// <returns>The interval.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is out of range or there are no replicates.</exception>
    public static ConfidenceInterval FromReplicates(double estimate, Span<double> replicates, int clusters, double level)
    {
        Validate(replicates.Length, level);
        if (clusters <= 0)
        {
            return new ConfidenceInterval(double.NaN, double.NaN, double.NaN, level);
        }

        if (clusters == 1)
        {
            return new ConfidenceInterval(estimate, double.NaN, double.NaN, level);
        }

        return Percentiles(estimate, replicates, level);
    }

    /// <summary>
    /// The bias-corrected (BC) percentile interval from replicate values computed elsewhere (Efron 1987, "Better bootstrap
    /// confidence intervals", JASA 82:171–185; Efron &amp; Tibshirani 1993, <i>An Introduction to the Bootstrap</i>, §14.3:
    /// BCa with acceleration 0). For a statistic whose replicates are biased to one side of the estimate — the
    /// Jensen–Shannon divergence is biased upward in resamples, since resampling adds noise and noise adds divergence —
    /// BC moves the percentiles against the bias the replicates show.
    /// </summary>
    /// <remarks>
    /// <para>
    /// z0 = Φ⁻¹(p0), where p0 is the share of finite replicates below the estimate, counting a replicate equal to it
    /// (within a relative 1e-12, the rounding of a different summation order) as half, so that replicates all equal to the
    /// estimate give z0 = 0 and the plain percentile interval. The bounds are the type-7 percentiles at Φ(2·z0 + z_{α/2})
    /// and Φ(2·z0 + z_{1−α/2}), α = 1 − <paramref name="level"/>.
    /// </para>
    /// <para>
    /// What BC does and does not do: it contains the estimate exactly when |z0| ≤ z_{1−α/2}, i.e. when p0 is in
    /// [α/2, 1 − α/2] — the same condition under which the plain percentile interval contains it. When the bias is larger
    /// than that (nearly every replicate above the estimate, as for a JSD between a few articles), the percentile interval
    /// lies above the estimate and the BC interval lies below it: BC says the plug-in estimate itself is biased upward.
    /// Reports flag such an interval instead of hiding it.
    /// </para>
    /// <para>
    /// Degenerate case: when every finite replicate lies strictly on one side of the estimate, p0 is 0 or 1 and z0 = ∓∞.
    /// p0 is then clamped to 1/(2B) or 1 − 1/(2B) (B finite replicates: half a replicate, the smallest share a tie could
    /// give), which is deterministic and continuous with the case of one replicate on the other side. The cluster-count
    /// rules of <see cref="FromReplicates"/> apply unchanged (NaN bounds with fewer than two clusters).
    /// </para>
    /// </remarks>
    /// <param name="estimate">The statistic on the full data.</param>
    /// <param name="replicates">The replicate values; compacted and sorted in place.</param>
    /// <param name="clusters">The number of clusters the statistic is computed from (for a two-group statistic, the smaller group's).</param>
    /// <param name="level">The confidence level in (0, 1).</param>
    /// <returns>The interval; <see cref="ConfidenceInterval.Resamples"/> counts the finite replicates.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is out of range or there are no replicates.</exception>
    public static ConfidenceInterval BiasCorrectedFromReplicates(double estimate, Span<double> replicates, int clusters, double level)
    {
        var plain = FromReplicates(estimate, replicates, clusters, level);
        if (!plain.IsDefined || !double.IsFinite(estimate))
        {
            return plain;
        }

        // FromReplicates left the finite replicates sorted at the front of the span.
        var finite = replicates[..plain.Resamples];
        var z0 = NormalDistribution.InverseCdf(BiasShare(finite, estimate));
        var z = NormalDistribution.TwoSidedCritical(level);
        var lower = NormalDistribution.Cdf((2 * z0) - z);
        var upper = NormalDistribution.Cdf((2 * z0) + z);
        return plain with { Lower = Quantile.Type7(finite, lower), Upper = Quantile.Type7(finite, upper) };
    }

    /// <summary>p0 of <see cref="BiasCorrectedFromReplicates"/>: the share of <paramref name="replicates"/> below
    /// <paramref name="estimate"/> (ties as half), clamped to [1/(2B), 1 − 1/(2B)].</summary>
    internal static double BiasShare(ReadOnlySpan<double> replicates, double estimate)
    {
        // A replicate that redraws the original sample gives the estimate again, but summed in another order it can differ in
        // the last bits: within a relative 1e-12 it counts as a tie, not as a replicate above or below.
        var tolerance = 1e-12 * Math.Max(1, Math.Abs(estimate));
        var below = 0;
        var ties = 0;
        foreach (var v in replicates)
        {
            if (Math.Abs(v - estimate) <= tolerance)
            {
                ties++;
            }
            else if (v < estimate)
            {
                below++;
            }
        }

        var half = 0.5 / replicates.Length;
        return Math.Clamp((below + (ties / 2.0)) / replicates.Length, half, 1 - half);
    }

    private static double ResampledRatio(ReadOnlySpan<double> numerators, ReadOnlySpan<double> denominators, SeededRandom random)
    {
        var n = numerators.Length;
        double num = 0, den = 0;
        for (var i = 0; i < n; i++)
        {
            var k = random.NextInt(n);
            num += numerators[k];
            den += denominators[k];
        }

        return Ratio(num, den);
    }

    private static double Ratio(double numerator, double denominator) => denominator == 0 ? double.NaN : numerator / denominator;

    private static double Sum(ReadOnlySpan<double> values)
    {
        double sum = 0;
        foreach (var v in values)
        {
            sum += v;
        }

        return sum;
    }

    private static void CheckPair(ReadOnlySpan<double> numerators, ReadOnlySpan<double> denominators)
    {
        if (numerators.Length != denominators.Length)
        {
            throw new ArgumentException(
                $"Numerators and denominators must have one entry per cluster ({numerators.Length} and {denominators.Length}).",
                nameof(denominators));
        }
    }

    private static void Validate(int resamples, double level)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(resamples);
        if (!(level > 0 && level < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, "The confidence level must be in (0, 1).");
        }
    }

    /// <summary>Sorts the finite replicate values in place (after compaction) and reads the type-7 percentiles.</summary>
    private static ConfidenceInterval Percentiles(double estimate, Span<double> values, double level)
    {
        var kept = 0;
        for (var i = 0; i < values.Length; i++)
        {
            if (double.IsFinite(values[i]))
            {
                values[kept++] = values[i];
            }
        }

        var finite = values[..kept];
        finite.Sort();
        var tail = (1 - level) / 2;
        return new ConfidenceInterval(estimate, Quantile.Type7(finite, tail), Quantile.Type7(finite, 1 - tail), level)
        {
            Resamples = kept,
        };
    }
}
