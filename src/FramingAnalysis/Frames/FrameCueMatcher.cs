using System.Collections.Frozen;
using System.Numerics;
using FramingAnalysis.Internal;
using FramingAnalysis.Text;

namespace FramingAnalysis.Frames;

/// <summary>
/// Finds the cues of a frame set in one language's token stream, each word of a cue matching the way the cue says
/// (see <see cref="FrameCueSyntax"/>): an exact word, a stem of the language (<c>word~</c>), or a prefix
/// (<c>word*</c>, last word only); a one-word cue written in lower case never matches a name (a capitalized word inside
/// a sentence). Longest cue wins; at equal length an exact or stem match beats a prefix. Immutable and thread-safe;
/// lookups allocate nothing.
/// </summary>
/// <remarks>
/// Lookups go through <see cref="WordLookup{T}"/> with the hashes the text stage worked out for each token, so most
/// tokens (which match nothing) cost a few bit tests. Prefix cues are tried only at the lengths that some prefix starting
/// with the token's first four characters has.
/// </remarks>
internal sealed class FrameCueMatcher
{
    private const int PrefixStart = TokenHashes.PrefixStart;
    private const int MaxMaskedPrefixLength = 31;
    private const int StartSlots = 2048;
    private const int StartShift = 21;

    private readonly WordLookup<FrameCueEntry[]> _byKey;
    private readonly WordLookup<FrameCueEntry[]> _byStem;
    private readonly bool _hasStems;
    private readonly FrozenDictionary<string, PrefixSlot>.AlternateLookup<ReadOnlySpan<char>> _prefixLookup;
    private readonly KeyFilter _prefixFilter;
    private readonly uint[] _prefixLengthsByStart;
    private readonly int[] _otherPrefixLengths;
    private readonly bool _hasPrefixes;
    private readonly IStemmer _stemmer;

    /// <summary>Builds the matcher.</summary>
    /// <param name="entries">The cues as written (<see cref="FrameCueSyntax"/>) with what each carries; a cue that does not parse is skipped.</param>
    /// <param name="stemmer">The language's stemmer, for the words marked <c>~</c>.</param>
    public FrameCueMatcher(IEnumerable<(string Cue, (int Frame, double Weight)[] Payload)> entries, IStemmer stemmer)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(stemmer);
        _stemmer = stemmer;
        var byKey = new Dictionary<string, List<FrameCueEntry>>(StringComparer.Ordinal);
        var byStem = new Dictionary<string, List<FrameCueEntry>>(StringComparer.Ordinal);
        var byPrefix = new Dictionary<string, PrefixSlot>(StringComparer.Ordinal);
        foreach (var (cue, payload) in entries)
        {
            if (FrameCueSyntax.Parse(cue, stemmer) is not { } words)
            {
                continue;
            }

            var entry = new FrameCueEntry(cue, words, payload);
            var first = words[0];
            if (words.Length == 1 && first.Mode == FrameCueMode.Prefix)
            {
                // Only the first cue of a prefix is ever reported, one written in lower case and one written as a name.
                var slot = byPrefix.GetValueOrDefault(first.Word);
                byPrefix[first.Word] = first.IsName ? slot with { Name = slot.Name ?? entry } : slot with { Common = slot.Common ?? entry };
            }
            else
            {
                Add(byKey, first.Word, entry);
                if (first.Mode == FrameCueMode.Stem)
                {
                    Add(byStem, first.Stem, entry);
                }
            }

            Count++;
        }

