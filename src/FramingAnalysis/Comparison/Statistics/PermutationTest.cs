namespace FramingAnalysis.Comparison.Statistics;

/// <summary>
/// Two-sample permutation tests on per-cluster (per-article) values: for example each article's share of negative
/// paragraphs, compared between two outlets. Permuting whole articles respects the clustering of units within articles.
/// Thread-safe (pure functions).
/// </summary>
public static class PermutationTest
{
    /// <summary>
    /// Tests whether mean(a) and mean(b) differ, two-sided, by reassigning the pooled values to groups of the original
    /// sizes. When the number of distinct splits C(n_a + n_b, n_a) is at most <paramref name="permutations"/>, every split
    /// is enumerated and p = (#splits with |diff| ≥ |observed|) / C, the exact permutation p-value. Otherwise
    /// <paramref name="permutations"/> random splits are drawn and p = (b + 1) / (m + 1), where b counts draws at least as
    /// extreme and m = <paramref name="permutations"/>; the +1 counts the observed split so that p is never 0 and the test
    /// is valid (Phipson &amp; Smyth 2010, "Permutation p-values should never be zero", Stat. Appl. Genet. Mol. Biol. 9(1)).
    /// </summary>
    /// <remarks>
    /// "At least as extreme" allows a relative tolerance of 1e-9 so that splits tied with the observed one in exact
    /// arithmetic are not lost to rounding. Cost: O(min(C, permutations) × n_a) time, O(n_a + n_b) memory.
    /// </remarks>
    /// <param name="a">Group A's per-cluster values (at least one; finite).</param>
    /// <param name="b">Group B's per-cluster values (at least one; finite).</param>
    /// <param name="permutations">The Monte Carlo budget m (≥ 1); also the threshold for exact enumeration.</param>
    /// <param name="seed">The seed for the random splits (unused in exact mode).</param>
    /// <returns>The observed difference, the p-value and the counts behind it.</returns>
    /// <exception cref="ArgumentException">A group is empty or a value is not finite.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="permutations"/> is not positive.</exception>
    public static PermutationTestResult DifferenceInMeans(ReadOnlySpan<double> a, ReadOnlySpan<double> b, int permutations, ulong seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(permutations);
        if (a.IsEmpty || b.IsEmpty)
        {
            throw new ArgumentException("Both groups need at least one value.", a.IsEmpty ? nameof(a) : nameof(b));
        }

        int na = a.Length, nb = b.Length, n = na + nb;
        var pooled = new double[n];
        a.CopyTo(pooled);
        b.CopyTo(pooled.AsSpan(na));
        double total = 0, absTotal = 0;
        foreach (var v in pooled)
        {
            if (!double.IsFinite(v))
            {
                throw new ArgumentException($"Values must be finite; found {v}.", nameof(a));
            }

            total += v;
            absTotal += Math.Abs(v);
        }

        double sumA = 0;
        foreach (var v in a)
        {
            sumA += v;
        }

        var observed = Difference(sumA, total, na, nb);
        var threshold = Math.Abs(observed) - (1e-9 * ((absTotal / n) + Math.Abs(observed)));

        var splits = SplitCount(n, na, permutations);
        if (splits <= permutations)
        {
            return Exact(pooled, na, nb, total, observed, threshold, splits);
        }

        var random = new SeededRandom(seed);
        var order = new int[n];
        for (var i = 0; i < n; i++)
        {
            order[i] = i;
        }

        long extreme = 0;
        for (var p = 0; p < permutations; p++)
        {
            // Partial Fisher–Yates: the first na positions become a uniformly random subset, whatever the prior order.
            double s = 0;
            for (var i = 0; i < na; i++)
            {
                var j = i + random.NextInt(n - i);
                (order[i], order[j]) = (order[j], order[i]);
                s += pooled[order[i]];
            }

            if (Math.Abs(Difference(s, total, na, nb)) >= threshold)
            {
                extreme++;
            }
        }

        return new PermutationTestResult(observed, (extreme + 1.0) / (permutations + 1.0), extreme, permutations, IsExact: false);
    }

    private static PermutationTestResult Exact(double[] pooled, int na, int nb, double total, double observed, double threshold, long splits)
    {
        var n = pooled.Length;

        // Enumerate the na-subsets of {0..n-1} in lexicographic order.
        var index = new int[na];
        for (var i = 0; i < na; i++)
        {
            index[i] = i;
        }

        long extreme = 0, seen = 0;
        while (true)
        {
            double s = 0;
            for (var i = 0; i < na; i++)
            {
                s += pooled[index[i]];
            }

            seen++;
            if (Math.Abs(Difference(s, total, na, nb)) >= threshold)
            {
                extreme++;
            }

            var k = na - 1;
            while (k >= 0 && index[k] == n - na + k)
            {
                k--;
            }

            if (k < 0)
            {
                break;
            }

            index[k]++;
            for (var i = k + 1; i < na; i++)
            {
                index[i] = index[i - 1] + 1;
            }
        }

        System.Diagnostics.Debug.Assert(seen == splits, "enumeration must visit every split once");
        return new PermutationTestResult(observed, (double)extreme / seen, extreme, seen, IsExact: true);
    }

    private static double Difference(double sumA, double total, int na, int nb) => (sumA / na) - ((total - sumA) / nb);

    /// <summary>C(n, k), or any value above <paramref name="cap"/> once it is known to exceed it (no overflow).</summary>
    private static long SplitCount(int n, int k, long cap)
    {
        k = Math.Min(k, n - k);
        long c = 1;
        for (var i = 1; i <= k; i++)
        {
            // c·(n − k + i) / i is exact at every step because it equals C(n − k + i, i).
            var next = (Int128)c * (n - k + i) / i;
            if (next > cap)
            {
                return cap + 1;
            }

            c = (long)next;
        }

        return c;
    }
}
