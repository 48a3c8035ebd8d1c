using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace FramingAnalysis.Comparison.Statistics;

/// <summary>
/// A small, fast pseudo-random generator (xoshiro256**, Blackman &amp; Vigna 2018, "Scrambled linear pseudorandom number
/// generators") whose output is fixed by this library rather than by the runtime, so that bootstrap intervals and
/// permutation p-values are reproducible bit for bit across .NET versions and machines.
/// </summary>
/// <remarks>
/// <para>
/// A <c>(seed, stream)</c> pair fully determines the sequence: <c>new SeededRandom(seed)</c> and
/// <see cref="ForStream(ulong, ulong)"/> with stream 0 give the same sequence. The 256-bit state is filled from the seed with
/// SplitMix64 (Steele, Lea &amp; Flood 2014), as Blackman &amp; Vigna recommend; for a non-zero stream, the state is further
/// XOR-ed with four SplitMix64 outputs of a stream-specific key. Different streams are therefore different points of the
/// 2^256 − 1 period, chosen by a strong hash, and behave as independent generators for statistical purposes.
/// </para>
/// <para>
/// Use one stream per unit of work (for example one per bootstrap replicate) to make parallel computations deterministic
/// regardless of thread scheduling. Not a cryptographic generator.
/// </para>
/// <para>
/// Thread safety: an instance is mutable and must not be shared between threads without locking; create one per thread
/// or per work item with <see cref="ForStream(ulong, ulong)"/>. Cost: a few nanoseconds per draw, no allocation.
/// </para>
/// </remarks>
internal sealed class SeededRandom
{
    // Golden-ratio increment of SplitMix64 (Steele, Lea & Flood 2014).
    private const ulong GoldenGamma = 0x9E3779B97F4A7C15UL;

    // Domain separation for stream keys so that stream s and seed s never feed SplitMix64 the same input sequence.
    private const ulong StreamKey = 0xD1B54A32D192ED03UL;

    private ulong _s0;
    private ulong _s1;
    private ulong _s2;
    private ulong _s3;

    /// <summary>Creates the generator for <paramref name="seed"/>, stream 0.</summary>
    /// <param name="seed">Any 64-bit value; equal seeds give equal sequences.</param>
    public SeededRandom(ulong seed)
        : this(seed, 0)
    {
    }

    private SeededRandom(ulong seed, ulong stream)
    {
        var x = seed;
        _s0 = SplitMix64(ref x);
        _s1 = SplitMix64(ref x);
        _s2 = SplitMix64(ref x);
        _s3 = SplitMix64(ref x);
        if (stream != 0)
        {
            var y = (stream * StreamKey) ^ StreamKey;
            _s0 ^= SplitMix64(ref y);
            _s1 ^= SplitMix64(ref y);
            _s2 ^= SplitMix64(ref y);
            _s3 ^= SplitMix64(ref y);
        }

        // The all-zero state is the one fixed point of xoshiro; it cannot arise from SplitMix64 alone but guard anyway.
        if ((_s0 | _s1 | _s2 | _s3) == 0)
        {
            _s0 = GoldenGamma;
        }
    }

    /// <summary>
    /// Creates the generator for one independent stream of a seed. Use the replicate, fold or worker index as
    /// <paramref name="stream"/> so that each piece of parallel work draws the same numbers whichever thread runs it.
    /// </summary>
    /// <param name="seed">The analysis seed.</param>
    /// <param name="stream">The stream index; stream 0 equals <c>new SeededRandom(seed)</c>.</param>
    /// <returns>A new generator; cost is eight SplitMix64 steps.</returns>
    public static SeededRandom ForStream(ulong seed, ulong stream) => new(seed, stream);

