using System.Collections.Frozen;
using System.Numerics;
using System.Runtime.CompilerServices;
using FramingAnalysis.Text;

namespace FramingAnalysis.Lexicons;

/// <summary>
/// Finds dictionary entries in a token stream: single words, multi-word expressions, and prefix patterns ending in
/// <c>*</c> (<c>invest*</c>, <c>human right*</c>). A word of an entry matches a token when it equals the token's folded
/// key or, for whole words, when their stems agree in the text's language. Longest entry wins. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// <para>Lookups go through frozen dictionaries with span keys: no allocation per token.</para>
/// <para>Most tokens match nothing, so every lookup is guarded by a <see cref="KeyFilter"/> (a bitset over a cheap
/// signature of the key: length, first two and last two characters) that rejects most misses without hashing the whole
/// key. Keys and stems share one dictionary, so a token whose stem equals its key is looked up once; prefix patterns are
/// tried only at the lengths that some pattern starting with the key's first two characters has.</para>
/// </remarks>
/// <typeparam name="T">What an entry carries (a weight, a cue type, a frame id).</typeparam>
internal sealed class PhraseMatcher<T>
{
    /// <summary>Prefix lengths that fit in the bit masks of <see cref="_prefixLengthsByStart"/>: 2 to 31.</summary>
    private const int MaxMaskedPrefixLength = 31;

    /// <summary>Slots of <see cref="_prefixLengthsByStart"/>: 5 bits of each of the first two characters.</summary>
    private const int StartSlots = 1024;

    private readonly FrozenDictionary<string, Slot> _words;
    private readonly FrozenDictionary<string, Slot>.AlternateLookup<ReadOnlySpan<char>> _wordLookup;
    private readonly KeyFilter _wordFilter;
    private readonly FrozenDictionary<string, Candidate> _byPrefix;
    private readonly FrozenDictionary<string, Candidate>.AlternateLookup<ReadOnlySpan<char>> _prefixLookup;
    private readonly KeyFilter _prefixFilter;
    private readonly uint[] _prefixLengthsByStart;
    private readonly int[] _longPrefixLengths;
    private readonly int[] _shortPrefixLengths;
    private readonly bool _hasPrefixes;
    private readonly bool _useStems;

    /// <summary>One entry: its words (folded), whether the last word is a prefix, the stems, and the payload.</summary>
    internal sealed record Candidate(string Text, string[] Words, string[] Stems, bool LastIsPrefix, T Payload)
    {
        /// <summary>Whether the first word is a determiner, after which modifiers may stand (see <see cref="MaxModifierGap"/>).</summary>
        internal bool LeadingDeterminer { get; } = IsDeterminer(Words[0]);

        /// <summary>
        /// The first characters of the second word and of its stem as bits of a character mask (see <see cref="CharBit"/>);
        /// every bit when either is empty (it matches anything), 0 for a one-word entry.
        /// </summary>
        internal ulong SecondWordBits { get; } = Words.Length < 2 ? 0 : FirstCharBits(Words[1]) | FirstCharBits(Stems[1]);

        private static ulong FirstCharBits(string word) => word.Length == 0 ? ulong.MaxValue : CharBit(word[0]);
    }

    /// <summary>The entries whose first word is a string (<see cref="ByKey"/>) or whose first stem is it (<see cref="ByStem"/>), longest first.</summary>
    private sealed class Slot
    {
        /// <summary>Entries whose first folded word is the string.</summary>
        public Candidate[] ByKey { get; init; } = [];

        /// <summary>Entries whose first word's stem is the string.</summary>
        public Candidate[] ByStem { get; init; } = [];
    }

