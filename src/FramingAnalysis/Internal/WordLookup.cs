using System.Collections.Frozen;
using System.Runtime.CompilerServices;

namespace FramingAnalysis.Internal;

/// <summary>
/// Looks up folded words in a lexicon table by span, the way every hot lookup of the library does it: a word that
/// <see cref="ShortKeyMap"/> can hold (up to eight Latin-1 letters: most words of running text) is answered by its
/// packed key; a longer one goes through a one-sided <see cref="KeyFilter"/>, then the frozen dictionary. Immutable and
/// thread-safe; built once per table and held in a <see langword="readonly"/> field (a struct, so that a lookup reads
/// its owner's fields directly). Allocation-free lookups.
/// </summary>
/// <typeparam name="T">The table's values.</typeparam>
internal readonly struct WordLookup<T>
{
    private readonly ShortKeyMap _short;
    private readonly T[] _shortValues;
    private readonly KeyFilter _filter;
    private readonly FrozenDictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> _long;

    /// <summary>Builds the lookup over <paramref name="table"/> (cost: one pass over it).</summary>
    public WordLookup(FrozenDictionary<string, T> table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var shortEntries = table.Where(kv => ShortKeyMap.TryPack(kv.Key, out _)).ToArray();
        _shortValues = Array.ConvertAll(shortEntries, kv => kv.Value);
        _short = new ShortKeyMap(shortEntries.Select((kv, i) => KeyValuePair.Create(kv.Key, i)));
        _filter = new KeyFilter(table.Keys);
        _long = table.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The value of <paramref name="word"/>, when the table has it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryGetValue(ReadOnlySpan<char> word, out T value)
    {
        if (ShortKeyMap.TryPack(word, out var packed))
        {
            var at = _short.Find(packed);
            value = at >= 0 ? _shortValues[at] : default!;
            return at >= 0;
        }

        value = default!;
        return _filter.MayContain(KeyFilter.Hash(word)) && _long.TryGetValue(word, out value!);
    }
}
