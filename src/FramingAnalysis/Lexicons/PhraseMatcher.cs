using System.Collections.Frozen;
using FramingAnalysis.Text;

namespace FramingAnalysis.Lexicons;

/// <summary>
/// Finds dictionary entries in a token stream: single words, multi-word expressions, and prefix patterns ending in
/// <c>*</c> (<c>invest*</c>, <c>human right*</c>). A word of an entry matches a token when it equals the token's folded
/// key or, for whole words, when their stems agree in the text's language. Longest entry wins. Immutable and thread-safe.
/// </summary>
/// <remarks>Lookups go through frozen dictionaries with span keys: no allocation per token.</remarks>
/// <typeparam name="T">What an entry carries (a weight, a cue type, a frame id).</typeparam>
internal sealed class PhraseMatcher<T>
{
    private readonly FrozenDictionary<string, Candidate[]> _byKey;
    private readonly FrozenDictionary<string, Candidate[]>.AlternateLookup<ReadOnlySpan<char>> _byKeyLookup;
    private readonly FrozenDictionary<string, Candidate[]> _byStem;
    private readonly FrozenDictionary<string, Candidate[]>.AlternateLookup<ReadOnlySpan<char>> _byStemLookup;
    private readonly FrozenDictionary<string, Candidate[]> _byPrefix;
    private readonly FrozenDictionary<string, Candidate[]>.AlternateLookup<ReadOnlySpan<char>> _byPrefixLookup;
    private readonly int[] _prefixLengths;
    private readonly bool _useStems;

    /// <summary>One entry: its words (folded), whether the last word is a prefix, the stems, and the payload.</summary>
    internal sealed record Candidate(string Text, string[] Words, string[] Stems, bool LastIsPrefix, T Payload);

    /// <param name="entries">The phrases and their payloads.</param>
    /// <param name="stemmer">The stemmer of the language, for inflection-aware matching.</param>
    /// <param name="useStems">Whether whole words also match through their stems. Cue lists whose authors mark every
    /// intended inflection with <c>*</c> turn this off, so that <c>humane</c> never matches <c>human</c>.</param>
    public PhraseMatcher(IEnumerable<(string Phrase, T Payload)> entries, IStemmer stemmer, bool useStems = true)
    {
        _useStems = useStems;
        var byKey = new Dictionary<string, List<Candidate>>(StringComparer.Ordinal);
        var byStem = new Dictionary<string, List<Candidate>>(StringComparer.Ordinal);
        var byPrefix = new Dictionary<string, List<Candidate>>(StringComparer.Ordinal);
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
                Add(byPrefix, words[0], candidate);
            }
            else
            {
                Add(byKey, words[0], candidate);
                if (!(words.Length == 1 && lastIsPrefix))
                {
                    Add(byStem, stems[0], candidate);
                }
            }

            Count++;
        }

        _byKey = Freeze(byKey);
        _byStem = Freeze(byStem);
        _byPrefix = Freeze(byPrefix);
        _byKeyLookup = _byKey.GetAlternateLookup<ReadOnlySpan<char>>();
        _byStemLookup = _byStem.GetAlternateLookup<ReadOnlySpan<char>>();
        _byPrefixLookup = _byPrefix.GetAlternateLookup<ReadOnlySpan<char>>();
        _prefixLengths = byPrefix.Keys.Select(k => k.Length).Distinct().Order().ToArray();
    }

    /// <summary>How many entries the matcher holds.</summary>
    public int Count { get; }

    /// <summary>
    /// The folded first words under which entries are found, for callers that fold this matcher's lookups into one
    /// table of their own: <see cref="Match"/> can only succeed at a token whose key is here, or whose stem is in
    /// <see cref="HeadStems"/>, or when <see cref="HasPrefixEntries"/>.
    /// </summary>
    internal IEnumerable<string> HeadKeys => _byKey.Keys;

    /// <summary>The stems of first words under which entries are found (empty when stems are not used).</summary>
    internal IEnumerable<string> HeadStems => _useStems ? _byStem.Keys : [];

    /// <summary>Whether single-word prefix entries (<c>invest*</c>) exist, which can match any key.</summary>
    internal bool HasPrefixEntries => _prefixLengths.Length > 0;

    /// <summary>
    /// Tries to match an entry that starts at token <paramref name="start"/> and ends before token <paramref name="end"/>.
    /// Returns the number of tokens matched (0 when nothing matched) and the entry.
    /// </summary>
    public int Match(AnalyzedText text, int start, int end, out Candidate? match)
    {
        match = null;
        var best = 0;
        if (_byKeyLookup.TryGetValue(text.Key(start), out var byKey))
        {
            best = Best(text, start, end, byKey, ref match, best, _useStems);
        }

        // Capitalized words are names more often than inflections: "Costa" must not match the cue "coste".
        var stem = text.Tokens[start].Has(TokenFlags.Capitalized) ? default : text.Stem(start);
        if (_useStems && !stem.IsEmpty && _byStemLookup.TryGetValue(stem, out var byStem))
        {
            best = Best(text, start, end, byStem, ref match, best, _useStems);
        }

        if (best == 0 && _prefixLengths.Length > 0)
        {
            var key = text.Key(start);
            for (var i = _prefixLengths.Length - 1; i >= 0; i--)
            {
                var length = _prefixLengths[i];
                if (length <= key.Length && _byPrefixLookup.TryGetValue(key[..length], out var byPrefix))
                {
                    match = byPrefix[0];
                    return 1;
                }
            }
        }

        return best;
    }

    private int Best(AnalyzedText text, int start, int end, Candidate[] candidates, ref Candidate? match, int best, bool useStems)
    {
        foreach (var c in candidates)
        {
            if (c.Words.Length <= best || start + c.Words.Length > end)
            {
                continue;
            }

            if (Matches(text, start, 0, c, useStems))
            {
                best = c.Words.Length;
                match = c;
                continue;
            }

            // "the reform" also matches "the controversial reform" and "la polémica reforma": a determiner, up to
            // MaxModifierGap words, then the rest of the entry.
            if (MaxModifierGap > 0 && c.Words.Length >= 2 && IsDeterminer(c.Words[0]))
            {
                for (var gap = 1; gap <= MaxModifierGap && start + c.Words.Length + gap <= end; gap++)
                {
                    if (text.Tokens[start + gap].Kind != TokenKind.Word)
                    {
                        break;
                    }

                    if (c.Words.Length + gap > best && Matches(text, start, gap, c, useStems))
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
    /// How many words may stand between a leading determiner of an entry and the rest of it (0 = none, the default).
    /// Target aliases use 2, so that modifiers inside a mention (<c>the so-called reform</c>) do not hide it.
    /// </summary>
    public int MaxModifierGap { get; init; }

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
                : key.SequenceEqual(word) || (useStems && word.Length > 3 && !text.Tokens[at].Has(TokenFlags.Capitalized) && text.Stem(at).SequenceEqual(c.Stems[w]));
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

    private static FrozenDictionary<string, Candidate[]> Freeze(Dictionary<string, List<Candidate>> map) =>
        map.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.OrderByDescending(c => c.Words.Length).ToArray(), StringComparer.Ordinal);
}
