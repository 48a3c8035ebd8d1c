using System.Collections.Frozen;
using System.Globalization;
using FramingAnalysis.Internal;
using FramingAnalysis.Languages;
using FramingAnalysis.Lexicons;
using FramingAnalysis.Text;

namespace FramingAnalysis.Sentiment;

/// <summary>
/// Everything the rule scorer needs for one language: the word lexicon (matched on folded forms, then on stems), the
/// idioms, the modifiers, and the emoji/emoticon valences. Immutable and thread-safe once built.
/// </summary>
public sealed class SentimentLanguagePack
{
    private readonly WordLookup<int> _words;
    private readonly WordEntry[] _entries;
    private readonly FrozenDictionary<string, double>.AlternateLookup<ReadOnlySpan<char>> _emoji;
    private readonly Stopwords _stopwords;
    private readonly bool _alwaysTryIdioms;
    private readonly bool _alwaysTryModifiers;
    private readonly Derivation[] _derivations;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _derivationTails;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _clitics;

    private SentimentLanguagePack(string language, IReadOnlyDictionary<string, string> versions, Dictionary<string, double> exact, Dictionary<string, double> stems, FrozenDictionary<string, double> emoji, PhraseMatcher<double> idioms, PhraseMatcher<SentimentModifier> modifiers, Derivation[] derivations, Stopwords stopwords, FrozenSet<string> clitics)
    {
        Language = language;
        Versions = versions;
        // One table answers for a string as a key and as a stem, so that a token whose stem is its key (two thirds of
        // the words of news text) costs one lookup.
        var table = WordTable(WordEntries(exact, idioms.HeadKeys, modifiers.HeadKeys), WordEntries(stems, idioms.HeadStems, modifiers.HeadStems), out _entries);
        _words = new WordLookup<int>(table);
        _alwaysTryIdioms = idioms.HasPrefixEntries;
        _alwaysTryModifiers = modifiers.HasPrefixEntries;
        _emoji = emoji.GetAlternateLookup<ReadOnlySpan<char>>();
        Idioms = idioms;
        Modifiers = modifiers;
        _derivations = derivations;

        // The last two letters of every suffix: a miss that ends otherwise skips the derivation rules with one lookup.
        _derivationTails = derivations.Select(d => d.Suffix[^Math.Min(2, d.Suffix.Length)..]).ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _stopwords = stopwords;
        _clitics = clitics.GetAlternateLookup<ReadOnlySpan<char>>();
        WordCount = exact.Count;
    }

    /// <summary>The language code of the pack's <see cref="LanguagePack"/>.</summary>
    public string Language { get; }

    /// <summary>Resource name → version, for run manifests.</summary>
    public IReadOnlyDictionary<string, string> Versions { get; }

    /// <summary>
    /// What a negator multiplies a negative word by (<c>no es malo</c>); null for VADER's N_SCALAR, −0.74, the factor for
    /// positive words. From the pack's settings table (<c>negated_negative_scalar</c>).
    /// </summary>
    public double? NegatedNegativeScalar { get; private init; }

    /// <summary>How many single-word entries the lexicon has.</summary>
    public int WordCount { get; }

    internal PhraseMatcher<double> Idioms { get; }

    internal PhraseMatcher<SentimentModifier> Modifiers { get; }

    /// <summary>
    /// The pack of a language's registered <see cref="LanguagePack"/> (<see cref="LanguagePack.Sentiment"/>). Packs are
    /// immutable and built once: the default sentiment scorer and the stance scorer's clause sentiment share the same
    /// instance, and with it the word valences the sentiment scorer has looked up.
    /// </summary>
    /// <exception cref="ArgumentException">No registered pack serves the language.</exception>
    public static SentimentLanguagePack BuiltIn(string language) => LanguagePacks.Get(language).Sentiment;

