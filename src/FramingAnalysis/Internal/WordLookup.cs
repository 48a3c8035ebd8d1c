using System.Collections.Frozen;
using System.Runtime.CompilerServices;

namespace FramingAnalysis.Internal;

/// <summary>
/// Looks up folded words in a lexicon table by span, the way every hot lookup of the library does it: a word that
/// <see cref="ShortKeyMap{T}"/> can hold (up to eight Latin-1 letters: most words of running text) is answered by its
/// packed key; a longer one goes through a one-sided <see cref="KeyFilter"/>, then the frozen dictionary. Immutable and
/// thread-safe; built once per table and held in a <see langword="readonly"/> field (a struct, so that a lookup reads
/// its owner's fields directly). Allocation-free lookups.
/// </summary>
/// <typeparam name="T">The table's values.</typeparam>
internal readonly struct WordLookup<T>
{
    private readonly ShortKeyMap<T> _short;
    private readonly KeyFilter _filter;
    private readonly FrozenDictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> _long;

    /// <summary>Builds the lookup over <paramref name="table"/> (cost: one pass over it).</summary>
    public WordLookup(FrozenDictionary<string, T> table)
    {
        ArgumentNullException.ThrowIfNull(table);
        _short = new ShortKeyMap<T>(table);
        _filter = new KeyFilter(table.Keys);
        _long = table.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>
    /// The value of <paramref name="word"/>, when the table has it, for a caller that already has the word's
    /// <see cref="KeyFilter.Hash"/> (<paramref name="hash"/>, from the text stage's <see cref="TokenHashes"/>): the filter is
    /// tested first for every word, so that most misses (words the table does not hold) read a small bitset instead of
    /// the table. Same answers as <see cref="TryGetValue(ReadOnlySpan{char}, out T)"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryGetValue(ReadOnlySpan<char> word, uint hash, out T value)
    {
        if (!_filter.MayContain(hash))
        {
            value = default!;
            return false;
        }

        if (ShortKey.TryPack(word, out var packed))
        {
            return _short.TryFind(packed, out value);
        }

        return _long.TryGetValue(word, out value!);
    }

    /// <summary>The value of <paramref name="word"/>, when the table has it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryGetValue(ReadOnlySpan<char> word, out T value)
    {
        if (ShortKey.TryPack(word, out var packed))
        {
            return _short.TryFind(packed, out value);
        }

        value = default!;
        return _filter.MayContain(KeyFilter.Hash(word)) && _long.TryGetValue(word, out value!);
    }
}
