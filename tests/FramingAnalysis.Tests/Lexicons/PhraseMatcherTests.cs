using FramingAnalysis.Frames;
using FramingAnalysis.Lexicons;
using FramingAnalysis.Stance;
using FramingAnalysis.Text;

namespace FramingAnalysis.Tests.Lexicons;

/// <summary>
/// The phrase matcher against <see cref="ReferenceMatcher"/>, a plain copy of its rules without any of its shortcuts
/// (reject filters, shared key/stem dictionary, prefix-length table, second-word signatures): at every token of many
/// generated texts, both must find the same entry with the same length.
/// </summary>
public class PhraseMatcherTests
{
    /// <summary>Entries chosen to reach every path: prefixes of one to forty characters, phrases with and without a leading determiner, one-letter words, possessives.</summary>
    private static readonly string[] EdgeEntries =
    [
        "a*", "ab*", "abc*", "abcd*", "invest*", "investigat*", new string('x', 40) + "*",
        "the reform", "the tax reform", "la reforma", "la reforma tributaria", "el penal", "the prison", "the state of emergency",
        "human right*", "a b", "x y z", "due process", "the x*", "government's plan", "critics argue", "so-called",
        "reform", "reforms", "prison", "tax", "taxes", "costa", "coste", "i hope", "we must", "b", "right",
    ];

    public static TheoryData<string, bool, int> Lexicons() => new()
    {
        { "edge", true, 0 },
        { "edge", true, 2 },
        { "edge", false, 0 },
        { "frames", true, 0 },
        { "stance-cues", false, 0 },
        { "aliases", true, 2 },
    };

    [Theory]
    [MemberData(nameof(Lexicons))]
    public void Match_FindsWhatTheReferenceFinds_AtEveryToken(string lexicon, bool useStems, int gap)
    {
        foreach (var language in new[] { "en", "es" })
        {
            var entries = Entries(lexicon, language);
            var stemmer = TextPipeline.StemmerFor(language);
            var matcher = new PhraseMatcher<int>(entries, stemmer, useStems) { MaxModifierGap = gap };
            var reference = new ReferenceMatcher(entries, stemmer, useStems, gap);
            int compared = 0, matched = 0;
            foreach (var text in Texts(entries, language, seed: lexicon.Length * 31 + gap))
            {
                var analyzed = TextPipeline.Default.Analyze(text, language);
                foreach (var sentence in analyzed.SentenceSpans)
                {
                    var end = sentence.FirstToken + sentence.TokenCount;
                    for (var i = sentence.FirstToken; i < end; i++)
                    {
                        var length = matcher.Match(analyzed, i, end, out var match);
                        var expected = reference.Match(analyzed, i, end, out var expectedText);
                        Assert.True(expected == length && expectedText == match?.Text, $"{lexicon}/{language} at token {i} of \"{text}\": expected {expected} '{expectedText}', got {length} '{match?.Text}'");
                        var probed = matcher.Match(analyzed, i, end, new TokenProbe(analyzed, i), out var probedMatch);
                        Assert.Equal(length, probed);
                        Assert.Same(match, probedMatch);
                        compared++;
                        matched += length > 0 ? 1 : 0;
                    }
                }
            }

            Assert.True(compared > 20_000 && matched > 1_000, $"only {compared} tokens compared, {matched} matched");
        }
    }

    [Fact]
    public void TextOf_ReusesTheEntryString_OnlyWhenTheCharactersAreTheSame()
    {
        var matcher = new PhraseMatcher<int>([("due process", 1)], TextPipeline.StemmerFor("en"));
        var text = TextPipeline.Default.Analyze("Due process and due process.", "en");
        Assert.Equal(2, matcher.Match(text, 0, text.TokenCount, out var first));
        Assert.Equal("Due process", first!.TextOf(text.Text, 0, 11));
        Assert.NotSame(first.Text, first.TextOf(text.Text, 0, 11));
        Assert.Same(first.Text, first.TextOf(text.Text, 16, 27));
    }

