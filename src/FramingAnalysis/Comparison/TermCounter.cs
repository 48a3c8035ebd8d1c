using System.Runtime.InteropServices;

namespace FramingAnalysis.Comparison;

/// <summary>
/// Counts the words and adjacent word pairs of one group in one language, for distinctive language. Words get dense ids
/// the first time they are seen (one string each); a pair is counted under its two ids, so no pair string exists until
/// <see cref="ToDictionary"/> writes them out as <c>"first second"</c>.
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

    /// <summary>Counts one occurrence of <paramref name="word"/> and returns its id (a string is made the first time only).</summary>
    public int AddWord(ReadOnlySpan<char> word)
    {
        ref var id = ref CollectionsMarshal.GetValueRefOrAddDefault(_lookup, word, out var exists);
        if (!exists)
        {
            id = _words.Count;
            _words.Add(word.ToString());
            _counts.Add(0);
        }

        CollectionsMarshal.AsSpan(_counts)[id]++;
        Total++;
        return id;
    }

    /// <summary>Counts one occurrence of the pair of words with ids <paramref name="first"/> and <paramref name="second"/>.</summary>
    public void AddPair(int first, int second) => AddPair(first, second, 1);

    /// <summary>Adds everything <paramref name="other"/> counted (it is not changed).</summary>
    public void Merge(TermCounter other)
    {
        var map = new int[other._words.Count];
        for (var i = 0; i < map.Length; i++)
        {
            ref var id = ref CollectionsMarshal.GetValueRefOrAddDefault(_ids, other._words[i], out var exists);
            if (!exists)
            {
                id = _words.Count;
                _words.Add(other._words[i]);
                _counts.Add(0);
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
    }

    /// <summary>
    /// The counts by term: each word, and each pair as its two words joined by a space. Cost: a string per pair; made for
    /// the statistics, once per group and language.
    /// </summary>
    public Dictionary<string, int> ToDictionary()
    {
        var result = new Dictionary<string, int>(_words.Count + _pairs.Count, StringComparer.Ordinal);
        for (var i = 0; i < _words.Count; i++)
        {
            CollectionsMarshal.GetValueRefOrAddDefault(result, _words[i], out _) += _counts[i];
        }

        foreach (var (key, count) in _pairs)
        {
            var (a, b) = Split(key);
            CollectionsMarshal.GetValueRefOrAddDefault(result, string.Concat(_words[a], " ", _words[b]), out _) += count;
        }

        return result;
    }

    private void AddPair(int first, int second, int count)
    {
        var key = unchecked((long)((((ulong)(uint)first << 32) | (uint)second) * Mix));
        CollectionsMarshal.GetValueRefOrAddDefault(_pairs, key, out _) += count;
        Total += count;
    }

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
