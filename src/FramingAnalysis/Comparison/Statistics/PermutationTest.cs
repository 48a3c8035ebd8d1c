using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace FramingAnalysis.Comparison.Statistics;

/// <summary>
/// Two-sample permutation tests on per-cluster (per-article) values: for example each article's share of negative
/// paragraphs, compared between two outlets. Permuting whole articles respects the clustering of units within articles.
/// Thread-safe (pure functions).
/// </summary>
internal static class PermutationTest
{
    /// <summary>Random splits evaluated together in one work item of the thread pool.</summary>
    private const int BlockSize = 64;

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
    /// arithmetic are not lost to rounding. The random splits are those of <see cref="DifferencesInMeans"/> with one
    /// column. Cost: O(min(C, permutations) × (n_a + n_b)) time, O(n_a + n_b) memory.
    /// </remarks>
    /// <param name="a">Group A's per-cluster values (at least one; finite).</param>
    /// <param name="b">Group B's per-cluster values (at least one; finite).</param>
    /// <param name="permutations">The Monte Carlo budget m (≥ 1); also the threshold for exact enumeration.</param>
    /// <param name="seed">The seed for the random splits (unused in exact mode).</param>
    /// <returns>The observed difference, the p-value and the counts behind it.</returns>
    /// <exception cref="ArgumentException">A group is empty or a value is not finite.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="permutations"/> is not positive.</exception>
    public static PermutationTestResult DifferenceInMeans(ReadOnlySpan<double> a, ReadOnlySpan<double> b, int permutations, ulong seed) =>
        DifferencesInMeans(a.ToArray(), b.ToArray(), 1, permutations, seed)[0];

    /// <summary>
    /// <see cref="DifferenceInMeans"/> for several statistics of the same clusters at once (for example the salience of
    /// each frame, per article, in two outlets): one test per column, all sharing the same random splits.
    /// </summary>
    /// <remarks>
    /// <para>
    /// Sharing is valid because every column is tested on the same clusters with the same group sizes: each random split
    /// is a uniformly random regrouping, so each column's p-value is exactly the p-value of its own permutation test (the
    /// columns' p-values are dependent, as they are anyway because the columns are; Benjamini–Hochberg remains valid
    /// under the positive dependence this gives). Exact mode enumerates the splits once for all columns.
    /// </para>
    /// <para>
    /// Random split m is drawn from <see cref="SeededRandom.ForStream(ulong, ulong)"/> with stream m, so the result
    /// depends only on the inputs and the seed, not on threads (splits are evaluated in blocks on the thread pool). A split
    /// is drawn as a uniformly random subset of size k = min(n_a, n_b) of the pooled clusters (the smaller side; the other
    /// side's sums are the totals minus these): when k ≥ n/32, each cluster is first kept with probability t/256, t the
    /// nearest integer to 256·k/n, from eight random bits, and then uniformly chosen clusters are dropped (or added) until
    /// exactly k are kept — conditional on its size a Bernoulli subset is a uniform subset of that size, and dropping or
    /// adding uniformly chosen members keeps it uniform; for smaller k, a partial Fisher–Yates shuffle picks the k clusters.
    /// </para>
    /// <para>Cost: O(min(C, permutations) × (n/8 + k × columns)) time, O(n) memory besides the inputs.</para>
    /// </remarks>
    /// <param name="a">Group A's per-cluster values, row-major: n_a rows of <paramref name="columns"/> values (finite).</param>
    /// <param name="b">Group B's per-cluster values, row-major, with the same columns.</param>
    /// <param name="columns">The number of statistics per cluster (≥ 1).</param>
    /// <param name="permutations">The Monte Carlo budget m (≥ 1); also the threshold for exact enumeration.</param>
    /// <param name="seed">The seed for the random splits (unused in exact mode).</param>
    /// <returns>One result per column.</returns>
    /// <exception cref="ArgumentException">A group is empty, a length is not a multiple of the columns, or a value is not finite.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="permutations"/> or <paramref name="columns"/> is not positive.</exception>
    public static PermutationTestResult[] DifferencesInMeans(ReadOnlyMemory<double> a, ReadOnlyMemory<double> b, int columns, int permutations, ulong seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(permutations);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(columns);
        if (a.IsEmpty || b.IsEmpty)
        {
            throw new ArgumentException("Both groups need at least one value.", a.IsEmpty ? nameof(a) : nameof(b));
        }

        if (a.Length % columns != 0 || b.Length % columns != 0)
        {
            throw new ArgumentException($"Each group needs whole rows of {columns} values.", a.Length % columns != 0 ? nameof(a) : nameof(b));
        }

        int na = a.Length / columns, nb = b.Length / columns, n = na + nb;
        var total = new double[columns];
        var absTotal = new double[columns];
        var sumA = new double[columns];
        Totals(a.Span, columns, sumA, absTotal, nameof(a));
        sumA.CopyTo(total, 0);
        Totals(b.Span, columns, total, absTotal, nameof(b));

        var observed = new double[columns];
        var threshold = new double[columns];
        for (var c = 0; c < columns; c++)
        {
            observed[c] = Difference(sumA[c], total[c], na, nb);
            threshold[c] = Math.Abs(observed[c]) - (1e-9 * ((absTotal[c] / n) + Math.Abs(observed[c])));
        }

        var extreme = new long[columns];
        var splits = SplitCount(n, na, permutations);
        if (splits <= permutations)
        {
            Exact(a.Span, b.Span, columns, na, nb, total, threshold, extreme);
            return Results(observed, extreme, splits, exact: true);
        }

        var blocks = (permutations + BlockSize - 1) / BlockSize;
        var perBlock = new long[blocks][];
        var sampler = new Sampler(a, b, columns, total, threshold, seed);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = (long)permutations * n < 1 << 16 ? 1 : Environment.ProcessorCount };
        Parallel.For(0, blocks, parallel, block =>
            perBlock[block] = sampler.Run(block * BlockSize, Math.Min(BlockSize, permutations - (block * BlockSize))));