    private static List<(string, int)> Entries(string lexicon, string language)
    {
        var entries = new List<(string, int)>();
        switch (lexicon)
        {
            case "edge":
                entries.AddRange(EdgeEntries.Select((e, i) => (e, i)));
                break;
            case "frames":
                var seen = new HashSet<string>(StringComparer.Ordinal);
                foreach (var cue in FrameSet.PolicyFrames.Cues)
                {
                    if ((cue.Language == language || cue.Language == "*") && seen.Add(FrameSet.CueKey(cue.Cue)))
                    {
                        entries.Add((cue.Cue, entries.Count));
                    }
                }

                break;
            case "stance-cues":
                var table = ResourceTable.BuiltIn($"stance-cues.{language}.tsv");
                var column = table.Column("cue");
                foreach (var (_, cells) in table.Rows)
                {
                    entries.Add((cells[column].Trim(), entries.Count));
                }

                break;
            default:
                foreach (var target in StanceTarget.LoadJson(Path.Combine(RepoPaths.Corpus, "targets.json")))
                {
                    foreach (var (lang, aliases) in target.Aliases)
                    {
                        if (lang == "*" || lang == language)
                        {
                            entries.AddRange(aliases.Select(a => (a, entries.Count)));
                        }
                    }
                }

                break;
        }

        return entries;
    }

    /// <summary>
    /// Sentences made of the entries themselves (whole, cut short, inflected, capitalized, with modifiers after their
    /// first word) and of filler words, so that matches, near misses and plain misses all occur.
    /// </summary>
    private static IEnumerable<string> Texts(List<(string Phrase, int)> entries, string language, int seed)
    {
        var random = new Random(seed);
        string[] fillers = language == "es"
            ? ["la", "el", "de", "que", "polémica", "nueva", "muy", "los", "dijo", "según", "cárcel", "reformas", "gobierno", "sin", "embargo"]
            : ["the", "a", "of", "controversial", "new", "very", "said", "critics", "reform", "reforms", "government's", "it", "but", "while", "investing", "human", "rights"];
        string[] punctuation = [",", ".", ";", " —", "!", "?", ":"];
        for (var n = 0; n < 1500; n++)
        {
            var words = new List<string>();
            var count = random.Next(4, 30);
            while (words.Count < count)
            {
                var pick = random.Next(10);
                if (pick < 5)
                {
                    var phrase = entries[random.Next(entries.Count)].Phrase.Replace("*", random.Next(2) == 0 ? string.Empty : "ment", StringComparison.Ordinal).Split(' ', StringSplitOptions.RemoveEmptyEntries);
                    var take = random.Next(4) == 0 ? random.Next(1, phrase.Length + 1) : phrase.Length;
                    for (var w = 0; w < take; w++)
                    {
                        var word = phrase[w];
                        word = random.Next(6) switch
                        {
                            0 => char.ToUpperInvariant(word[0]) + word[1..],
                            1 => word + "s",
                            2 => word.ToUpperInvariant(),
                            _ => word,
                        };
                        words.Add(word);
                        if (w == 0 && random.Next(5) == 0)
                        {
                            words.Add(fillers[random.Next(fillers.Length)]);
                        }
                    }
                }
                else if (pick < 9)
                {
                    words.Add(fillers[random.Next(fillers.Length)]);
                }
                else if (words.Count > 0)
                {
                    words[^1] += punctuation[random.Next(punctuation.Length)];
                }
            }

            yield return string.Join(' ', words) + ".";
        }
    }

    /// <summary>The matcher's rules as first written: every entry of the first word's key and stem lists, every prefix length.</summary>
    private sealed class ReferenceMatcher
    {
        private readonly Dictionary<string, List<Entry>> _byKey = new(StringComparer.Ordinal);
        private readonly Dictionary<string, List<Entry>> _byStem = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Entry> _byPrefix = new(StringComparer.Ordinal);
        private readonly bool _useStems;
        private readonly int _gap;