    /// <summary>Loads the embedded tables named after <paramref name="language"/> (for the built-in packs, which keep the instance).</summary>
    internal static SentimentLanguagePack LoadBuiltIn(string language, IStemmer stemmer, Stopwords stopwords, IEnumerable<string> clitics, ComparisonWords comparisons)
    {
        SentimentLexicon lexicon;
        using (var reader = ResourceTable.OpenBuiltIn($"sentiment.{language}.tsv"))
        {
            lexicon = LexiconLoader.LoadTsv(reader, $"sentiment.{language}.tsv", new LexiconLoadOptions { Strict = true }).Lexicon;
        }

        var idioms = ResourceTable.BuiltIn($"idioms.{language}.tsv");
        var modifiers = ResourceTable.BuiltIn($"modifiers.{language}.tsv");
        var emoji = ResourceTable.BuiltIn("emoji.tsv");
        var derivations = ResourceTable.HasBuiltIn($"derivations.{language}.tsv") ? ResourceTable.BuiltIn($"derivations.{language}.tsv") : null;
        var settings = ResourceTable.HasBuiltIn($"sentiment-settings.{language}.tsv") ? ResourceTable.BuiltIn($"sentiment-settings.{language}.tsv") : null;
        return Create(language, lexicon, idioms, modifiers, emoji, derivations, settings, stemmer, stopwords, clitics, comparisons);
    }