        foreach (var counts in perBlock)
        {
            for (var c = 0; c < columns; c++)
            {
                extreme[c] += counts[c];
            }
        }

        return Results(observed, extreme, permutations, exact: false);
    }

    private static PermutationTestResult[] Results(double[] observed, long[] extreme, long evaluated, bool exact)
    {
        var results = new PermutationTestResult[observed.Length];
        for (var c = 0; c < observed.Length; c++)
        {
            var p = exact ? (double)extreme[c] / evaluated : (extreme[c] + 1.0) / (evaluated + 1.0);
            results[c] = new PermutationTestResult(observed[c], p, extreme[c], evaluated, exact);
        }

        return results;
    }

    private static void Totals(ReadOnlySpan<double> rows, int columns, double[] sums, double[] absSums, string name)
    {
        for (var i = 0; i < rows.Length; i++)
        {
            var v = rows[i];
            if (!double.IsFinite(v))
            {
                throw new ArgumentException($"Values must be finite; found {v}.", name);
            }

            var c = i % columns;
            sums[c] += v;
            absSums[c] += Math.Abs(v);
        }
    }

    private static void Exact(ReadOnlySpan<double> a, ReadOnlySpan<double> b, int columns, int na, int nb, double[] total, double[] threshold, long[] extreme)
    {
        var n = na + nb;

        // Enumerate the na-subsets of {0..n-1} in lexicographic order.
        var index = new int[na];
        for (var i = 0; i < na; i++)
        {
            index[i] = i;
        }

        var s = new double[columns];
        long seen = 0;
        while (true)
        {
            Array.Clear(s);
            for (var i = 0; i < na; i++)
            {
                var row = index[i] < na ? a.Slice(index[i] * columns, columns) : b.Slice((index[i] - na) * columns, columns);
                for (var c = 0; c < columns; c++)
                {
                    s[c] += row[c];
                }
            }

            seen++;
            for (var c = 0; c < columns; c++)
            {
                if (Math.Abs(Difference(s[c], total[c], na, nb)) >= threshold[c])
                {
                    extreme[c]++;
                }
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

        System.Diagnostics.Debug.Assert(seen == SplitCount(n, na, long.MaxValue - 1), "enumeration must visit every split once");
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

    /// <summary>Draws random splits and counts, per column, those at least as extreme as the observed one.</summary>
    /// <remarks>
    /// A split is a bit mask over the pooled clusters: A's clusters in words [0, wordsA), B's from word wordsA on (each
    /// side starts on a word boundary, so summing the marked rows needs no per-row branch between the sides).
    /// </remarks>
    private sealed class Sampler(ReadOnlyMemory<double> a, ReadOnlyMemory<double> b, int columns, double[] total, double[] threshold, ulong seed)
    {
        private readonly int _na = a.Length / columns;
        private readonly int _nb = b.Length / columns;

        // Each worker's masks and draws (about n/8 bytes per split of a block) are reused rather than reallocated per block.
        private readonly System.Collections.Concurrent.ConcurrentBag<(ulong[] Masks, ulong[] Draws)> _buffers = [];

        /// <summary>Evaluates splits [first, first + count): draws every split's mask, then sums the marked rows tile by
        /// tile (a tile of rows stays in cache while all the block's splits read it), then counts the extreme ones.</summary>
        public long[] Run(int first, int count)
        {
            int na = _na, nb = _nb, n = na + nb;
            int wordsA = (na + 63) / 64, wordsB = (nb + 63) / 64, words = wordsA + wordsB;
            var k = Math.Min(na, nb);
            var sideIsA = na <= nb;
            if (!_buffers.TryTake(out var buffers))
            {
                buffers = (new ulong[BlockSize * words], new ulong[words * 8]);
            }

            var (masks, draws) = buffers;
            Array.Clear(masks);
            int[]? order = null;
            int[]? swaps = null;
            for (var m = 0; m < count; m++)
            {
                var random = SeededRandom.ForStream(seed, (ulong)(first + m));
                var mask = masks.AsSpan(m * words, words);
                if ((long)k * 32 < n)
                {
                    order ??= Identity(n);
                    swaps ??= new int[k];
                    ShuffleSubset(random, order, swaps, k, na, wordsA, mask);
                }
                else
                {
                    BernoulliSubset(random, na, nb, k, wordsA, mask, draws);
                }
            }

            var sums = new double[count * columns];
            var tile = Math.Max(1, TileRows / Math.Max(1, columns) / 64);
            for (var w0 = 0; w0 < words;)
            {
                // A tile never straddles the sides: A's words end at wordsA.
                var w1 = Math.Min(w0 < wordsA ? wordsA : words, w0 + tile);
                var rows = w0 < wordsA ? a.Span[((w0 * 64) * columns)..] : b.Span[(((w0 - wordsA) * 64) * columns)..];
                for (var m = 0; m < count; m++)
                {
                    SumRows(masks.AsSpan((m * words) + w0, w1 - w0), rows, sums.AsSpan(m * columns, columns));
                }

                w0 = w1;
            }

            _buffers.Add(buffers);
            var extreme = new long[columns];
            for (var m = 0; m < count; m++)
            {
                for (var c = 0; c < columns; c++)
                {
                    var s = sideIsA ? sums[(m * columns) + c] : total[c] - sums[(m * columns) + c];
                    if (Math.Abs(Difference(s, total[c], na, nb)) >= threshold[c])
                    {
                        extreme[c]++;
                    }
                }
            }

            return extreme;
        }

        /// <summary>About this many values of rows (128 KB) are summed by every split of a block before moving on.</summary>
        private const int TileRows = 16 * 1024;

        /// <summary>The mask bit of pooled cluster v (A's clusters first, then B's).</summary>
        private static int Bit(int v, int na, int wordsA) => v < na ? v : (wordsA * 64) + (v - na);

        private static int[] Identity(int n)
        {
            var order = new int[n];
            for (var i = 0; i < n; i++)
            {
                order[i] = i;
            }

            return order;
        }

        /// <summary>A partial Fisher–Yates shuffle marks k uniformly chosen clusters; the swaps are undone afterwards so
        /// that each split depends only on its own stream.</summary>
        private static void ShuffleSubset(SeededRandom random, int[] order, int[] swaps, int k, int na, int wordsA, Span<ulong> mask)
        {
            var n = order.Length;
            for (var i = 0; i < k; i++)
            {
                var j = i + random.NextInt(n - i);
                (order[i], order[j]) = (order[j], order[i]);
                swaps[i] = j;
                var bit = Bit(order[i], na, wordsA);
                mask[bit >> 6] |= 1UL << bit;
            }

            for (var i = k - 1; i >= 0; i--)
            {
                var j = swaps[i];
                (order[i], order[j]) = (order[j], order[i]);
            }
        }

        /// <summary>Keeps each cluster with probability t/256, then drops or adds uniformly chosen clusters until exactly k are kept.</summary>
        private static void BernoulliSubset(SeededRandom random, int na, int nb, int k, int wordsA, Span<ulong> mask, ulong[] draws)
        {
            var n = na + nb;
            var t = (byte)Math.Clamp((int)Math.Round(k * 256.0 / n, MidpointRounding.ToEven), 1, 255);
            var limit = Vector128.Create(t);

            // Eight 64-bit draws per mask word: the word's bit e is set when byte e of its draws (little-endian order) is
            // below t. Bits past the end of a side are cleared.
            random.Fill(draws);
            var kept = 0;
            for (var w = 0; w < mask.Length; w++)
            {
                ulong bits = 0;
                for (var q = 0; q < 4; q++)
                {
                    var lanes = Vector128.Create(draws[(8 * w) + (2 * q)], draws[(8 * w) + (2 * q) + 1]).AsByte();
                    bits |= (ulong)Vector128.LessThan(lanes, limit).ExtractMostSignificantBits() << (16 * q);
                }

                var used = w < wordsA ? Math.Min(64, na - (w * 64)) : Math.Min(64, nb - ((w - wordsA) * 64));
                if (used < 64)
                {
                    bits &= (1UL << used) - 1;
                }

                mask[w] = bits;
                kept += BitOperations.PopCount(bits);
            }

            while (kept > k)
            {
                var bit = Bit(random.NextInt(n), na, wordsA);
                var flag = 1UL << bit;
                if ((mask[bit >> 6] & flag) != 0)
                {
                    mask[bit >> 6] &= ~flag;
                    kept--;
                }
            }

            while (kept < k)
            {
                var bit = Bit(random.NextInt(n), na, wordsA);
                var flag = 1UL << bit;
                if ((mask[bit >> 6] & flag) == 0)
                {
                    mask[bit >> 6] |= flag;
                    kept++;
                }
            }
        }

        /// <summary>
        /// Adds the marked rows to <paramref name="sums"/>, sixteen columns at a time in registers. Within each mask word
        /// the marked rows alternate between two partial sums (the first, third, … row to one, the second, fourth, … to the
        /// other), which are added at the end of the word: two independent chains of additions instead of one. Every path
        /// (512-bit, 256-bit, scalar) does the same additions in the same order, so the sums are identical on every machine.
        /// </summary>
        private void SumRows(ReadOnlySpan<ulong> mask, ReadOnlySpan<double> rows, Span<double> sums)
        {
            ref var rowRef = ref MemoryMarshal.GetReference(rows);
            ref var sumRef = ref MemoryMarshal.GetReference(sums);
            var c0 = 0;
            if (Vector256.IsHardwareAccelerated)
            {
                for (; c0 + 16 <= columns; c0 += 16)
                {
                    ref var s = ref Unsafe.Add(ref sumRef, c0);
                    if (Vector512.IsHardwareAccelerated)
                    {
                        var s0 = Vector512.LoadUnsafe(ref s);
                        var s1 = Vector512.LoadUnsafe(ref s, 8);
                        for (var w = 0; w < mask.Length; w++)
                        {
                            var bits = mask[w];
                            if (bits == 0)
                            {
                                continue;
                            }

                            var t0 = Vector512<double>.Zero;
                            var t1 = Vector512<double>.Zero;
                            var u0 = Vector512<double>.Zero;
                            var u1 = Vector512<double>.Zero;
                            while (true)
                            {
                                ref var r = ref Unsafe.Add(ref rowRef, (((nint)w << 6) + BitOperations.TrailingZeroCount(bits)) * columns + c0);
                                t0 += Vector512.LoadUnsafe(ref r);
                                t1 += Vector512.LoadUnsafe(ref r, 8);
                                bits &= bits - 1;
                                if (bits == 0)
                                {
                                    break;
                                }

                                r = ref Unsafe.Add(ref rowRef, (((nint)w << 6) + BitOperations.TrailingZeroCount(bits)) * columns + c0);
                                u0 += Vector512.LoadUnsafe(ref r);
                                u1 += Vector512.LoadUnsafe(ref r, 8);
                                bits &= bits - 1;
                                if (bits == 0)
                                {
                                    break;
                                }
                            }

                            s0 += t0 + u0;
                            s1 += t1 + u1;
                        }

                        s0.StoreUnsafe(ref s);
                        s1.StoreUnsafe(ref s, 8);
                    }
                    else
                    {
                        for (var half = 0; half < 16; half += 8)
                        {
                            var s0 = Vector256.LoadUnsafe(ref s, (nuint)half);
                            var s1 = Vector256.LoadUnsafe(ref s, (nuint)half + 4);
                            for (var w = 0; w < mask.Length; w++)
                            {
                                var bits = mask[w];
                                if (bits == 0)
                                {
                                    continue;
                                }

                                var t0 = Vector256<double>.Zero;
                                var t1 = Vector256<double>.Zero;
                                var u0 = Vector256<double>.Zero;
                                var u1 = Vector256<double>.Zero;
                                while (true)
                                {
                                    ref var r = ref Unsafe.Add(ref rowRef, (((nint)w << 6) + BitOperations.TrailingZeroCount(bits)) * columns + c0 + half);
                                    t0 += Vector256.LoadUnsafe(ref r);
                                    t1 += Vector256.LoadUnsafe(ref r, 4);
                                    bits &= bits - 1;
                                    if (bits == 0)
                                    {
                                        break;
                                    }

                                    r = ref Unsafe.Add(ref rowRef, (((nint)w << 6) + BitOperations.TrailingZeroCount(bits)) * columns + c0 + half);
                                    u0 += Vector256.LoadUnsafe(ref r);
                                    u1 += Vector256.LoadUnsafe(ref r, 4);
                                    bits &= bits - 1;
                                    if (bits == 0)
                                    {
                                        break;
                                    }
                                }

                                s0 += t0 + u0;
                                s1 += t1 + u1;
                            }

                            s0.StoreUnsafe(ref s, (nuint)half);
                            s1.StoreUnsafe(ref s, (nuint)half + 4);
                        }
                    }
                }
            }

            for (var c = c0; c < columns; c++)
            {
                var sum = Unsafe.Add(ref sumRef, c);
                for (var w = 0; w < mask.Length; w++)
                {
                    var bits = mask[w];
                    double t = 0, u = 0;
                    var odd = false;
                    for (; bits != 0; bits &= bits - 1)
                    {
                        var v = Unsafe.Add(ref rowRef, (((nint)w << 6) + BitOperations.TrailingZeroCount(bits)) * columns + c);
                        if (odd)
                        {
                            u += v;
                        }
                        else
                        {
                            t += v;
                        }

                        odd = !odd;
                    }

                    if (mask[w] != 0)
                    {
                        sum += t + u;
                    }
                }

                Unsafe.Add(ref sumRef, c) = sum;
            }
        }
    }
}
