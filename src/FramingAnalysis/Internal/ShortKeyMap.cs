using System.Runtime.CompilerServices;

namespace FramingAnalysis.Internal;

/// <summary>
/// An exact map from short Latin-1 strings, packed by <see cref="ShortKey.TryPack"/>, to values: the folded words of
/// running text that hit a lexicon most often (<c>the</c>, <c>de</c>, <c>que</c>, <c>crisis</c>, <c>estado</c>). A lookup
/// is a multiply, a shift and one integer comparison per probe, with no string comparison. <see cref="WordLookup{T}"/>
/// puts one in front of each lexicon's frozen dictionary and sends only the other words there.
/// </summary>
/// <remarks>
/// Open addressing with linear probing at a load factor of at most one half; 0 marks an empty slot. Each slot holds the
/// key and its value side by side, so that a hit reads one entry (in the text pipeline the tables compete for cache with
/// every other stage, and a hit that read a key array and then a value array paid two misses). Immutable after
/// construction and safe to share between threads (a struct, held in a <see langword="readonly"/> field, so that a
/// lookup reads its owner's fields directly). Folded keys are lower-case ASCII plus <c>ñ</c> (U+00F1) almost always, so
/// nearly every word of eight letters or fewer is answered here.
/// </remarks>
/// <typeparam name="T">The values.</typeparam>
internal readonly struct ShortKeyMap<T>
{
    private readonly Entry[] _entries;
    private readonly int _shift;
    private readonly int _mask;

    /// <summary>Builds the map from the entries whose key <see cref="ShortKey.TryPack"/> accepts (others are skipped).</summary>
    /// <param name="entries">Keys and their values; a repeated key keeps its last value.</param>
    public ShortKeyMap(IEnumerable<KeyValuePair<string, T>> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var kept = new List<KeyValuePair<ulong, T>>();
        foreach (var (key, value) in entries)
        {
            if (ShortKey.TryPack(key, out var packed))
            {
                kept.Add(new(packed, value));
            }
        }

        var size = 16;
        while (size < kept.Count * 2)
        {
            size <<= 1;
        }

        _entries = new Entry[size];
        _mask = size - 1;
        _shift = 64 - System.Numerics.BitOperations.Log2((uint)size);
        foreach (var (packed, value) in kept)
        {
            var slot = Slot(packed);
            while (_entries[slot].Key != 0 && _entries[slot].Key != packed)
            {
                slot = (slot + 1) & _mask;
            }

            _entries[slot] = new Entry(packed, value);
        }
    }

    /// <summary>The value of the key that <see cref="ShortKey.TryPack"/> packed to <paramref name="packed"/>, when the map has it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryFind(ulong packed, out T value)
    {
        var entries = _entries;
        var slot = Slot(packed);
        while (true)
        {
            ref readonly var entry = ref entries[slot];
            if (entry.Key == packed)
            {
                value = entry.Value;
                return true;
            }

            if (entry.Key == 0)
            {
                value = default!;
                return false;
            }

            slot = (slot + 1) & _mask;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Slot(ulong packed) => (int)((packed * 0x9E3779B97F4A7C15UL) >> _shift);

    private readonly record struct Entry(ulong Key, T Value);
}