        _byKey = new WordLookup<FrameCueEntry[]>(byKey.ToFrozenDictionary(kv => kv.Key, kv => Longest(kv.Value), StringComparer.Ordinal));
        _byStem = new WordLookup<FrameCueEntry[]>(byStem.ToFrozenDictionary(kv => kv.Key, kv => Longest(kv.Value), StringComparer.Ordinal));
        _hasStems = byStem.Count > 0;
        var prefixes = byPrefix.ToFrozenDictionary(StringComparer.Ordinal);
        _prefixLookup = prefixes.GetAlternateLookup<ReadOnlySpan<char>>();
        _prefixFilter = new KeyFilter(prefixes.Keys);
        _hasPrefixes = prefixes.Count > 0;
        _prefixLengthsByStart = new uint[StartSlots];
        var other = new SortedSet<int>();
        foreach (var prefix in prefixes.Keys)
        {
            if (prefix.Length is >= PrefixStart and <= MaxMaskedPrefixLength)
            {
                _prefixLengthsByStart[TokenHashes.StartHash(prefix) >> StartShift] |= 1u << prefix.Length;
            }
            else
            {
                other.Add(prefix.Length);
            }
        }

        _otherPrefixLengths = [.. other.Reverse()];
    }

    /// <summary>How many cues the matcher holds.</summary>
    public int Count { get; }

    /// <summary>
    /// The longest cue that starts at token <paramref name="start"/> and ends before token <paramref name="end"/>, and
    /// its length in tokens (0 when none matches).
    /// </summary>
    /// <param name="text">The analyzed text.</param>
    /// <param name="start">The first token.</param>
    /// <param name="end">One past the last token a cue may cover (the end of the sentence).</param>
    /// <param name="firstIsName">Whether token <paramref name="start"/> reads as a name (see <see cref="SentenceCasing"/>).</param>
    /// <param name="match">The cue, or null.</param>
    public int Match(AnalyzedText text, int start, int end, bool firstIsName, out FrameCueEntry? match)
    {
        match = null;
        var best = 0;
        var key = text.Key(start);
        ref readonly var hashes = ref text.HashesAt(start);
        if (_byKey.TryGetValue(key, hashes.KeyHash, out var keyed))
        {
            best = Best(text, start, end, firstIsName, keyed, ref match, best);
        }

        // A token whose stem is its key still looks its stem up: the cue "taxes~" (stem "tax") matches the token "tax".
        if (_hasStems && text.TokenAt(start).Kind == TokenKind.Word && text.Stem(start) is { IsEmpty: false } stem && _byStem.TryGetValue(stem, hashes.StemHash, out var stemmed))
        {
            best = Best(text, start, end, firstIsName, stemmed, ref match, best);
        }

        if (best == 0 && _hasPrefixes && MatchPrefix(key, hashes.PrefixHash, firstIsName) is { } prefix)
        {
            match = prefix;
            return 1;
        }

        return best;
    }

    /// <summary>
    /// The cues of a hashtag, added to <paramref name="found"/> as (cue, offset, length) with offsets into the text. The
    /// whole body matches a one-word cue (<c>#refugees</c> matches <c>refugee*</c>, <c>#Obamacare</c> matches
    /// <c>Obamacare</c>); otherwise a body written in camel case is read as its words (<c>#RepealObamacare</c>,
    /// <c>#WarOnWomen</c>, <c>#LGBTEquality</c>), which match cues longest first, each word once. A hashtag is never a name.
    /// </summary>
    /// <returns>How many cues were added.</returns>
    public int MatchHashtag(AnalyzedText text, int index, List<(FrameCueEntry Cue, int Start, int Length)> found)
    {
        ref readonly var token = ref text.TokenAt(index);
        var body = text.Key(index).TrimStart('#');
        var raw = text.TokenText(index);
        var skip = raw.Length - raw.TrimStart('#').Length;
        if (body.IsEmpty)
        {
            return 0;
        }

        var parts = SplitCamelCase(raw[skip..]);
        if (MatchWord(body, KeyFilter.Hash(body), prefixes: parts.Count < 2) is { } whole)
        {
            found.Add((whole, token.Start + skip, token.Length - skip));
            return 1;
        }

        if (parts.Count < 2)
        {
            return 0;
        }

        var keys = new string[parts.Count];
        var stems = new string[parts.Count];
        Span<char> buffer = stackalloc char[128];
        for (var p = 0; p < parts.Count; p++)
        {
            keys[p] = TermNormalizer.Fold(raw.Slice(skip + parts[p].Start, parts[p].Length).ToString());
            var n = keys[p].Length <= 64 ? _stemmer.Stem(keys[p], buffer) : 0;
            stems[p] = n > 0 ? buffer[..n].ToString() : keys[p];
        }

        var added = 0;
        for (var p = 0; p < keys.Length;)
        {
            var length = MatchParts(keys, stems, p, out var cue);
            if (length == 0)
            {
                p++;
                continue;
            }

            var first = parts[p];
            var last = parts[p + length - 1];
            found.Add((cue!, token.Start + skip + first.Start, last.Start + last.Length - first.Start));
            added++;
            p += length;
        }

        return added;
    }

    /// <summary>The one-word cue that a folded word matches by key or, when <paramref name="prefixes"/>, by prefix (not by stem), or null.</summary>
    private FrameCueEntry? MatchWord(ReadOnlySpan<char> word, uint hash, bool prefixes)
    {
        if (_byKey.TryGetValue(word, hash, out var keyed))
        {
            foreach (var c in keyed)
            {
                if (c.Words.Length == 1)
                {
                    return c;
                }
            }
        }

        return prefixes && _hasPrefixes ? MatchPrefix(word, word.Length >= PrefixStart ? TokenHashes.StartHash(word) : 0, isName: false) : null;
    }

    /// <summary>The longest cue over the words of a hashtag from word <paramref name="at"/>, and its length in words.</summary>
    private int MatchParts(string[] keys, string[] stems, int at, out FrameCueEntry? match)
    {
        match = null;
        var best = 0;
        if (_byKey.TryGetValue(keys[at], out var keyed))
        {
            best = BestParts(keys, stems, at, keyed, ref match, best);
        }

        if (_hasStems && _byStem.TryGetValue(stems[at], out var stemmed))
        {
            best = BestParts(keys, stems, at, stemmed, ref match, best);
        }

        if (best == 0 && _hasPrefixes && MatchPrefix(keys[at], keys[at].Length >= PrefixStart ? TokenHashes.StartHash(keys[at]) : 0, isName: false) is { } prefix)
        {
            match = prefix;
            return 1;
        }

        return best;
    }

    private static int BestParts(string[] keys, string[] stems, int at, FrameCueEntry[] candidates, ref FrameCueEntry? match, int best)
    {
        foreach (var c in candidates)
        {
            var length = c.Words.Length;
            if (length <= best)
            {
                break;
            }

            if (at + length <= keys.Length && PartsMatch(keys, stems, at, c))
            {
                best = length;
                match = c;
            }
        }

        return best;
    }

    private static bool PartsMatch(string[] keys, string[] stems, int at, FrameCueEntry c)
    {
        for (var w = 0; w < c.Words.Length; w++)
        {
            ref readonly var word = ref c.Words[w];
            var key = keys[at + w];
            var ok = word.Mode switch
            {
                FrameCueMode.Prefix => key.StartsWith(word.Word, StringComparison.Ordinal),
                FrameCueMode.Stem => key == word.Word || stems[at + w] == word.Stem,
                _ => key == word.Word,
            };
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The words of a camel-case hashtag body as (start, length): a new word starts at an upper-case letter after a
    /// lower-case letter or a digit (<c>WarOn</c>), at the last capital of a run followed by a lower-case letter
    /// (<c>LGBTEquality</c>), and where letters and digits meet (<c>Pride2016</c>). Other characters separate words.
    /// </summary>
    internal static List<(int Start, int Length)> SplitCamelCase(ReadOnlySpan<char> body)
    {
        var parts = new List<(int, int)>();
        var start = -1;
        for (var i = 0; i <= body.Length; i++)
        {
            var c = i < body.Length ? body[i] : ' ';
            if (!char.IsLetterOrDigit(c))
            {
                if (start >= 0)
                {
                    parts.Add((start, i - start));
                    start = -1;
                }

                continue;
            }

            if (start < 0)
            {
                start = i;
                continue;
            }

            var prev = body[i - 1];
            var boundary = (char.IsUpper(c) && (char.IsLower(prev) || char.IsDigit(prev)))
                || (char.IsUpper(c) && char.IsUpper(prev) && i + 1 < body.Length && char.IsLower(body[i + 1]))
                || (char.IsDigit(c) != char.IsDigit(prev));
            if (boundary)
            {
                parts.Add((start, i - start));
                start = i;
            }
        }

        return parts;
    }

    private static int Best(AnalyzedText text, int start, int end, bool firstIsName, FrameCueEntry[] candidates, ref FrameCueEntry? match, int best)
    {
        foreach (var c in candidates)
        {
            var length = c.Words.Length;
            if (length <= best)
            {
                break; // Longest first: no later candidate can beat the best.
            }

            if (start + length <= end && Matches(text, start, firstIsName, c))
            {
                best = length;
                match = c;
            }
        }

        return best;
    }

    private static bool Matches(AnalyzedText text, int start, bool firstIsName, FrameCueEntry c)
    {
        for (var w = 0; w < c.Words.Length; w++)
        {
            var at = start + w;
            ref readonly var word = ref c.Words[w];
            // Only a one-word cue is kept from names: a name that spells out a phrase cue ("the Due Process Clause",
            // "Quality of Life") is about what the phrase says.
            if (c.Words.Length == 1 && !word.IsName && firstIsName)
            {
                return false;
            }

            var key = text.Key(at);
            var ok = word.Mode switch
            {
                FrameCueMode.Prefix => key.StartsWith(word.Word, StringComparison.Ordinal),
                FrameCueMode.Stem => key.SequenceEqual(word.Word) || (text.TokenAt(at).Kind == TokenKind.Word && text.Stem(at).SequenceEqual(word.Stem)),
                _ => key.SequenceEqual(word.Word),
            };
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The one-word prefix cue with the longest prefix of <paramref name="key"/> that may match it, or null: when the
    /// token is a name (<paramref name="isName"/>), only a cue written as a name.
    /// </summary>
    private FrameCueEntry? MatchPrefix(ReadOnlySpan<char> key, uint startHash, bool isName)
    {
        if (key.Length >= PrefixStart)
        {
            var upTo = key.Length >= MaxMaskedPrefixLength ? uint.MaxValue : (2u << key.Length) - 1;
            var lengths = _prefixLengthsByStart[startHash >> StartShift] & upTo;
            while (lengths != 0)
            {
                var length = 31 - BitOperations.LeadingZeroCount(lengths);
                if (TryPrefix(key[..length], isName, out var found))
                {
                    return found;
                }

                lengths &= ~(1u << length);
            }
        }

        foreach (var length in _otherPrefixLengths)
        {
            if (length <= key.Length && TryPrefix(key[..length], isName, out var found))
            {
                return found;
            }
        }

        return null;
    }

    private bool TryPrefix(ReadOnlySpan<char> prefix, bool isName, out FrameCueEntry? found)
    {
        found = null;
        if (!_prefixFilter.MayContain(KeyFilter.Hash(prefix)) || !_prefixLookup.TryGetValue(prefix, out var slot))
        {
            return false;
        }

        found = isName ? slot.Name : slot.Common ?? slot.Name;
        return found is not null;
    }

    private static void Add(Dictionary<string, List<FrameCueEntry>> map, string key, FrameCueEntry entry)
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }

        list.Add(entry);
    }

    /// <summary>The entries longest first; entries of one length keep their order (a stable sort).</summary>
    private static FrameCueEntry[] Longest(List<FrameCueEntry> entries) => [.. entries.OrderByDescending(e => e.Words.Length)];

    /// <summary>The one-word cues of a prefix: the one written in lower case and the one written as a name (either may be missing).</summary>
    private readonly record struct PrefixSlot(FrameCueEntry? Common, FrameCueEntry? Name);
}
