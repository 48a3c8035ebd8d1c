using System.Runtime.CompilerServices;

namespace FramingAnalysis.Internal;

/// <summary>
/// An exact map from short Latin-1 strings (1 to <see cref="MaxLength"/> characters up to U+00FF, the first not U+0000) to
/// non-negative integers: the folded words of running text that hit a lexicon most often (<c>the</c>, <c>de</c>,
/// <c>que</c>, <c>crisis</c>, <c>estado</c>). A key is packed into one 64-bit integer (8 bits per character), so a lookup
/// is a multiply, a shift and one integer comparison per probe, with no string comparison. <see cref="WordLookup{T}"/>
/// puts one in front of each lexicon's frozen dictionary and sends only the other words there.
/// </summary>
/// <remarks>
/// Open addressing with linear probing at a load factor of at most one half. Immutable after construction and safe
/// to share between threads. It holds exactly the keys that <see cref="TryPack"/> accepts, which pack to distinct
/// non-zero integers (the first character is never U+0000, so keys of different lengths differ); 0 marks an empty slot.
/// Folded keys are lower-case ASCII plus <c>ñ</c> (U+00F1) almost always, so nearly every word of eight letters or
/// fewer is answered here.
/// </remarks>
internal sealed class ShortKeyMap
{
    /// <summary>The longest key held: eight 8-bit characters fill the 64-bit packed form.</summary>
    public const int MaxLength = 8;

    private readonly ulong[] _keys;
    private readonly int[] _values;
    private readonly int _shift;
    private readonly int _mask;

    /// <summary>Builds the map from the entries whose key <see cref="TryPack"/> accepts (others are skipped).</summary>
    /// <param name="entries">Keys and their values (values must be ≥ 0); a repeated key keeps its last value.</param>
    public ShortKeyMap(IEnumerable<KeyValuePair<string, int>> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var kept = new List<KeyValuePair<ulong, int>>();
        foreach (var (key, value) in entries)
        {
            if (TryPack(key, out var packed))
            {
                ArgumentOutOfRangeException.ThrowIfNegative(value);
                kept.Add(new(packed, value));
            }
        }

        var size = 16;
        while (size < kept.Count * 2)
        {
            size <<= 1;
        }

        _keys = new ulong[size];
        _values = new int[size];
        _mask = size - 1;
        _shift = 64 - System.Numerics.BitOperations.Log2((uint)size);
        foreach (var (packed, value) in kept)
        {
            var slot = Slot(packed);
            while (_keys[slot] != 0 && _keys[slot] != packed)
            {
                slot = (slot + 1) & _mask;
            }

            _keys[slot] = packed;
            _values[slot] = value;
        }
    }

    /// <summary>
    /// Packs a key the map can hold: 1 to <see cref="MaxLength"/> characters, each at most U+00FF, the first not U+0000.
    /// False for any other key, which the caller looks up in its other table.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryPack(ReadOnlySpan<char> key, out ulong packed)
    {
        packed = 0;
        if ((uint)(key.Length - 1) >= MaxLength || key[0] == '\0')
        {
            return false;
        }

        uint all = 0;
        foreach (var c in key)
        {
            packed = (packed << 8) | c;
            all |= c;
        }

        return all <= 0xFF;
    }

    /// <summary>The value of the key that <see cref="TryPack"/> packed to <paramref name="packed"/>, or -1 when it is not in the map.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Find(ulong packed)
    {
        var slot = Slot(packed);
        while (true)
        {
            var k = _keys[slot];
            if (k == packed)
            {
                return _values[slot];
            }

            if (k == 0)
            {
                return -1;
            }

            slot = (slot + 1) & _mask;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Slot(ulong packed) => (int)((packed * 0x9E3779B97F4A7C15UL) >> _shift);
}
