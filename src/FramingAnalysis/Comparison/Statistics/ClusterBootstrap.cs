using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace FramingAnalysis.Comparison.Statistics;

/// <summary>
/// Writes the row of one cluster (for example one article) for <see cref="ClusterBootstrap.ReplicateSums"/>.
/// </summary>
/// <param name="cluster">The cluster index, in [0, clusters).</param>
/// <param name="row">The row to fill; it is all zeros on entry and has at least the requested width.</param>
internal delegate void ClusterRowWriter(int cluster, Span<double> row);

/// <summary>
/// One set of cluster (article) bootstrap replicates shared by every statistic of a group: each replicate's resample is
/// drawn once, as a multinomial count per cluster, and every statistic that is a function of column sums (ratios, mean
/// vectors, divergences of mean vectors) is read from the same replicate sums Σ_i c_ri·x_i.
/// </summary>
/// <remarks>
/// <para>
/// Method: replicate r draws n = <c>clusters</c> cluster indices with replacement from
/// <see cref="SeededRandom.ForStream(ulong, ulong)"/> with stream r (the same draws as <see cref="Bootstrap.RatioCI"/>
/// with that seed), counts how often each cluster was drawn (c_ri), and adds c_ri × row_i into its sums, in cluster order.
/// This is the ordinary nonparametric (Efron) bootstrap over clusters; because all statistics of a group see the same
/// resamples, a group of n clusters costs O(resamples × n) random draws and one weighted pass over the rows, instead of
/// fresh draws per statistic. A statistic defined on a subset of the clusters (say, the articles that mention a target)
/// is a ratio of sums whose denominator is 0 outside the subset; in a replicate it covers however many subset members
/// were drawn, so the subset size varies between replicates as it would in a new sample, and a replicate that drew no
/// member gives NaN and is left out (<see cref="Bootstrap.FromReplicates"/>).
/// </para>
/// <para>
/// Determinism: the sums depend only on the rows, the seed and the number of replicates. Each sum is accumulated per
/// column in cluster order, whatever the thread count or the machine's vector width (no fused multiply-add), so results
/// are bit-identical across runs and machines. Replicates are computed in blocks of <see cref="BlockSize"/> on the thread
/// pool; the row writer is called concurrently and must be thread-safe (a pure read of immutable data is).
/// </para>
/// <para>
/// Cost: O(resamples × clusters) draws and O(resamples × clusters × nonzero width) additions (rows are processed in
/// chunks of eight columns and all-zero chunks are skipped); memory O(<see cref="BlockSize"/> × clusters) bytes per
/// worker for the counts plus the result.
/// </para>
/// </remarks>
internal static class ClusterBootstrap
{
    /// <summary>Replicates computed together in one pass over the rows (and one work item of the thread pool).</summary>
    public const int BlockSize = 64;

    private const int Chunk = 8;

    /// <summary>
    /// The replicate sums: for each replicate r and column j, Σ_i c_ri·row_i[j], row-major (replicate r's sums are
    /// <c>[r × width, (r + 1) × width)</c>).
    /// </summary>
    /// <param name="clusters">The number of clusters n (≥ 0).</param>
    /// <param name="width">The row width (≥ 1).</param>
    /// <param name="writeRow">Fills a cluster's row; called several times per cluster, possibly concurrently.</param>
    /// <param name="resamples">The number of replicates (≥ 1).</param>
    /// <param name="seed">The seed; replicate r uses stream r.</param>
    /// <returns>resamples × width sums (all zero when there are no clusters).</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    public static double[] ReplicateSums(int clusters, int width, ClusterRowWriter writeRow, int resamples, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(writeRow);
        ArgumentOutOfRangeException.ThrowIfNegative(clusters);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(resamples);
        var sums = new double[(long)resamples * width];
        if (clusters == 0)
        {
            return sums;
        }

