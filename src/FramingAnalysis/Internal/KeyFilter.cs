using System.Numerics;
using System.Runtime.CompilerServices;

namespace FramingAnalysis.Internal;

/// <summary>
/// A one-sided filter over a set of strings: <see cref="MayContain"/> is false only for strings outside the set. It
/// hashes the length and at most four characters (first two, last two), so a miss costs a few instructions instead
/// of a dictionary lookup. About 16 bits per string keep false positives to a few percent.
/// </summary>
internal sealed class KeyFilter
{
    private readonly ulong[] _bits;
    private readonly int _shift;

    /// <summary>Builds the filter over <paramref name="keys"/>.</summary>
    public KeyFilter(IReadOnlyCollection<string> keys)
    {
        var bits = 1024;
        while (bits < keys.Count * 16 && bits < (1 << 22))
        {
            bits <<= 1;
        }

        _bits = new ulong[bits / 64];
        _shift = 32 - BitOperations.Log2((uint)bits);
        foreach (var key in keys)
        {
            var h = Hash(key) >> _shift;
            _bits[h >> 6] |= 1UL << (int)h;
        }
    }

    /// <summary>False when the string whose <see cref="Hash"/> is <paramref name="hash"/> is certainly not in the set.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool MayContain(uint hash)
    {
        var h = hash >> _shift;
        return (_bits[h >> 6] & (1UL << (int)h)) != 0;
    }

    /// <summary>The filter's hash of a string: its length and at most four characters (first two, last two), mixed.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Hash(ReadOnlySpan<char> s)
    {
        var h = (uint)s.Length * 0x9E3779B9u;
        if (s.Length > 0)
        {
            h ^= s[0] * 0x85EBCA6Bu;
            h ^= s[^1] * 0xC2B2AE35u;
            if (s.Length > 1)
            {
                h ^= s[1] * 0x27D4EB2Fu;
                h ^= s[^2] * 0x165667B1u;
            }
        }

        h ^= h >> 15;
        h *= 0x2C1B3C6Du;
        h ^= h >> 12;
        return h * 0x297A2D39u;
    }
}