    /// <summary>Returns the next 64 uniformly distributed bits (the xoshiro256** output function).</summary>
    /// <returns>A value in [0, 2^64).</returns>
    public ulong NextUInt64()
    {
        var result = BitOperations.RotateLeft(_s1 * 5, 7) * 9;
        var t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = BitOperations.RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>Returns a uniformly distributed double in [0, 1) with 53 random bits (every multiple of 2^-53).</summary>
    /// <returns>A value in [0, 1).</returns>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>
    /// Returns an exactly uniform integer in [0, <paramref name="maxExclusive"/>), without modulo bias, by Lemire's
    /// multiply-and-reject method (Lemire 2019, "Fast random integer generation in an interval", ACM TOMACS 29(1)).
    /// </summary>
    /// <param name="maxExclusive">The number of possible values; must be positive.</param>
    /// <returns>A value in [0, <paramref name="maxExclusive"/>).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxExclusive"/> is zero or negative.</exception>
    public int NextInt(int maxExclusive)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxExclusive);
        var range = (uint)maxExclusive;
        var product = (ulong)(uint)(NextUInt64() >> 32) * range;
        var low = (uint)product;
        if (low < range)
        {
            // Reject the (2^32 mod range) smallest low words, which would otherwise make some results more likely.
            var threshold = (0u - range) % range;
            while (low < threshold)
            {
                product = (ulong)(uint)(NextUInt64() >> 32) * range;
                low = (uint)product;
            }
        }

        return (int)(product >> 32);
    }

    /// <summary>
    /// Draws <c>counts.Length</c> indices with <see cref="NextInt(int)"/>(<c>counts.Length</c>) — the same draws, in the
    /// same order — and increments <c>counts[index]</c> for each: one bootstrap resample as multinomial counts.
    /// </summary>
    /// <param name="counts">The counts to add to, one per index (non-empty).</param>
    /// <exception cref="InvalidOperationException">A count would exceed 255 (with n ≥ 256 draws, probability below 1e-500).</exception>
    internal void CountDraws(Span<byte> counts)
    {
        var range = (uint)counts.Length;
        ArgumentOutOfRangeException.ThrowIfZero(range);
        var threshold = (0u - range) % range;
        ulong s0 = _s0, s1 = _s1, s2 = _s2, s3 = _s3;
        ref var first = ref MemoryMarshal.GetReference(counts);
        for (var j = 0u; j < range; j++)
        {
            ulong product;
            do
            {
                var result = BitOperations.RotateLeft(s1 * 5, 7) * 9;
                var t = s1 << 17;
                s2 ^= s0;
                s3 ^= s1;
                s1 ^= s2;
                s0 ^= s3;
                s2 ^= t;
                s3 = BitOperations.RotateLeft(s3, 45);
                product = (ulong)(uint)(result >> 32) * range;
            }
            while ((uint)product < threshold);

            ref var count = ref Unsafe.Add(ref first, (nint)(product >> 32));
            if (++count == 0)
            {
                throw new InvalidOperationException("A bootstrap count exceeded 255.");
            }
        }

        (_s0, _s1, _s2, _s3) = (s0, s1, s2, s3);
    }

    /// <summary>Fills <paramref name="values"/> with successive <see cref="NextUInt64"/> outputs.</summary>
    /// <param name="values">The destination.</param>
    internal void Fill(Span<ulong> values)
    {
        ulong s0 = _s0, s1 = _s1, s2 = _s2, s3 = _s3;
        for (var j = 0; j < values.Length; j++)
        {
            values[j] = BitOperations.RotateLeft(s1 * 5, 7) * 9;
            var t = s1 << 17;
            s2 ^= s0;
            s3 ^= s1;
            s1 ^= s2;
            s0 ^= s3;
            s2 ^= t;
            s3 = BitOperations.RotateLeft(s3, 45);
        }

        (_s0, _s1, _s2, _s3) = (s0, s1, s2, s3);
    }

    /// <summary>
    /// Shuffles <paramref name="items"/> in place into a uniformly random order (Fisher–Yates, Durstenfeld's variant).
    /// Cost: O(n), one <see cref="NextInt(int)"/> per element.
    /// </summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="items">The elements to permute.</param>
    public void Shuffle<T>(Span<T> items)
    {
        for (var i = items.Length - 1; i > 0; i--)
        {
            var j = NextInt(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }

    /// <summary>One SplitMix64 step (Steele, Lea &amp; Flood 2014): advances <paramref name="state"/> and returns its mix.</summary>
    internal static ulong SplitMix64(ref ulong state)
    {
        state += GoldenGamma;
        var z = state;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