    /// <summary>
    /// Builds a pack from a word lexicon and optional idiom (<c>phrase, valence</c>), modifier (<c>term, kind, value</c>),
    /// emoji (<c>symbol, valence</c>), derivation (<c>suffix, base, weight</c>) and settings (<c>setting, value</c>) tables.
    /// Missing tables mean "none"; a setting not listed keeps the scorer's default. The stemmer, stopwords and clitics
    /// default to those of the language's registered pack (or the default pack's, for an unregistered language; no
    /// clitics), so a pack that builds its sentiment pack passes its own.
    /// </summary>
    /// <remarks>
    /// A derivation row lets a word the lexicon does not know take the valence of its base word: a word ending in
    /// <c>suffix</c> is looked up again with the suffix replaced by <c>base</c>, and its valence is the entry's times
    /// <c>weight</c> (Spanish diminutives <c>-ito → -o</c> at 1.0, superlatives <c>-ísimo → -o</c> at 1.3). Rows are tried in
    /// order and the first base that is a lexicon entry wins. The settings known so far: <c>negated_negative_scalar</c>
    /// (see <see cref="NegatedNegativeScalar"/>).
    /// </remarks>
    /// <exception cref="FormatException">A row of a table is malformed, or a setting is unknown.</exception>
    /// <param name="language">The language code the pack serves.</param>
    /// <param name="lexicon">The word lexicon (single words, multi-word entries and <c>prefix*</c> patterns).</param>
    /// <param name="idioms">Idioms: <c>phrase, valence</c>.</param>
    /// <param name="modifiers">Modifiers: <c>term, kind, value</c>.</param>
    /// <param name="emoji">Emoji and emoticons: <c>symbol, valence</c>.</param>
    /// <param name="derivations">Derivation rules: <c>suffix, base, weight</c>.</param>
    /// <param name="settings">Settings: <c>setting, value</c>.</param>
    /// <param name="stemmer">The stemmer lexicon entries and tokens are stemmed with.</param>
    /// <param name="stopwords">Function words that never take a valence through their stem.</param>
    /// <param name="clitics">Folded clitic pronouns a negation reaches across (<see cref="LanguagePack.Clitics"/>).</param>
    /// <param name="comparisons">The words with which a negated comparison is a superlative (<see cref="LanguagePack.Comparisons"/>).</param>
    public static SentimentLanguagePack Create(string language, SentimentLexicon lexicon, ResourceTable? idioms = null, ResourceTable? modifiers = null, ResourceTable? emoji = null, ResourceTable? derivations = null, ResourceTable? settings = null, IStemmer? stemmer = null, Stopwords? stopwords = null, IEnumerable<string>? clitics = null, ComparisonWords? comparisons = null)
    {
        ArgumentNullException.ThrowIfNull(language);
        ArgumentNullException.ThrowIfNull(lexicon);
        var registered = LanguagePacks.Find(language);
        stemmer ??= (registered ?? LanguagePacks.Default).Stemmer;
        stopwords ??= (registered ?? LanguagePacks.Default).Stopwords;
        clitics ??= registered?.Clitics ?? (IEnumerable<string>)[];
        comparisons ??= registered?.Comparisons ?? ComparisonWords.None;
        var exact = new Dictionary<string, double>(StringComparer.Ordinal);
        var stemSums = new Dictionary<string, (double Sum, int Count)>(StringComparer.Ordinal);
        var phrases = new List<(string, double)>();
        Span<char> buffer = stackalloc char[256];
        foreach (var entry in lexicon.Entries)
        {
            var key = TermNormalizer.Fold(entry.Term);
            if (key.Contains(' ', StringComparison.Ordinal))
            {
                phrases.Add((entry.Term, entry.Valence));
                continue;
            }

            if (key.EndsWith('*'))
            {
                phrases.Add((entry.Term, entry.Valence));
                continue;
            }

            exact.TryAdd(key, entry.Valence);
            if (key.Length is > 3 and < 200 && !key.Any(c => c > 0x2000))
            {
                var stem = buffer[..stemmer.Stem(key, buffer)].ToString();
                var (sum, count) = stemSums.GetValueOrDefault(stem);
                stemSums[stem] = (sum + entry.Valence, count + 1);
            }
        }

        if (idioms is not null)
        {
            var phrase = idioms.Column("phrase");
            var valence = idioms.Column("valence");
            foreach (var (_, cells) in idioms.Rows)
            {
                phrases.Add((cells[phrase], double.Parse(cells[valence], CultureInfo.InvariantCulture)));
            }
        }

        var mods = new List<(string, SentimentModifier)>();
        if (modifiers is not null)
        {
            var term = modifiers.Column("term");
            var kind = modifiers.Column("kind");
            var value = modifiers.Column("value");
            foreach (var (line, cells) in modifiers.Rows)
            {
                var k = cells[kind].Trim() switch
                {
                    "booster" => ModifierKind.Booster,
                    "dampener" => ModifierKind.Dampener,
                    "negator" => ModifierKind.Negator,
                    "contrast" => ModifierKind.Contrast,
                    "contrast_pre" or "concession" => ModifierKind.Concession,
                    var other => throw new FormatException($"{modifiers.Source}:{line}: kind: unknown modifier kind '{other}'"),
                };
                mods.Add((cells[term], new SentimentModifier(k, double.Parse(cells[value], CultureInfo.InvariantCulture))));
            }
        }

        var emojiMap = new Dictionary<string, double>(StringComparer.Ordinal);
        if (emoji is not null)
        {
            var symbol = emoji.Column("symbol");
            var valence = emoji.Column("valence");
            foreach (var (_, cells) in emoji.Rows)
            {
                emojiMap.TryAdd(TermNormalizer.Fold(EmojiKey(cells[symbol])), double.Parse(cells[valence], CultureInfo.InvariantCulture));
            }
        }

        var rules = new List<Derivation>();
        if (derivations is not null)
        {
            var suffix = derivations.Column("suffix");
            var @base = derivations.Column("base");
            var weight = derivations.Column("weight");
            foreach (var (line, cells) in derivations.Rows)
            {
                var s = TermNormalizer.Fold(cells[suffix].Trim());
                if (s.Length == 0)
                {
                    throw new FormatException($"{derivations.Source}:{line}: suffix: empty");
                }

                rules.Add(new Derivation(s, TermNormalizer.Fold(cells[@base].Trim()), double.Parse(cells[weight], CultureInfo.InvariantCulture)));
            }
        }

        var versions = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            [lexicon.Name] = lexicon.Version ?? "unversioned",
        };
        double? negatedNegative = null;
        if (settings is not null)
        {
            var name = settings.Column("setting");
            var value = settings.Column("value");
            foreach (var (line, cells) in settings.Rows)
            {
                var v = double.Parse(cells[value], CultureInfo.InvariantCulture);
                switch (cells[name].Trim())
                {
                    case "negated_negative_scalar" when v is >= -1 and <= 0:
                        negatedNegative = v;
                        break;
                    case "negated_negative_scalar":
                        throw new FormatException($"{settings.Source}:{line}: value: negated_negative_scalar must lie in [-1, 0]");
                    case var other:
                        throw new FormatException($"{settings.Source}:{line}: setting: unknown setting '{other}'");
                }
            }
        }

