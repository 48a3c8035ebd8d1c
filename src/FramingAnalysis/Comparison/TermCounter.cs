using System.Runtime.InteropServices;

namespace FramingAnalysis.Comparison;

/// <summary>
/// Counts the words and adjacent word pairs of one group in one language, for distinctive language. Words get dense ids
/// the first time they are seen (one string each); a pair is counted under its two ids, so no pair string exists until
/// <see cref="ToDictionary(int)"/> writes the pairs that are kept out as <c>"first second"</c>.
/// </summary>
/// <remarks>
/// Cost: one span lookup per word and one 64-bit key lookup per pair; memory grows with the distinct words and pairs,
/// not with the number of articles. Not thread-safe: one counter per thread, then <see cref="Merge"/>.
/// </remarks>
internal sealed class TermCounter
{
    // Pairs are keyed by (first << 32 | second) times an odd constant: a bijection on 64-bit integers, so keys stay
    // unique, while the default long hash (high half XOR low half) sees mixed bits instead of first XOR second.
    private const ulong Mix = 0x9E3779B97F4A7C15UL;
    private static readonly ulong Unmix = Inverse(Mix);

    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly List<string> _words = [];
    private readonly List<int> _counts = [];
    private readonly Dictionary<long, int> _pairs = [];

    /// <summary>Creates an empty counter.</summary>
    public TermCounter() => _lookup = _ids.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The sum of all word and pair counts.</summary>
    public long Total { get; private set; }

    /// <summary>
    /// Counts one occurrence of <paramref name="word"/> and returns its id (a string is made the first time only). A word
    /// holds no space (it is one token's key), so no pair's written form can be a word.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="word"/> contains a space.</exception>
    public int AddWord(ReadOnlySpan<char> word)
    {
        ref var id = ref CollectionsMarshal.GetValueRefOrAddDefault(_lookup, word, out var exists);
        if (!exists)
        {
            if (word.Contains(' '))
            {
                _lookup.Remove(word);
                throw new ArgumentException("A counted word cannot contain a space.", nameof(word));
            }

            id = NewWord(word.ToString());
        }

        CollectionsMarshal.AsSpan(_counts)[id]++;
        Total++;
        return id;
    }

    /// <summary>Counts one occurrence of the pair of words with ids <paramref name="first"/> and <paramref name="second"/>.</summary>
    public void AddPair(int first, int second) => AddPair(first, second, 1);

    /// <summary>Adds everything <paramref name="other"/> counted (it is not changed).</summary>
    /// <returns>For each of <paramref name="other"/>'s word ids, the id of the word here.</returns>
    public int[] Merge(TermCounter other)
    {
        var map = new int[other._words.Count];
        for (var i = 0; i < map.Length; i++)
        {
            ref var id = ref CollectionsMarshal.GetValueRefOrAddDefault(_ids, other._words[i], out var exists);
            if (!exists)
            {
                id = NewWord(other._words[i]);
            }

            CollectionsMarshal.AsSpan(_counts)[id] += other._counts[i];
            Total += other._counts[i];
            map[i] = id;
        }

        foreach (var (key, count) in other._pairs)
        {
            var (a, b) = Split(key);
            AddPair(map[a], map[b], count);
        }

        return map;
    }

    /// <summary>
    /// The counts by term, for the terms counted at least <paramref name="minCount"/> times: each word, and each pair as
    /// its two words joined by a space. Cost: a string per pair kept.
    /// </summary>
    public Dictionary<string, int> ToDictionary(int minCount = 1) => ToDictionary(this, null, minCount);

    /// <summary>
    /// This counter's counts by term (as <see cref="ToDictionary(int)"/>), for the terms that <paramref name="corpus"/>
    /// counted at least <paramref name="minCount"/> times; <paramref name="map"/> is what <paramref name="corpus"/>'s
    /// <see cref="Merge"/> of this counter returned. Only the pairs kept are written out as strings.
    /// </summary>
    public Dictionary<string, int> ToDictionary(TermCounter corpus, int[]? map, int minCount)
    {
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        var corpusCounts = CollectionsMarshal.AsSpan(corpus._counts);
        for (var i = 0; i < _words.Count; i++)
        {
            if (corpusCounts[map?[i] ?? i] >= minCount)
            {
                result.Add(_words[i], _counts[i]);
            }
        }

        foreach (var (key, count) in _pairs)
        {
            var (a, b) = Split(key);
            var kept = map is null ? count : corpus._pairs.GetValueOrDefault(Key(map[a], map[b]));
            if (kept >= minCount)
            {
                result.Add(string.Concat(_words[a], " ", _words[b]), count);
            }
        }

        return result;
    }

    // The next id, for a word just added to the lookup table; its count starts at 0.
    private int NewWord(string word)
    {
        _words.Add(word);
        _counts.Add(0);
        return _words.Count - 1;
    }

    private void AddPair(int first, int second, int count)
    {
        CollectionsMarshal.GetValueRefOrAddDefault(_pairs, Key(first, second), out _) += count;
        Total += count;
    }

    private static long Key(int first, int second) => unchecked((long)((((ulong)(uint)first << 32) | (uint)second) * Mix));

    private static (int First, int Second) Split(long key)
    {
        var packed = unchecked((ulong)key * Unmix);
        return ((int)(packed >> 32), (int)(uint)packed);
    }

    /// <summary>The multiplicative inverse of an odd number modulo 2^64 (Newton's iteration; each step doubles the correct bits).</summary>
    private static ulong Inverse(ulong odd)
    {
        var x = odd;
        for (var i = 0; i < 5; i++)
        {
            x *= 2 - (odd * x);
        }

        return x;
    }
}