    /// <param name="entries">The phrases and their payloads.</param>
    /// <param name="stemmer">The stemmer of the language, for inflection-aware matching.</param>
    /// <param name="useStems">Whether whole words also match through their stems. Cue lists whose authors mark every
    /// intended inflection with <c>*</c> turn this off, so that <c>humane</c> never matches <c>human</c>.</param>
    public PhraseMatcher(IEnumerable<(string Phrase, T Payload)> entries, IStemmer stemmer, bool useStems = true)
    {
        _useStems = useStems;
        var byKey = new Dictionary<string, List<Candidate>>(StringComparer.Ordinal);
        var byStem = new Dictionary<string, List<Candidate>>(StringComparer.Ordinal);
        var byPrefix = new Dictionary<string, Candidate>(StringComparer.Ordinal);
        Span<char> buffer = stackalloc char[512];
        foreach (var (phrase, payload) in entries)
        {
            var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (words.Length == 0)
            {
                continue;
            }

            var lastIsPrefix = words[^1].Length > 1 && words[^1].EndsWith('*');
            if (lastIsPrefix)
            {
                words[^1] = words[^1][..^1];
            }

            var stems = new string[words.Length];
            for (var i = 0; i < words.Length; i++)
            {
                words[i] = TermNormalizer.StripPossessive(TermNormalizer.Fold(words[i]).AsSpan()).ToString();
                var n = words[i].Length <= 200 ? stemmer.Stem(words[i], buffer) : 0;
                stems[i] = n > 0 ? buffer[..n].ToString() : words[i];
            }

            var candidate = new Candidate(phrase, words, stems, lastIsPrefix, payload);
            if (words.Length == 1 && lastIsPrefix)
            {
                // Only the first pattern of a prefix is ever reported.
                byPrefix.TryAdd(words[0], candidate);
            }
            else
            {
                Add(byKey, words[0], candidate);
                Add(byStem, stems[0], candidate);
            }

            Count++;
        }

        var slots = new Dictionary<string, Slot>(StringComparer.Ordinal);
        foreach (var key in byKey.Keys.Concat(byStem.Keys))
        {
            if (!slots.ContainsKey(key))
            {
                slots[key] = new Slot
                {
                    ByKey = byKey.TryGetValue(key, out var k) ? Longest(k) : [],
                    ByStem = byStem.TryGetValue(key, out var s) ? Longest(s) : [],
                };
            }
        }

        _words = slots.ToFrozenDictionary(StringComparer.Ordinal);
        _wordLookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
        _wordFilter = new KeyFilter(_words.Keys);
        _byPrefix = byPrefix.ToFrozenDictionary(StringComparer.Ordinal);
        _prefixLookup = _byPrefix.GetAlternateLookup<ReadOnlySpan<char>>();
        _prefixFilter = new KeyFilter(_byPrefix.Keys);
        _hasPrefixes = _byPrefix.Count > 0;
        _prefixLengthsByStart = _hasPrefixes ? new uint[StartSlots] : [];
        var lengths = new SortedSet<int>();
        foreach (var prefix in _byPrefix.Keys)
        {
            if (prefix.Length is >= 2 and <= MaxMaskedPrefixLength)
            {
                _prefixLengthsByStart[StartSlot(prefix[0], prefix[1])] |= 1u << prefix.Length;
            }
            else
            {
                lengths.Add(prefix.Length);
            }
        }

        _longPrefixLengths = lengths.Where(l => l > MaxMaskedPrefixLength).OrderDescending().ToArray();
        _shortPrefixLengths = lengths.Where(l => l < 2).OrderDescending().ToArray();
    }

    /// <summary>How many entries the matcher holds.</summary>
    public int Count { get; }

    /// <summary>
    /// How many words may stand between a leading determiner of an entry and the rest of it (0 = none, the default).
    /// Target aliases use 2, so that modifiers inside a mention (<c>the so-called reform</c>) do not hide it.
    /// </summary>
    public int MaxModifierGap { get; init; }

    /// <summary>
    /// Tries to match an entry that starts at token <paramref name="start"/> and ends before token <paramref name="end"/>.
    /// Returns the number of tokens matched (0 when nothing matched) and the entry.
    /// </summary>
    public int Match(AnalyzedText text, int start, int end, out Candidate? match)
    {
        match = null;
        var best = 0;
        var key = text.Key(start);
        var keySlot = Find(key);
        if (keySlot is not null && keySlot.ByKey.Length > 0)
        {
            best = Best(text, start, end, keySlot.ByKey, ref match, best);
        }

        // Capitalized words are names more often than inflections: "Costa" must not match the cue "coste".
        if (_useStems && !text.TokenAt(start).Has(TokenFlags.Capitalized))
        {
            var stem = text.Stem(start);
            if (!stem.IsEmpty)
            {
                var stemSlot = stem.SequenceEqual(key) ? keySlot : Find(stem);
                if (stemSlot is not null && stemSlot.ByStem.Length > 0)
                {
                    best = Best(text, start, end, stemSlot.ByStem, ref match, best);
                }
            }
        }

        if (best == 0 && _hasPrefixes && MatchPrefix(key) is { } prefix)
        {
            match = prefix;
            return 1;
        }

        return best;
    }

    /// <summary>The slot of a key or stem, or null; most misses never reach the dictionary.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private Slot? Find(ReadOnlySpan<char> word) =>
        _wordFilter.MayContain(word) && _wordLookup.TryGetValue(word, out var slot) ? slot : null;

    /// <summary>The prefix pattern with the longest prefix of <paramref name="key"/>, or null.</summary>
    private Candidate? MatchPrefix(ReadOnlySpan<char> key)
    {
        foreach (var length in _longPrefixLengths)
        {
            if (length <= key.Length && TryPrefix(key[..length], out var found))
            {
                return found;
            }
        }

        if (key.Length >= 2)
        {
            var upTo = key.Length >= MaxMaskedPrefixLength ? uint.MaxValue : (2u << key.Length) - 1;
            var lengths = _prefixLengthsByStart[StartSlot(key[0], key[1])] & upTo;
            while (lengths != 0)
            {
                var length = 31 - BitOperations.LeadingZeroCount(lengths);
                if (TryPrefix(key[..length], out var found))
                {
                    return found;
                }

                lengths &= ~(1u << length);
            }
        }

        foreach (var length in _shortPrefixLengths)
        {
            if (length <= key.Length && TryPrefix(key[..length], out var found))
            {
                return found;
            }
        }

        return null;
    }