        public ReferenceMatcher(List<(string Phrase, int Payload)> entries, IStemmer stemmer, bool useStems, int gap)
        {
            _useStems = useStems;
            _gap = gap;
            Span<char> buffer = stackalloc char[512];
            foreach (var (phrase, _) in entries)
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

                var entry = new Entry(phrase, words, stems, lastIsPrefix);
                if (words.Length == 1 && lastIsPrefix)
                {
                    _byPrefix.TryAdd(words[0], entry);
                }
                else
                {
                    Add(_byKey, words[0], entry);
                    Add(_byStem, stems[0], entry);
                }
            }

            foreach (var list in _byKey.Values.Concat(_byStem.Values))
            {
                var sorted = list.OrderByDescending(e => e.Words.Length).ToList();
                list.Clear();
                list.AddRange(sorted);
            }
        }

        public int Match(AnalyzedText text, int start, int end, out string? match)
        {
            Entry? found = null;
            var best = 0;
            if (_byKey.TryGetValue(text.Key(start).ToString(), out var byKey))
            {
                best = Best(text, start, end, byKey, ref found, best);
            }

            var stem = text.TokenAt(start).Has(TokenFlags.Capitalized) ? default : text.Stem(start);
            if (_useStems && !stem.IsEmpty && _byStem.TryGetValue(stem.ToString(), out var byStem))
            {
                best = Best(text, start, end, byStem, ref found, best);
            }

            if (best == 0)
            {
                var key = text.Key(start).ToString();
                for (var length = key.Length; length >= 0; length--)
                {
                    if (_byPrefix.TryGetValue(key[..length], out var prefix))
                    {
                        match = prefix.Text;
                        return 1;
                    }
                }
            }

            match = found?.Text;
            return best;
        }

        private int Best(AnalyzedText text, int start, int end, List<Entry> candidates, ref Entry? match, int best)
        {
            foreach (var c in candidates)
            {
                if (c.Words.Length <= best || start + c.Words.Length > end)
                {
                    continue;
                }

                if (Matches(text, start, 0, c))
                {
                    best = c.Words.Length;
                    match = c;
                    continue;
                }

                if (_gap > 0 && c.Words.Length >= 2 && c.Words[0] is "the" or "a" or "an" or "this" or "that" or "el" or "la" or "los" or "las" or "un" or "una" or "este" or "esta" or "ese" or "esa")
                {
                    for (var gap = 1; gap <= _gap && start + c.Words.Length + gap <= end; gap++)
                    {
                        if (text.TokenAt(start + gap).Kind != TokenKind.Word)
                        {
                            break;
                        }

                        if (c.Words.Length + gap > best && Matches(text, start, gap, c))
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

        private bool Matches(AnalyzedText text, int start, int gap, Entry c)
        {
            for (var w = 0; w < c.Words.Length; w++)
            {
                var at = w == 0 ? start : start + w + gap;
                var key = text.Key(at);
                var isPrefix = c.LastIsPrefix && w == c.Words.Length - 1;
                var ok = isPrefix
                    ? key.StartsWith(c.Words[w], StringComparison.Ordinal)
                    : key.SequenceEqual(c.Words[w]) || (_useStems && c.Words[w].Length > 3 && !text.TokenAt(at).Has(TokenFlags.Capitalized) && text.Stem(at).SequenceEqual(c.Stems[w]));
                if (!ok)
                {
                    return false;
                }
            }

            return true;
        }

        private static void Add(Dictionary<string, List<Entry>> map, string key, Entry entry)
        {
            if (!map.TryGetValue(key, out var list))
            {
                map[key] = list = [];
            }

            list.Add(entry);
        }

        private sealed record Entry(string Text, string[] Words, string[] Stems, bool LastIsPrefix);
    }
}