        foreach (var t in new[] { idioms, modifiers, emoji, derivations, settings })
        {
            if (t is not null)
            {
                versions[t.Name] = t.Version ?? "unversioned";
            }
        }

        return new SentimentLanguagePack(
            language,
            versions,
            exact,
            stemSums.ToDictionary(kv => kv.Key, kv => Math.Round(kv.Value.Sum / kv.Value.Count, 3), StringComparer.Ordinal),
            emojiMap.ToFrozenDictionary(StringComparer.Ordinal),
            new PhraseMatcher<double>(phrases, stemmer),
            new PhraseMatcher<SentimentModifier>(mods, stemmer, useStems: false),
            [.. rules],
            stopwords,
            clitics.Select(TermNormalizer.Fold).ToFrozenSet(StringComparer.Ordinal))
        {
            NegatedNegativeScalar = negatedNegative,
            Comparisons = new ComparisonLookup(comparisons),
        };
    }

    /// <summary>The pack's comparison words, folded, for span lookups.</summary>
    private ComparisonLookup Comparisons { get; init; } = ComparisonLookup.None;

    /// <summary>Whether a folded key is a negative pronoun (<c>nothing</c>, <c>nada</c>) of <see cref="ComparisonWords"/>.</summary>
    internal bool IsNegativePronoun(ReadOnlySpan<char> key) => Comparisons.NegativePronouns.Contains(key);

    /// <summary>
    /// Whether the word at <paramref name="word"/> is the comparative of a comparison whose second term follows:
    /// a one-word comparative (<c>better</c>, <c>mejor</c>) or a word after a marker (<c>more</c>, <c>tan</c>), and the
    /// next token a link (<c>than</c>, <c>que</c>, <c>como</c>). With a negative pronoun before it, the comparison is a
    /// superlative (<see cref="SentimentRules.Superlative"/>). O(1).
    /// </summary>
    internal bool IsComparedBefore(AnalyzedText text, int word, int first, int end)
    {
        if (word + 1 >= end || !Comparisons.Links.Contains(text.Key(word + 1)))
        {
            return false;
        }

        return Comparisons.Comparatives.Contains(text.Key(word)) || (word > first && Comparisons.Markers.Contains(text.Key(word - 1)));
    }

    /// <summary>The folded word sets of a <see cref="ComparisonWords"/>, looked up by span.</summary>
    private sealed class ComparisonLookup(ComparisonWords words)
    {
        public static readonly ComparisonLookup None = new(ComparisonWords.None);

        public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NegativePronouns { get; } = Fold(words.NegativePronouns);

        public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Markers { get; } = Fold(words.Markers);

        public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Comparatives { get; } = Fold(words.Comparatives);

        public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Links { get; } = Fold(words.Links);

        private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Fold(IReadOnlySet<string> set) =>
            set.Select(TermNormalizer.Fold).ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Whether a folded key is a clitic pronoun that a negation reaches across (<c>no me gusta</c>).</summary>
    internal bool IsClitic(ReadOnlySpan<char> key) => _clitics.Contains(key);

    /// <summary>The valence of a folded word, or of its stem; 0 and <see cref="SentimentRules.None"/> when unknown.</summary>
    internal double WordValence(ReadOnlySpan<char> key, ReadOnlySpan<char> stem, out SentimentRules rule) => WordValence(key, stem, out rule, out _);

    /// <summary>The valence of a folded word, or of its stem, and the lexicon entry that gave it (null when unknown).</summary>
    internal double WordValence(ReadOnlySpan<char> key, ReadOnlySpan<char> stem, out SentimentRules rule, out string? entry)
    {
        var keyEntry = Lookup(key);

        // The stem table is consulted only when the stem rule can apply, as in the full overload.
        var stemEntry = (keyEntry.Flags & WordFlags.Valence) == 0 && key.Length >= 5 && stem.Length > 3 ? LookupStem(stem) : default;
        return WordValence(key, stem, keyEntry, stemEntry, out rule, out entry);
    }

    /// <summary>
    /// What the pack knows about a folded key: its exact valence, and whether an idiom or modifier can start there.
    /// One lookup serves the lexicon and both phrase matchers.
    /// </summary>
    internal WordEntry Lookup(ReadOnlySpan<char> key) => _entries[Find(key)];

    /// <summary>What the pack knows about a stem: its (mean) valence, and whether an idiom or modifier can start there.</summary>
    internal WordEntry LookupStem(ReadOnlySpan<char> stem) => _entries[Find(stem) + 1];

    /// <summary>
    /// <see cref="Lookup(ReadOnlySpan{char})"/> of token <paramref name="index"/>'s key and <see cref="LookupStem"/> of its stem, with one
    /// dictionary lookup when the stem is the key.
    /// </summary>
    /// <returns>Whether the pack knows the key or the stem at all; when not, both entries are empty.</returns>
    internal bool Lookup(AnalyzedText text, int index, out WordEntry keyEntry, out WordEntry stemEntry)
    {
        // The text stage's hashes answer most misses through the table's filter, without reading the table.
        ref readonly var hashes = ref text.HashesAt(index);
        var at = Find(text.Key(index), hashes.KeyHash);
        var stemAt = text.StemIsKey(index) ? at : Find(text.Stem(index), hashes.StemHash);
        if ((at | stemAt) == 0 && HasElongation(text.Key(index)))
        {
            at = FindElongated(text.Key(index));
        }

        if ((at | stemAt) == 0 && _derivations.Length > 0 && FindDerived(text.Key(index), out keyEntry))
        {
            stemEntry = default;
            return true;
        }

        keyEntry = _entries[at];
        stemEntry = _entries[stemAt + 1];
        return (at | stemAt) != 0;
    }

    /// <summary>Whether a key repeats a letter three times or more (<c>amigaaaa</c>, <c>goood</c>): written emphasis.</summary>
    private static bool HasElongation(ReadOnlySpan<char> key)
    {
        for (var i = 2; i < key.Length; i++)
        {
            if (key[i] == key[i - 1] && key[i] == key[i - 2] && char.IsLetter(key[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The entry of an elongated key with every run of three or more letters cut to two (<c>goood</c> → good), else cut to
    /// one (<c>guapaaaa</c> → guapa); 0 when neither is known. Only misses with such a run come here.
    /// </summary>
    private int FindElongated(ReadOnlySpan<char> key)
    {
        Span<char> buffer = key.Length <= 128 ? stackalloc char[key.Length] : new char[key.Length];
        foreach (var keep in (ReadOnlySpan<int>)[2, 1])
        {
            var n = 0;
            var run = 0;
            for (var i = 0; i < key.Length; i++)
            {
                run = n > 0 && buffer[n - 1] == key[i] ? run + 1 : 1;
                if (run > keep && char.IsLetter(key[i]))
                {
                    continue;
                }

                buffer[n++] = key[i];
            }

            var at = Find(buffer[..n]);
            if (at != 0 && (_entries[at].Flags & WordFlags.Valence) != 0)
            {
                return at;
            }
        }

        return 0;
    }

    /// <summary>
    /// The entry of an unknown key through the first derivation row whose base form has a valence (<c>pobrecito</c> →
    /// pobre), with the valence times the row's weight; false when none. Only misses come here, and only those whose last
    /// two letters end some suffix go past one set lookup. Never allocates.
    /// </summary>
    private bool FindDerived(ReadOnlySpan<char> key, out WordEntry entry)
    {
        entry = default;
        if (key.Length < 5 || key.Length > 64 || !_derivationTails.Contains(key[^2..]))
        {
            return false;
        }

        Span<char> buffer = stackalloc char[80];
        foreach (var d in _derivations)
        {
            // At least three letters of the base word must remain (cita is not a diminutive of anything).
            if (key.Length < d.Suffix.Length + 3 || !key.EndsWith(d.Suffix, StringComparison.Ordinal))
            {
                continue;
            }

            var stem = key.Length - d.Suffix.Length;
            key[..stem].CopyTo(buffer);
            d.Base.AsSpan().CopyTo(buffer[stem..]);
            var at = Find(buffer[..(stem + d.Base.Length)]);
            if (at != 0 && (_entries[at].Flags & WordFlags.Valence) != 0)
            {
                var found = _entries[at];
                entry = new WordEntry(Math.Clamp(Math.Round(found.Valence * d.Weight, 3), -4, 4), found.Entry, WordFlags.Valence | WordFlags.Derived);
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether an idiom or a modifier may start at a word the pack does not know (a prefix entry can match any word):
    /// when false, such a word has no valence, rule or phrase, and the scorer skips it.
    /// </summary>
    internal bool MayStartPhraseAnywhere => _alwaysTryIdioms || _alwaysTryModifiers;

    // The index in _entries of a string's key entry (its stem entry follows); 0, an empty pair, when it is unknown.
    private int Find(ReadOnlySpan<char> word) => _words.TryGetValue(word, out var at) ? at : 0;

    // The same, for a word whose filter hash the text stage has made.
    private int Find(ReadOnlySpan<char> word, uint hash) => _words.TryGetValue(word, hash, out var at) ? at : 0;

    /// <summary>Whether <see cref="Idioms"/> may match at a token with these lookups.</summary>
    internal bool MayStartIdiom(in WordEntry key, in WordEntry stem) => _alwaysTryIdioms || ((key.Flags | stem.Flags) & WordFlags.IdiomHead) != 0;

    /// <summary>Whether <see cref="Modifiers"/> may match at a token with these lookups.</summary>
    internal bool MayStartModifier(in WordEntry key, in WordEntry stem) => _alwaysTryModifiers || ((key.Flags | stem.Flags) & WordFlags.ModifierHead) != 0;

    /// <summary>
    /// The valence of a word from its key and stem lookups: the exact entry first; then, for content words only (five
    /// letters or more, not a stopword: "will" must not meet "willing"), the stem's mean valence.
    /// </summary>
    /// <param name="key">The token's folded key.</param>
    /// <param name="stem">The token's stem (empty: no stem match).</param>
    /// <param name="keyEntry">The result of <see cref="Lookup(ReadOnlySpan{char})"/> for the key.</param>
    /// <param name="stemEntry">The result of <see cref="LookupStem"/> for the stem.</param>
    /// <param name="rule">Which table matched.</param>
    /// <param name="entry">For an exact match, the lexicon's own string for the key (so evidence needs no new string); else null.</param>
    internal double WordValence(ReadOnlySpan<char> key, ReadOnlySpan<char> stem, in WordEntry keyEntry, in WordEntry stemEntry, out SentimentRules rule, out string? entry)
    {
        if ((keyEntry.Flags & WordFlags.Valence) != 0)
        {
            rule = (keyEntry.Flags & WordFlags.Derived) != 0 ? SentimentRules.Lexicon | SentimentRules.Derivation : SentimentRules.Lexicon;
            entry = keyEntry.Entry;
            return keyEntry.Valence;
        }

        entry = null;
        if ((stemEntry.Flags & WordFlags.Valence) != 0 && key.Length >= 5 && stem.Length > 3 && !_stopwords.Contains(key))
        {
            rule = SentimentRules.Stem;
            return stemEntry.Valence;
        }

        rule = SentimentRules.None;
        return 0;
    }

    /// <summary>The entries of one side (keys or stems): words with a valence and the first words of idioms and modifiers.</summary>
    private static Dictionary<string, WordEntry> WordEntries(Dictionary<string, double> valences, IEnumerable<string> idiomHeads, IEnumerable<string> modifierHeads)
    {
        var table = new Dictionary<string, WordEntry>(valences.Count, StringComparer.Ordinal);
        foreach (var (word, valence) in valences)
        {
            table[word] = new WordEntry(valence, word, WordFlags.Valence);
        }

        foreach (var (heads, flag) in new[] { (idiomHeads, WordFlags.IdiomHead), (modifierHeads, WordFlags.ModifierHead) })
        {
            foreach (var head in heads)
            {
                var existing = table.GetValueOrDefault(head);
                table[head] = existing with { Flags = existing.Flags | flag };
            }
        }

        return table;
    }

    /// <summary>
    /// The key side and the stem side in one table: each string maps to the index of its key entry in
    /// <paramref name="entries"/>, and its stem entry follows it. Index 0 is an empty pair, for misses.
    /// </summary>
    private static FrozenDictionary<string, int> WordTable(Dictionary<string, WordEntry> keys, Dictionary<string, WordEntry> stems, out WordEntry[] entries)
    {
        var table = new Dictionary<string, int>(keys.Count + stems.Count, StringComparer.Ordinal);
        var list = new List<WordEntry> { default, default };
        foreach (var word in keys.Keys.Concat(stems.Keys))
        {
            if (!table.ContainsKey(word))
            {
                table[word] = list.Count;
                list.Add(keys.GetValueOrDefault(word));
                list.Add(stems.GetValueOrDefault(word));
            }
        }

        entries = [.. list];
        return table.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>What one lookup tells: a valence (with the entry string), and which phrase lists may start here.</summary>
    internal readonly record struct WordEntry(double Valence, string? Entry, WordFlags Flags);

    /// <summary>What a <see cref="WordEntry"/> holds.</summary>
    [Flags]
    internal enum WordFlags : byte
    {
        None = 0,
        Valence = 1,
        IdiomHead = 2,
        ModifierHead = 4,

        /// <summary>The entry is another word's, reached through a derivation rule (its valence already weighted).</summary>
        Derived = 8,
    }

    /// <summary>One derivation rule: a folded suffix, the folded ending that replaces it, and the valence weight.</summary>
    private sealed record Derivation(string Suffix, string Base, double Weight);

    /// <summary>The valence of an emoji or emoticon token (skin tones and variation selectors ignored).</summary>
    internal double SymbolValence(ReadOnlySpan<char> key)
    {
        Span<char> buffer = stackalloc char[64];
        return key.Length <= buffer.Length && _emoji.TryGetValue(buffer[..StripEmojiModifiers(key, buffer)], out var v) ? v : 0;
    }

    /// <summary>
    /// Copies an emoji without its variation selectors (U+FE0E/U+FE0F) and skin-tone modifiers (U+1F3FB..U+1F3FF, the
    /// surrogate pair D83C DFFB..DFFF), so every variant meets its base entry. Returns the length written.
    /// </summary>
    private static int StripEmojiModifiers(ReadOnlySpan<char> symbol, Span<char> destination)
    {
        var n = 0;
        for (var i = 0; i < symbol.Length; i++)
        {
            var c = symbol[i];
            if (c is '\uFE0F' or '\uFE0E')
            {
                continue;
            }

            if (c == '\uD83C' && i + 1 < symbol.Length && symbol[i + 1] >= '\uDFFB' && symbol[i + 1] <= '\uDFFF')
            {
                i++;
                continue;
            }

            destination[n++] = c;
        }

        return n;
    }

    private static string EmojiKey(string symbol)
    {
        var buffer = new char[symbol.Length];
        return new string(buffer, 0, StripEmojiModifiers(symbol, buffer)).Trim();
    }
}
