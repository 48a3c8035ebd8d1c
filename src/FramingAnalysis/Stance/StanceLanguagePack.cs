using System.Collections.Frozen;
using System.Globalization;
using FramingAnalysis.Languages;
using FramingAnalysis.Lexicons;
using FramingAnalysis.Sentiment;
using FramingAnalysis.Text;

namespace FramingAnalysis.Stance;

/// <summary>
/// Everything the rule stance scorer knows about one language: its stance cues (evaluative labels, endorsement,
/// opposition, hedges, comment cues, attribution, anaphors, contrast and concession), its good-for/bad-for effect
/// lexicon, its negators and the capitalized words that are never speakers (days, months), the sentiment pack whose word
/// valences it reads, and the stemmer its aliases are matched with. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// <para>Each <see cref="LanguagePack"/> has one (<see cref="LanguagePack.Stance"/>): adding a language means making a
/// pack (<see cref="Create"/>, from tables in the house TSV format) and returning it from a registered
/// <see cref="LanguagePack"/>. No stance code names a language.</para>
/// <para>Tables: cues <c>cue, type, weight</c> (types of <see cref="StanceCueType"/>); effects <c>cue, type, weight</c>
/// with types <c>goodfor</c> and <c>badfor</c> (predicates that help or harm their object) and <c>good</c> and <c>bad</c>
/// (things commonly judged good or bad), after Choi &amp; Wiebe (2014) and Deng &amp; Wiebe (2015); words <c>word, role</c>
/// with roles <c>negator</c> and <c>not-speaker</c>, and for the naming table (<see cref="Naming"/>) <c>determiner</c>,
/// <c>copula</c>, <c>copula-particle</c>, <c>preposition</c>, <c>modifier-side</c> (word <c>before</c>, <c>after</c> or <c>both</c>; before when absent),
/// <c>adjective-suffix</c>, <c>participle-suffix</c> and <c>adverb-suffix</c> (words <c>-ous</c>, <c>-ado</c>, <c>-mente</c>;
/// an adverb ending vetoes an adjective ending).</para>
/// </remarks>
public sealed class StanceLanguagePack
{
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _negators;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _notSpeakers;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _determiners;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _copulas;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _prepositions;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _copulaParticles;
    private readonly string[] _adjectiveSuffixes;
    private readonly string[] _participleSuffixes;
    private readonly string[] _adverbSuffixes;

    private StanceLanguagePack(string language, PhraseMatcher<(StanceCueType, double)> cues, PhraseMatcher<(StanceEffect, double)> effects,
        FrozenSet<string> negators, FrozenSet<string> notSpeakers, NamingWords naming, SentimentLanguagePack sentiment, IStemmer stemmer, IReadOnlyDictionary<string, string> versions)
    {
        _determiners = naming.Determiners.GetAlternateLookup<ReadOnlySpan<char>>();
        _copulas = naming.Copulas.GetAlternateLookup<ReadOnlySpan<char>>();
        _prepositions = naming.Prepositions.GetAlternateLookup<ReadOnlySpan<char>>();
        _copulaParticles = naming.CopulaParticles.GetAlternateLookup<ReadOnlySpan<char>>();
        ModifiersBeforeNoun = naming.Before;
        ModifiersAfterNoun = naming.After;
        _adjectiveSuffixes = naming.AdjectiveSuffixes;
        _participleSuffixes = naming.ParticipleSuffixes;
        _adverbSuffixes = naming.AdverbSuffixes;
        Language = language;
        Cues = cues;
        Effects = effects;
        _negators = negators.GetAlternateLookup<ReadOnlySpan<char>>();
        _notSpeakers = notSpeakers.GetAlternateLookup<ReadOnlySpan<char>>();
        Sentiment = sentiment;
        Stemmer = stemmer;
        Versions = versions;
    }

    /// <summary>The language code (ISO 639-1) the pack serves.</summary>
    public string Language { get; }

    /// <summary>Resource name → version of every table the pack was built from, for run manifests.</summary>
    public IReadOnlyDictionary<string, string> Versions { get; }

    /// <summary>The sentiment pack whose word valences the clause and attachment rules read.</summary>
    public SentimentLanguagePack Sentiment { get; }

    /// <summary>The stemmer aliases are matched with.</summary>
    internal IStemmer Stemmer { get; }

    /// <summary>The stance cue matcher (cue type and weight).</summary>
    internal PhraseMatcher<(StanceCueType Type, double Weight)> Cues { get; }

    /// <summary>The good-for/bad-for matcher (effect kind and weight).</summary>
    internal PhraseMatcher<(StanceEffect Kind, double Weight)> Effects { get; }

    /// <summary>Whether a folded key negates what follows (<c>not</c>, <c>no</c>, <c>nunca</c>).</summary>
    internal bool IsNegator(ReadOnlySpan<char> key) => _negators.Contains(key);

    /// <summary>Whether a capitalized word can never be a speaker's name (<c>Monday</c>, <c>marzo</c>).</summary>
    internal bool IsNotSpeaker(ReadOnlySpan<char> key) => _notSpeakers.Contains(key);

