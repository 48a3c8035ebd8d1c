using System.Runtime.InteropServices;
using System.Text;
using FramingAnalysis.Text;

namespace FramingAnalysis.Comparison;

/// <summary>
/// Counts the words and adjacent word pairs of one group in one language, for distinctive language. Words get dense ids
/// the first time they are seen (one string each); a pair is counted under its two ids, so no pair string exists until
/// <see cref="ToDictionary(int)"/> writes the pairs that are kept out as <c>"first second"</c>.
/// </summary>
/// <remarks>
/// <para>
/// Written forms: besides its folded key, each word remembers how it was written, lower-cased with accents kept
/// (<c>Cárceles</c> → <c>cárceles</c>), so that reports can show <c>cárceles</c> rather than the key <c>carceles</c>
/// (<see cref="WrittenForm"/>). Only forms that differ from the key are stored, one count per (word, form): an ASCII
/// word costs nothing, and the forms of one key are its accent variants, a handful at most. The counts merge like the
/// word counts, so the form chosen does not depend on the order of adding or merging.
/// </para>
/// <para>
/// Cost: one span lookup per word and one 64-bit key lookup per pair (plus one span lookup per non-ASCII word whose
/// lower-cased form differs from its key); memory grows with the distinct words and pairs, not with the number of
/// articles. Not thread-safe: one counter per thread, then <see cref="Merge"/>.
/// </para>
/// </remarks>
internal sealed partial class TermCounter
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

    // Per word id, the counts of its written forms that differ from the key: most words have none, an accented word
    // usually one (kept inline here), and only a word written several ways gets a table of the others.
    private readonly Dictionary<int, (string Form, int Count)> _form = [];
    private readonly Dictionary<int, Dictionary<string, int>> _moreForms = [];

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

    /// <summary>
    /// Counts one occurrence of <paramref name="word"/> (a folded key) written as <paramref name="written"/> (the token's
    /// text, or any text whose lower-cased start folds to the key, such as a possessive <c>Cárcel's</c>), and returns
    /// the word's id. The written form is remembered only when its lower-cased start differs from the key.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="word"/> contains a space.</exception>
    public int AddWord(ReadOnlySpan<char> word, ReadOnlySpan<char> written)
    {
        var id = AddWord(word);
        if (Ascii.IsValid(written) || written.Length < word.Length || word.Length > 64)
        {
            // ASCII folds by lower-casing alone, so its lower-cased start is the key; long words keep the key form.
            return id;
        }

        Span<char> lower = stackalloc char[word.Length];
        written[..word.Length].ToLowerInvariant(lower);
        if (lower.SequenceEqual(word))
        {
            return id;
        }

        Span<char> folded = stackalloc char[word.Length * TermNormalizer.MaxExpansion];
        if (!folded[..TermNormalizer.Fold(lower, folded)].SequenceEqual(word))
        {
            // The form is not one character per key character (a combining mark, ß, a dropped soft hyphen): keep the key.
            return id;
        }

        ref var first = ref CollectionsMarshal.GetValueRefOrAddDefault(_form, id, out var exists);
        if (!exists)
        {
            first = (lower.ToString(), 1);
        }
        else if (lower.SequenceEqual(first.Form))
        {
            first.Count++;
        }
        else
        {
            if (!_moreForms.TryGetValue(id, out var more))
            {
                _moreForms[id] = more = new Dictionary<string, int>(StringComparer.Ordinal);
            }

            CollectionsMarshal.GetValueRefOrAddDefault(more.GetAlternateLookup<ReadOnlySpan<char>>(), lower, out _)++;
        }

        return id;
    }

    /// <summary>
    /// The most frequent written form of a term counted here (a word, or a pair <c>"first second"</c>, whose form is the
    /// forms of its two words), lower-cased with accents kept; the term itself when it was not counted. Ties go to the
    /// ordinal-largest form, which prefers accented letters to bare ones (text loses accents, in capitals and on some
    /// keyboards, more often than it gains them), so the choice depends only on the counts.
    /// </summary>
    public string WrittenForm(string term)
    {
        ArgumentNullException.ThrowIfNull(term);
        var space = term.IndexOf(' ', StringComparison.Ordinal);
        if (space < 0)
        {
            return _ids.TryGetValue(term, out var id) ? WordForm(id) : term;
        }

        var first = term[..space];
        var second = term[(space + 1)..];
        return string.Concat(_ids.TryGetValue(first, out var a) ? WordForm(a) : first, " ", _ids.TryGetValue(second, out var b) ? WordForm(b) : second);
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

        foreach (var (otherId, (form, count)) in other._form)
        {
            AddForm(map[otherId], form, count);
        }

        foreach (var (otherId, forms) in other._moreForms)
        {
            foreach (var (form, count) in forms)
            {
                AddForm(map[otherId], form, count);
            }
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

    // The most frequent form of a word: the key itself, counted as the occurrences no stored form took, or a stored form.
    private string WordForm(int id)
    {
        var best = _words[id];
        if (!_form.TryGetValue(id, out var first))
        {
            return best;
        }

        var more = _moreForms.GetValueOrDefault(id);
        var bestCount = _counts[id] - first.Count - (more?.Values.Sum() ?? 0);
        Consider(first.Form, first.Count, ref best, ref bestCount);
        if (more is not null)
        {
            foreach (var (form, count) in more)
            {
                Consider(form, count, ref best, ref bestCount);
            }
        }

        return best;

        static void Consider(string form, int count, ref string best, ref int bestCount)
        {
            if (count > bestCount || (count == bestCount && string.CompareOrdinal(form, best) > 0))
            {
                best = form;
                bestCount = count;
            }
        }
    }

    // Adds count occurrences of a form that differs from the word's key (from another counter's Merge).
    private void AddForm(int id, string form, int count)
    {
        ref var first = ref CollectionsMarshal.GetValueRefOrAddDefault(_form, id, out var exists);
        if (!exists)
        {
            first = (form, count);
        }
        else if (string.Equals(first.Form, form, StringComparison.Ordinal))
        {
            first.Count += count;
        }
        else
        {
            if (!_moreForms.TryGetValue(id, out var more))
            {
                _moreForms[id] = more = new Dictionary<string, int>(StringComparer.Ordinal);
            }

            CollectionsMarshal.GetValueRefOrAddDefault(more, form, out _) += count;
        }
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