        // At most one worker per core, each with its buffers from a small pool: the count buffers are BlockSize bytes per
        // cluster, so they must not be multiplied by however many tasks the thread pool happens to run.
        var blocks = (resamples + BlockSize - 1) / BlockSize;
        var pool = new System.Collections.Concurrent.ConcurrentBag<Scratch>();
        Parallel.For(0, blocks, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, block =>
        {
            if (!pool.TryTake(out var scratch))
            {
                scratch = new Scratch(clusters, width);
            }

            var first = block * BlockSize;
            var count = Math.Min(BlockSize, resamples - first);
            SumBlock(clusters, width, writeRow, first, count, seed, sums.AsSpan(first * width, count * width), scratch);
            pool.Add(scratch);
        });
        foreach (var scratch in pool)
        {
            scratch.Return();
        }

        return sums;
    }

    /// <summary>
    /// The plain column sums Σ_i row_i[j] in cluster order (every count 1): the statistic's estimate on the observed data,
    /// computed the same way as the replicates.
    /// </summary>
    /// <param name="clusters">The number of clusters.</param>
    /// <param name="width">The row width.</param>
    /// <param name="writeRow">Fills a cluster's row.</param>
    /// <returns>The width column sums.</returns>
    public static double[] Sums(int clusters, int width, ClusterRowWriter writeRow)
    {
        ArgumentNullException.ThrowIfNull(writeRow);
        ArgumentOutOfRangeException.ThrowIfNegative(clusters);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        var sums = new double[width];
        var row = new double[width];
        for (var i = 0; i < clusters; i++)
        {
            Array.Clear(row);
            writeRow(i, row);
            for (var j = 0; j < width; j++)
            {
                sums[j] += row[j];
            }
        }

        return sums;
    }

    /// <summary>One worker's buffers, reused for the blocks it computes (fresh large arrays cost page faults and garbage).</summary>
    private sealed class Scratch(int clusters, int width)
    {
        public int Stride { get; } = (width + Chunk - 1) / Chunk * Chunk;

        // The two count buffers are large (BlockSize bytes per cluster): rented, so that successive groups reuse them.
        public byte[] Drawn { get; } = System.Buffers.ArrayPool<byte>.Shared.Rent(BlockSize * clusters);

        public byte[] Counts { get; } = System.Buffers.ArrayPool<byte>.Shared.Rent(clusters * BlockSize);

        public void Return()
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(Drawn);
            System.Buffers.ArrayPool<byte>.Shared.Return(Counts);
        }

        public double[] Row { get; } = new double[(width + Chunk - 1) / Chunk * Chunk];

        public double[] Block { get; } = new double[BlockSize * ((width + Chunk - 1) / Chunk * Chunk)];

        public double[] Weights { get; } = new double[BlockSize];
    }

    private static void SumBlock(int n, int width, ClusterRowWriter writeRow, int first, int count, ulong seed, Span<double> sums, Scratch scratch)
    {
        // Draw replicate-major (each replicate's n draws land in one n-byte run, which stays in cache), then transpose so
        // that an article's counts for the whole block are one contiguous run of BlockSize bytes.
        var drawn = scratch.Drawn;
        Array.Clear(drawn, 0, count * n);
        for (var b = 0; b < count; b++)
        {
            SeededRandom.ForStream(seed, (ulong)(first + b)).CountDraws(drawn.AsSpan(b * n, n));
        }

        var counts = scratch.Counts;
        if (count < BlockSize)
        {
            Array.Clear(counts, 0, n * BlockSize);
        }

        for (var b = 0; b < count; b++)
        {
            var from = drawn.AsSpan(b * n, n);
            for (var i = 0; i < from.Length; i++)
            {
                counts[(i * BlockSize) + b] = from[i];
            }
        }

        var stride = scratch.Stride;
        var row = scratch.Row;
        var block = scratch.Block;
        Array.Clear(block);
        var weights = scratch.Weights;
        ref var rowRef = ref MemoryMarshal.GetArrayDataReference(row);
        ref var blockRef = ref MemoryMarshal.GetArrayDataReference(block);
        ref var weightRef = ref MemoryMarshal.GetArrayDataReference(weights);
        for (var i = 0; i < n; i++)
        {
            var mine = counts.AsSpan(i * BlockSize, BlockSize);
            var drawnMask = NonZero(mine);
            if (drawnMask == 0)
            {
                continue;
            }

            for (var m = drawnMask; m != 0; m &= m - 1)
            {
                var b = BitOperations.TrailingZeroCount(m);
                weights[b] = mine[b];
            }

            Array.Clear(row);
            writeRow(i, row.AsSpan(0, width));

            // Chunk by chunk: the row's eight values stay in registers while every drawn replicate adds them.
            for (var j = 0; j < stride; j += Chunk)
            {
                AddChunk(ref Unsafe.Add(ref rowRef, j), ref Unsafe.Add(ref blockRef, j), stride, ref weightRef, drawnMask);
            }
        }

        for (var b = 0; b < count; b++)
        {
            block.AsSpan(b * stride, width).CopyTo(sums.Slice(b * width, width));
        }
    }

    /// <summary>Bit b is set when <c>counts[b]</c> is not zero (at most 64 counts).</summary>
    private static ulong NonZero(ReadOnlySpan<byte> counts)
    {
        if (Vector256.IsHardwareAccelerated && counts.Length % 32 == 0)
        {
            ref var c = ref MemoryMarshal.GetReference(counts);
            ulong mask = 0;
            for (var b = 0; b < counts.Length; b += 32)
            {
                var zero = Vector256.Equals(Vector256.LoadUnsafe(ref c, (nuint)b), Vector256<byte>.Zero).ExtractMostSignificantBits();
                mask |= (ulong)~zero << b;
            }

            return mask;
        }

        ulong bits = 0;
        for (var b = 0; b < counts.Length; b++)
        {
            if (counts[b] != 0)
            {
                bits |= 1UL << b;
            }
        }

        return bits;
    }

    /// <summary>
    /// For each replicate b in <paramref name="drawn"/>: target[b × stride + e] += row[e] × weights[b] for the chunk's
    /// eight columns e, unless they are all zero. Multiply, then add (no fused multiply-add), so the rounding is the same on
    /// every machine and vector width.
    /// </summary>
    private static void AddChunk(ref double row, ref double target, int stride, ref double weights, ulong drawn)
    {
        if (Vector512.IsHardwareAccelerated)
        {
            var x = Vector512.LoadUnsafe(ref row);
            if (Vector512.EqualsAll(x, Vector512<double>.Zero))
            {
                return;
            }

            for (; drawn != 0; drawn &= drawn - 1)
            {
                var b = BitOperations.TrailingZeroCount(drawn);
                ref var t = ref Unsafe.Add(ref target, b * stride);
                (Vector512.LoadUnsafe(ref t) + (x * Vector512.Create(Unsafe.Add(ref weights, b)))).StoreUnsafe(ref t);
            }
        }
        else if (Vector256.IsHardwareAccelerated)
        {
            var x0 = Vector256.LoadUnsafe(ref row);
            var x1 = Vector256.LoadUnsafe(ref row, 4);
            if (Vector256.EqualsAll(x0 | x1, Vector256<double>.Zero))
            {
                return;
            }

            for (; drawn != 0; drawn &= drawn - 1)
            {
                var b = BitOperations.TrailingZeroCount(drawn);
                ref var t = ref Unsafe.Add(ref target, b * stride);
                var w = Vector256.Create(Unsafe.Add(ref weights, b));
                (Vector256.LoadUnsafe(ref t) + (x0 * w)).StoreUnsafe(ref t);
                (Vector256.LoadUnsafe(ref t, 4) + (x1 * w)).StoreUnsafe(ref t, 4);
            }
        }
        else
        {
            var any = false;
            for (var e = 0; e < Chunk; e++)
            {
                any |= Unsafe.Add(ref row, e) != 0;
            }

            if (!any)
            {
                return;
            }

            for (; drawn != 0; drawn &= drawn - 1)
            {
                var b = BitOperations.TrailingZeroCount(drawn);
                ref var t = ref Unsafe.Add(ref target, b * stride);
                var w = Unsafe.Add(ref weights, b);
                for (var e = 0; e < Chunk; e++)
                {
                    Unsafe.Add(ref t, e) += Unsafe.Add(ref row, e) * w;
                }
            }
        }
    }
}