    /// <summary>Whether a folded key opens a noun phrase (<c>the</c>, <c>una</c>): the naming table's phrase starts there.</summary>
    internal bool IsDeterminer(ReadOnlySpan<char> key) => _determiners.Contains(key);

    /// <summary>Whether a folded key links a mention to a predicate label (<c>is</c>, <c>fue</c>).</summary>
    internal bool IsCopula(ReadOnlySpan<char> key) => _copulas.Contains(key);

    /// <summary>Whether a folded key may stand next to a copula without ending it (<c>se</c>, <c>ha</c>, <c>en</c>, <c>has</c>, <c>as</c>).</summary>
    internal bool IsCopulaParticle(ReadOnlySpan<char> key) => _copulaParticles.Contains(key);

    /// <summary>Whether a folded key is a preposition the stopword list leaves out (<c>outside</c>, <c>frente</c>): it ends a noun phrase.</summary>
    internal bool IsPreposition(ReadOnlySpan<char> key) => _prepositions.Contains(key);

    /// <summary>Whether the language writes adjectives before their noun (<c>the controversial prison</c>, <c>la polémica megacárcel</c>).</summary>
    internal bool ModifiersBeforeNoun { get; }

    /// <summary>Whether the language writes adjectives after their noun (<c>una experiencia exitosa</c>).</summary>
    internal bool ModifiersAfterNoun { get; }

    /// <summary>Whether a folded key ends like an adjective of the language (<c>-ous</c>, <c>-ble</c>), leaving at least three letters before the ending (so <c>meant</c> is no <c>-ant</c> adjective).</summary>
    internal bool LooksAdjective(ReadOnlySpan<char> key) => EndsWithAny(key, _adjectiveSuffixes) && !EndsWithAny(key, _adverbSuffixes);

    /// <summary>Whether a folded key ends like a past participle (<c>-ed</c>, <c>-ada</c>).</summary>
    internal bool LooksParticiple(ReadOnlySpan<char> key) => EndsWithAny(key, _participleSuffixes);