    private bool TryPrefix(ReadOnlySpan<char> prefix, out Candidate? found)
    {
        found = null;
        return _prefixFilter.MayContain(prefix) && _prefixLookup.TryGetValue(prefix, out found);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int StartSlot(char first, char second) => ((first & 31) << 5) | (second & 31);

    private int Best(AnalyzedText text, int start, int end, Candidate[] candidates, ref Candidate? match, int best)
    {
        var next = 0UL;
        var nextKnown = false;
        foreach (var c in candidates)
        {
            // Longest first: once an entry is no longer than the best match, none after it is.
            if (c.Words.Length <= best)
            {
                break;
            }

            if (start + c.Words.Length > end)
            {
                continue;
            }

            // A phrase whose second word starts with none of the next words' first characters cannot match: most
            // phrases of a common first word ("the", "la") are rejected here without comparing words.
            if (c.Words.Length >= 2)
            {
                if (!nextKnown)
                {
                    next = NextWordBits(text, start, end);
                    nextKnown = true;
                }

                if ((c.SecondWordBits & next) == 0)
                {
                    continue;
                }
            }

            if (Matches(text, start, 0, c, _useStems))
            {
                best = c.Words.Length;
                match = c;
                continue;
            }

            // "the reform" also matches "the controversial reform" and "la polémica reforma": a determiner, up to
            // MaxModifierGap words, then the rest of the entry.
            if (MaxModifierGap > 0 && c.Words.Length >= 2 && c.LeadingDeterminer)
            {
                for (var gap = 1; gap <= MaxModifierGap && start + c.Words.Length + gap <= end; gap++)
                {
                    if (text.TokenAt(start + gap).Kind != TokenKind.Word)
                    {
                        break;
                    }

                    if (c.Words.Length + gap > best && Matches(text, start, gap, c, _useStems))
                    {
                        best = c.Words.Length + gap;
                        match = c;
                        break;
                    }
                }
            }
        }

        return best;
    }

    /// <summary>
    /// The first characters of the keys and stems of the tokens where the second word of a phrase starting at
    /// <paramref name="start"/> may stand (right after it, or after up to <see cref="MaxModifierGap"/> modifiers).
    /// </summary>
    private ulong NextWordBits(AnalyzedText text, int start, int end)
    {
        var bits = 0UL;
        var last = Math.Min(end - 1, start + 1 + MaxModifierGap);
        for (var at = start + 1; at <= last; at++)
        {
            var key = text.Key(at);
            if (!key.IsEmpty)
            {
                bits |= CharBit(key[0]);
            }

            var stem = text.Stem(at);
            if (!stem.IsEmpty)
            {
                bits |= CharBit(stem[0]);
            }
        }

        return bits;
    }

    /// <summary>A character's bit in a 64-bit mask (its low six bits: distinct for a–z).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong CharBit(char c) => 1UL << (c & 63);

    private static bool IsDeterminer(string word) => word is "the" or "a" or "an" or "this" or "that" or "el" or "la" or "los" or "las" or "un" or "una" or "este" or "esta" or "ese" or "esa";

    private static bool Matches(AnalyzedText text, int start, int gap, Candidate c, bool useStems)
    {
        for (var w = 0; w < c.Words.Length; w++)
        {
            var at = w == 0 ? start : start + w + gap;
            var key = text.Key(at);
            var word = c.Words[w].AsSpan();
            var isPrefix = c.LastIsPrefix && w == c.Words.Length - 1;
            var ok = isPrefix
                ? key.StartsWith(word, StringComparison.Ordinal)
                : key.SequenceEqual(word) || (useStems && word.Length > 3 && !text.TokenAt(at).Has(TokenFlags.Capitalized) && text.Stem(at).SequenceEqual(c.Stems[w]));
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    private static void Add(Dictionary<string, List<Candidate>> map, string key, Candidate c)
    {
        if (!map.TryGetValue(key, out var list))
        {
            list = [];
            map[key] = list;
        }

        list.Add(c);
    }

    /// <summary>The entries longest first; entries of one length keep their order (a stable sort).</summary>
    private static Candidate[] Longest(List<Candidate> candidates) => candidates.OrderByDescending(c => c.Words.Length).ToArray();

    /// <summary>
    /// A one-sided filter over a set of strings: <see cref="MayContain"/> is false only for strings outside the set. It
    /// hashes the length and at most four characters (first two, last two), so a miss costs a few instructions instead
    /// of a dictionary lookup. About 16 bits per string keep false positives to a few percent.
    /// </summary>
    private sealed class KeyFilter
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

        /// <summary>False when <paramref name="key"/> is certainly not in the set.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool MayContain(ReadOnlySpan<char> key)
        {
            var h = Hash(key) >> _shift;
            return (_bits[h >> 6] & (1UL << (int)h)) != 0;
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static uint Hash(ReadOnlySpan<char> s)
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
}
