using System.Collections.Frozen;
using System.Numerics;
using System.Runtime.CompilerServices;
using FramingAnalysis.Internal;
using FramingAnalysis.Languages;
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
/// tried only at the lengths that some pattern starting with the key's first four characters has.</para>
/// </remarks>
/// <typeparam name="T">What an entry carries (a weight, a cue type, a frame id).</typeparam>
internal sealed class PhraseMatcher<T>
{
    /// <summary>
    /// How many leading characters of a key select the prefix lengths to try (<see cref="_prefixLengthsByStart"/>).
    /// Patterns shorter than this are tried at every key; the built-in lists have none.
    /// </summary>
    private const int PrefixStart = TokenHashes.PrefixStart;

    /// <summary>Prefix lengths that fit in the bit masks of <see cref="_prefixLengthsByStart"/>: <see cref="PrefixStart"/> to 31.</summary>
    private const int MaxMaskedPrefixLength = 31;

    /// <summary>Slots of <see cref="_prefixLengthsByStart"/>, indexed by the top bits of <see cref="TokenProbe.PrefixHash"/>.</summary>
    private const int StartSlots = 2048;

    /// <summary>The shift that takes <see cref="TokenProbe.PrefixHash"/> to a slot of <see cref="_prefixLengthsByStart"/>.</summary>
    private const int StartShift = 21;

    private readonly FrozenDictionary<string, Slot> _words;
    private readonly WordLookup<Slot> _wordLookup;
    private readonly KeyFilter _wordFilter;
    private readonly ulong[] _secondWords;
    private readonly int _secondWordsShift;
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
        /// <summary>Whether the first word is a determiner of a registered pack (<see cref="LanguagePack.PhraseDeterminers"/>), after which modifiers may stand (see <see cref="MaxModifierGap"/>).</summary>
        internal bool LeadingDeterminer { get; } = LanguagePacks.IsPhraseDeterminer(Words[0]);