    private static bool EndsWithAny(ReadOnlySpan<char> key, string[] suffixes)
    {
        foreach (var suffix in suffixes)
        {
            if (key.Length >= suffix.Length + 3 && key.EndsWith(suffix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The stance pack of a language's registered <see cref="LanguagePack"/> (its primary subtag), or null.</summary>
    /// <param name="language">A language code or BCP-47 tag.</param>
    public static StanceLanguagePack? Find(string language) => LanguagePacks.Find(language)?.Stance;

    /// <summary>
    /// The stance pack of a language (<see cref="Find"/>), else that of <see cref="LanguagePacks.Default"/>: text in a
    /// language no pack serves, or undetermined, is read with it.
    /// </summary>
    /// <param name="language">A language code or BCP-47 tag.</param>
    public static StanceLanguagePack FindOrDefault(string language) => LanguagePacks.FindOrDefault(language).Stance;

    /// <summary>Loads the embedded tables named after <paramref name="language"/> (for the built-in packs, which keep the instance).</summary>
    internal static StanceLanguagePack LoadBuiltIn(string language, SentimentLanguagePack sentiment, IStemmer stemmer) => Create(
        language,
        ResourceTable.BuiltIn($"stance-cues.{language}.tsv"),
        ResourceTable.BuiltIn($"stance-effects.{language}.tsv"),
        ResourceTable.BuiltIn($"stance-words.{language}.tsv"),
        sentiment,
        stemmer);

    /// <summary>Builds a pack from its three tables (see the remarks for their columns).</summary>
    /// <exception cref="FormatException">A row has an unknown type or role or a weight that is not a number; the message names the table and line.</exception>
    public static StanceLanguagePack Create(string language, ResourceTable cues, ResourceTable effects, ResourceTable words, SentimentLanguagePack sentiment, IStemmer stemmer)
    {
        ArgumentNullException.ThrowIfNull(language);
        ArgumentNullException.ThrowIfNull(cues);
        ArgumentNullException.ThrowIfNull(effects);
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(sentiment);
        ArgumentNullException.ThrowIfNull(stemmer);
        var cueEntries = new List<(string, (StanceCueType, double))>();
        foreach (var (cue, type, weight) in Rows(cues, "type"))
        {
            cueEntries.Add((cue, (Enum.TryParse<StanceCueType>(type.Text, ignoreCase: true, out var kind) ? kind
                : throw new FormatException($"{cues.Source}:{type.Line}: type: unknown cue type '{type.Text}'"), weight)));
        }

        var effectEntries = new List<(string, (StanceEffect, double))>();
        foreach (var (cue, type, weight) in Rows(effects, "type"))
        {
            var kind = type.Text.ToLowerInvariant() switch
            {
                "goodfor" => StanceEffect.GoodFor,
                "badfor" => StanceEffect.BadFor,
                "good" => StanceEffect.Good,
                "bad" => StanceEffect.Bad,
                _ => throw new FormatException($"{effects.Source}:{type.Line}: type: unknown effect type '{type.Text}' (goodfor, badfor, good, bad)"),
            };
            effectEntries.Add((cue, (kind, weight)));
        }

        var negators = new List<string>();
        var notSpeakers = new List<string>();
        var determiners = new List<string>();
        var copulas = new List<string>();
        var prepositions = new List<string>();
        var copulaParticles = new List<string>();
        var adjectiveSuffixes = new List<string>();
        var participleSuffixes = new List<string>();
        var adverbSuffixes = new List<string>();
        var side = "before";
        int word = words.Column("word"), role = words.Column("role");
        if (word < 0 || role < 0)
        {
            throw new FormatException($"{words.Source}: expected the columns word and role");
        }

        foreach (var (line, cells) in words.Rows)
        {
            var key = TermNormalizer.Fold(cells[word].Trim());
            switch (cells[role].Trim())
            {
                case "negator":
                    negators.Add(key);
                    break;
                case "not-speaker":
                    notSpeakers.Add(key);
                    break;
                case "determiner":
                    determiners.Add(key);
                    break;
                case "copula":
                    copulas.Add(key);
                    break;
                case "preposition":
                    prepositions.Add(key);
                    break;
                case "copula-particle":
                    copulaParticles.Add(key);
                    break;
                case "adjective-suffix":
                    adjectiveSuffixes.Add(Suffix(key, words.Source, line));
                    break;
                case "participle-suffix":
                    participleSuffixes.Add(Suffix(key, words.Source, line));
                    break;
                case "adverb-suffix":
                    adverbSuffixes.Add(Suffix(key, words.Source, line));
                    break;
                case "modifier-side":
                    side = key is "before" or "after" or "both" ? key
                        : throw new FormatException($"{words.Source}:{line}: word: modifier-side is before, after or both, not '{cells[word]}'");
                    break;
                default:
                    throw new FormatException($"{words.Source}:{line}: role: unknown role '{cells[role]}' (negator, not-speaker, determiner, copula, copula-particle, preposition, modifier-side, adjective-suffix, participle-suffix, adverb-suffix)");
            }
        }

        var versions = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            [cues.Name] = cues.Version ?? "unversioned",
            [effects.Name] = effects.Version ?? "unversioned",
            [words.Name] = words.Version ?? "unversioned",
        };

        // Cue authors mark inflections with '*'; whole-word stem matching would let "humane" match "human".
        return new StanceLanguagePack(
            language,
            new PhraseMatcher<(StanceCueType, double)>(cueEntries, stemmer, useStems: false),
            new PhraseMatcher<(StanceEffect, double)>(effectEntries, stemmer, useStems: false),
            negators.ToFrozenSet(StringComparer.Ordinal),
            notSpeakers.ToFrozenSet(StringComparer.Ordinal),
            new NamingWords(determiners.ToFrozenSet(StringComparer.Ordinal), copulas.ToFrozenSet(StringComparer.Ordinal), prepositions.ToFrozenSet(StringComparer.Ordinal),
                copulaParticles.ToFrozenSet(StringComparer.Ordinal), side != "after", side != "before",
                [.. adjectiveSuffixes.Distinct(StringComparer.Ordinal)], [.. participleSuffixes.Distinct(StringComparer.Ordinal)], [.. adverbSuffixes.Distinct(StringComparer.Ordinal)]),
            sentiment,
            stemmer,
            versions.AsReadOnly());
    }

    private static IEnumerable<(string Cue, (string Text, int Line) Type, double Weight)> Rows(ResourceTable table, string typeColumn)
    {
        int cue = table.Column("cue"), type = table.Column(typeColumn), weight = table.Column("weight");
        if (cue < 0 || type < 0 || weight < 0)
        {
            throw new FormatException($"{table.Source}: expected the columns cue, {typeColumn} and weight");
        }

        foreach (var (line, cells) in table.Rows)
        {
            if (!double.TryParse(cells[weight], NumberStyles.Float, CultureInfo.InvariantCulture, out var w))
            {
                throw new FormatException($"{table.Source}:{line}: weight: '{cells[weight]}' is not a number");
            }

            yield return (cells[cue].Trim(), (cells[type].Trim(), line), w);
        }
    }

    /// <summary>The naming table's function words of a pack: determiners, copulas, and the side adjectives stand on.</summary>
    private sealed record NamingWords(FrozenSet<string> Determiners, FrozenSet<string> Copulas, FrozenSet<string> Prepositions, FrozenSet<string> CopulaParticles, bool Before, bool After, string[] AdjectiveSuffixes, string[] ParticipleSuffixes, string[] AdverbSuffixes);

    private static string Suffix(string key, string source, int line) =>
        key.Length > 1 && key[0] == '-' ? key[1..] : throw new FormatException($"{source}:{line}: word: a suffix is written with a leading hyphen ('-ous'), not '{key}'");
}