        /// <summary>
        /// The text at <paramref name="start"/>..<paramref name="end"/> of <paramref name="text"/>, for evidence: the
        /// entry's own <see cref="Text"/> when the characters are the same (no new string), otherwise a new string.
        /// </summary>
        internal string TextOf(string text, int start, int end) =>
            text.AsSpan(start, end - start).SequenceEqual(Text) ? Text : text[start..end];
    }

    /// <summary>
    /// Entries that start with the same word, longest first (a stable order: entries of one length keep the order of
    /// the lexicon), with their lengths and second-word signatures in arrays of their own, so that the entries that
    /// cannot match are skipped without touching them.
    /// </summary>
    private sealed class CandidateList
    {
        /// <summary>The list with no entries.</summary>
        public static readonly CandidateList Empty = new([]);

        /// <summary>Makes the list of <paramref name="items"/>, which are already longest first.</summary>
        public CandidateList(Candidate[] items)
        {
            Items = items;
            Lengths = Array.ConvertAll(items, c => c.Words.Length);
            SecondWordBits = Array.ConvertAll(items, SecondWordSignature);
        }

        /// <summary>The entries.</summary>
        public Candidate[] Items { get; }

        /// <summary>The number of words of each entry.</summary>
        public int[] Lengths { get; }

        /// <summary>
        /// Per entry, the bits (see <see cref="TokenHashes.PairBit"/>) that a token must have for the entry's second word to match
        /// it by key, prefix or stem; 0 for a one-word entry, every bit when the second word could match anything.
        /// </summary>
        public ulong[] SecondWordBits { get; }

        /// <summary>Whether the list is empty.</summary>
        public bool IsEmpty => Items.Length == 0;

        private static ulong SecondWordSignature(Candidate c)
        {
            if (c.Words.Length < 2)
            {
                return 0;
            }

            var word = c.Words[1];
            var stem = c.Stems[1];

            // A one-letter prefix ("x*") fixes only the first character of the key: any pair may follow.
            var anyKey = word.Length == 0 || (word.Length == 1 && c.LastIsPrefix && c.Words.Length == 2);
            return (anyKey ? ulong.MaxValue : TokenHashes.PairBit(word)) | (stem.Length == 0 ? ulong.MaxValue : TokenHashes.PairBit(stem));
        }
    }

    /// <summary>The entries whose first word is a string (<see cref="ByKey"/>) or whose first stem is it (<see cref="ByStem"/>).</summary>
    private sealed class Slot
    {
        /// <summary>Entries whose first folded word is the string.</summary>
        public CandidateList ByKey { get; init; } = CandidateList.Empty;

        /// <summary>Entries whose first word's stem is the string.</summary>
        public CandidateList ByStem { get; init; } = CandidateList.Empty;

        /// <summary>
        /// <see cref="ByStem"/> without the entries of <see cref="ByKey"/>: what is left to try when a token's stem is its
        /// key. Trying an entry again after <see cref="ByKey"/> cannot change the match (the best length only grows).
        /// </summary>
        public CandidateList ByStemNotKey { get; init; } = CandidateList.Empty;
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
                var keyed = byKey.TryGetValue(key, out var k) ? Longest(k) : [];
                var stemmed = byStem.TryGetValue(key, out var s) ? Longest(s) : [];
                slots[key] = new Slot
                {
                    ByKey = new CandidateList(keyed),
                    ByStem = new CandidateList(stemmed),
                    ByStemNotKey = new CandidateList(Array.FindAll(stemmed, c => !Array.Exists(keyed, x => ReferenceEquals(x, c)))),
                };
            }
        }

        _words = slots.ToFrozenDictionary(StringComparer.Ordinal);
        _wordLookup = new WordLookup<Slot>(_words);
        // A word whose entries all have two words or more is worth looking up only when a next token fits one of
        // their second words: "the", "la" and "de" start many phrases, and most of their occurrences start none.
        var anyNext = new List<string>();
        var secondWords = new List<(string Word, ulong Bits)>();
        foreach (var (word, slot) in slots)
        {
            var bits = 0UL;
            var any = false;
            foreach (var list in (ReadOnlySpan<CandidateList>)[slot.ByKey, slot.ByStem])
            {
                foreach (var b in list.SecondWordBits)
                {
                    any |= b is 0 or ulong.MaxValue;
                    bits |= b;
                }
            }

            if (any)
            {
                anyNext.Add(word);
            }
            else
            {
                secondWords.Add((word, bits));
            }
        }

        _wordFilter = new KeyFilter(anyNext);
        var size = 1024;
        while (size < secondWords.Count * 32 && size < (1 << 20))
        {
            size <<= 1;
        }

        _secondWords = new ulong[size];
        _secondWordsShift = 32 - BitOperations.Log2((uint)size);
        foreach (var (word, bits) in secondWords)
        {
            _secondWords[KeyFilter.Hash(word) >> _secondWordsShift] |= bits;
        }

        _byPrefix = byPrefix.ToFrozenDictionary(StringComparer.Ordinal);
        _prefixLookup = _byPrefix.GetAlternateLookup<ReadOnlySpan<char>>();
        _prefixFilter = new KeyFilter(_byPrefix.Keys);
        _hasPrefixes = _byPrefix.Count > 0;
        _prefixLengthsByStart = _hasPrefixes ? new uint[StartSlots] : [];
        var lengths = new SortedSet<int>();
        foreach (var prefix in _byPrefix.Keys)
        {
            if (prefix.Length is >= PrefixStart and <= MaxMaskedPrefixLength)
            {
                _prefixLengthsByStart[TokenHashes.StartHash(prefix) >> StartShift] |= 1u << prefix.Length;
            }
            else
            {
                lengths.Add(prefix.Length);
            }
        }

        _longPrefixLengths = lengths.Where(l => l > MaxMaskedPrefixLength).OrderDescending().ToArray();
        _shortPrefixLengths = lengths.Where(l => l < PrefixStart).OrderDescending().ToArray();
    }

    /// <summary>How many entries the matcher holds.</summary>
    public int Count { get; }

    /// <summary>
    /// How many words may stand between a leading determiner of an entry and the rest of it (0 = none, the default).
    /// Target aliases use 2, so that modifiers inside a mention (<c>the so-called reform</c>) do not hide it.
    /// </summary>
    public int MaxModifierGap { get; init; }

    /// <summary>
    /// The folded first words under which entries are found, for callers that fold this matcher's lookups into one
    /// table of their own: <see cref="Match(AnalyzedText, int, int, out Candidate?)"/> can only succeed at a token whose key is here, or whose stem is in
    /// <see cref="HeadStems"/>, or when <see cref="HasPrefixEntries"/>. Cost: a pass over the table (construction time).
    /// </summary>
    internal IEnumerable<string> HeadKeys => _words.Where(kv => !kv.Value.ByKey.IsEmpty).Select(kv => kv.Key);

    /// <summary>The stems of first words under which entries are found (empty when stems are not used).</summary>
    internal IEnumerable<string> HeadStems => _useStems ? _words.Where(kv => !kv.Value.ByStem.IsEmpty).Select(kv => kv.Key) : [];

    /// <summary>Whether single-word prefix entries (<c>invest*</c>) exist, which can match any key.</summary>
    internal bool HasPrefixEntries => _hasPrefixes;

    /// <summary>
    /// Tries to match an entry that starts at token <paramref name="start"/> and ends before token <paramref name="end"/>.
    /// Returns the number of tokens matched (0 when nothing matched) and the entry.
    /// </summary>
    public int Match(AnalyzedText text, int start, int end, out Candidate? match) =>
        Match(text, start, end, new TokenProbe(text, start), out match);

    /// <summary>
    /// <see cref="Match(AnalyzedText, int, int, out Candidate?)"/> with the token already read: callers that run several
    /// matchers at each token read it once.
    /// </summary>
    public int Match(AnalyzedText text, int start, int end, scoped in TokenProbe probe, out Candidate? match)
    {
        match = null;
        var best = 0;
        var next = default(NextWords);
        var keySlot = Find(probe.Key, probe.KeyHash, text, start, end, ref next);
        if (keySlot is not null && !keySlot.ByKey.IsEmpty)
        {
            best = Best(text, start, end, keySlot.ByKey, ref match, best, ref next);
        }

        // Capitalized words are names more often than inflections: "Costa" must not match the cue "coste".
        if (_useStems && !probe.Capitalized && !probe.Stem.IsEmpty)
        {
            var stemmed = probe.StemIsKey ? keySlot?.ByStemNotKey : Find(probe.Stem, probe.StemHash, text, start, end, ref next)?.ByStem;
            if (stemmed is { IsEmpty: false })
            {
                best = Best(text, start, end, stemmed, ref match, best, ref next);
            }
        }

        if (best == 0 && _hasPrefixes && MatchPrefix(probe.Key, probe.PrefixHash) is { } prefix)
        {
            match = prefix;
            return 1;
        }

        return best;
    }

    /// <summary>
    /// The slot of a key or stem (<paramref name="word"/>, whose filter hash is <paramref name="hash"/>) at token
    /// <paramref name="start"/>, or null. Most misses never reach the dictionary: a word is looked up when it may have
    /// a one-word entry (or one whose second word matches anything), or when the next tokens fit the second word of
    /// one of its phrases.
    /// </summary>
    private Slot? Find(ReadOnlySpan<char> word, uint hash, AnalyzedText text, int start, int end, ref NextWords next)
    {
        if (!_wordFilter.MayContain(hash))
        {
            var second = _secondWords[hash >> _secondWordsShift];
            if (second == 0 || !next.Fits(second, this, text, start, end))
            {
                return null;
            }
        }

        return _wordLookup.TryGetValue(word, out var slot) ? slot : null;
    }

    /// <summary>The prefix pattern with the longest prefix of <paramref name="key"/> (<paramref name="startHash"/>: its <see cref="TokenProbe.PrefixHash"/>), or null.</summary>
    private Candidate? MatchPrefix(ReadOnlySpan<char> key, uint startHash)
    {
        foreach (var length in _longPrefixLengths)
        {
            if (length <= key.Length && TryPrefix(key[..length], out var found))
            {
                return found;
            }
        }

        if (key.Length >= PrefixStart)
        {
            var upTo = key.Length >= MaxMaskedPrefixLength ? uint.MaxValue : (2u << key.Length) - 1;
            var lengths = _prefixLengthsByStart[startHash >> StartShift] & upTo;
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
        return _prefixFilter.MayContain(KeyFilter.Hash(prefix)) && _prefixLookup.TryGetValue(prefix, out found);
    }

    private int Best(AnalyzedText text, int start, int end, CandidateList candidates, ref Candidate? match, int best, ref NextWords next)
    {
        var lengths = candidates.Lengths;
        var secondWordBits = candidates.SecondWordBits;
        for (var i = 0; i < lengths.Length; i++)
        {
            // Longest first: once an entry is no longer than the best match, none after it is.
            var length = lengths[i];
            if (length <= best)
            {
                break;
            }

            if (start + length > end)
            {
                continue;
            }

            // A phrase whose second word fits none of the next tokens cannot match: most phrases of a common first
            // word ("the", "la") are rejected here without comparing words.
            if (length >= 2 && !next.Fits(secondWordBits[i], this, text, start, end))
            {
                continue;
            }

            var c = candidates.Items[i];
            if (Matches(text, start, 0, c, _useStems))
            {
                best = length;
                match = c;
                continue;
            }

            // "the reform" also matches "the controversial reform" and "la polémica reforma": a determiner, up to
            // MaxModifierGap words, then the rest of the entry.
            if (MaxModifierGap > 0 && length >= 2 && c.LeadingDeterminer)
            {
                for (var gap = 1; gap <= MaxModifierGap && start + length + gap <= end; gap++)
                {
                    if (text.TokenAt(start + gap).Kind != TokenKind.Word)
                    {
                        break;
                    }

                    if (length + gap > best && Matches(text, start, gap, c, _useStems))
                    {
                        best = length + gap;
                        match = c;
                        break;
                    }
                }
            }
        }

        return best;
    }

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
    /// The signature bits (see <see cref="TokenHashes.PairBit"/>) of the keys and stems of the tokens where the second word of a
    /// phrase starting at a token may stand: right after it, or after up to <see cref="MaxModifierGap"/> modifiers
    /// (words). Read one token at a time, only as far as a question needs.
    /// </summary>
    private struct NextWords
    {
        private ulong _bits;
        private int _gap;
        private bool _done;

        /// <summary>Whether a token where a second word may stand has one of the bits of <paramref name="mask"/>.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool Fits(ulong mask, PhraseMatcher<T> matcher, AnalyzedText text, int start, int end) =>
            (_bits & mask) != 0 || (!_done && FitsFurther(mask, matcher, text, start, end));

        private bool FitsFurther(ulong mask, PhraseMatcher<T> matcher, AnalyzedText text, int start, int end)
        {
            while (!_done)
            {
                // The second word after _gap modifiers; every modifier must be a word (see Best).
                var at = start + 1 + _gap;
                if (_gap > matcher.MaxModifierGap || at >= end || (_gap > 0 && text.TokenAt(at - 1).Kind != TokenKind.Word))
                {
                    _done = true;
                    break;
                }

                _bits |= text.HashesAt(at).PairBits;
                _gap++;
                if ((_bits & mask) != 0)
                {
                    return true;
                }
            }

            return false;
        }
    }
}

/// <summary>
/// What the matchers read of one token: its key and stem, their <see cref="KeyFilter"/> hashes, whether the stem is
/// the key, whether the token is capitalized, and the hash of its first characters that selects prefix lengths. The
/// hashes are read from the text stage's <see cref="TokenHashes"/>; a probe is made once per token, so that several
/// matchers looking at the same token (a scorer's aliases and cues) share the reads.
/// </summary>
internal readonly ref struct TokenProbe
{
    /// <summary>Reads token <paramref name="index"/> of <paramref name="text"/> (its hashes come from the text stage).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public TokenProbe(AnalyzedText text, int index)
    {
        Key = text.Key(index);
        Stem = text.Stem(index);
        Capitalized = text.TokenAt(index).Has(TokenFlags.Capitalized);
        StemIsKey = text.StemIsKey(index);
        ref readonly var hashes = ref text.HashesAt(index);
        KeyHash = hashes.KeyHash;
        StemHash = hashes.StemHash;
        PrefixHash = hashes.PrefixHash;
    }

    /// <summary>The token's folded key.</summary>
    public ReadOnlySpan<char> Key { get; }

    /// <summary>The token's stem.</summary>
    public ReadOnlySpan<char> Stem { get; }

    /// <summary>Whether the token is capitalized (then it never matches through its stem).</summary>
    public bool Capitalized { get; }

    /// <summary>The filter hash of <see cref="Key"/>.</summary>
    public uint KeyHash { get; }

    /// <summary>Whether <see cref="Stem"/> has the same characters as <see cref="Key"/>.</summary>
    public bool StemIsKey { get; }

    /// <summary>The filter hash of <see cref="Stem"/>.</summary>
    public uint StemHash { get; }

    /// <summary>A hash of the first <see cref="TokenHashes.PrefixStart"/> characters of <see cref="Key"/> (0 when it is shorter).</summary>
    public uint PrefixHash { get; }
}
