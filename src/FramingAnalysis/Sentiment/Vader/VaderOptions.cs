using System.Collections.Frozen;
using System.Reflection;
using FramingAnalysis.Lexicons;

namespace FramingAnalysis.Sentiment.Vader;

/// <summary>
/// The word tables and switches of the VADER-compatible scorer. Immutable; validated once by
/// <see cref="VaderScorer.Create"/>. <see cref="Default"/> reproduces the reference vaderSentiment 3.3.2 behaviour.
/// </summary>
public sealed record VaderOptions
{
    private static readonly Lazy<IReadOnlyDictionary<string, double>> LazyBoosters = new(() => LoadResource("vader-boosters.tsv"));
    private static readonly Lazy<IReadOnlyDictionary<string, double>> LazySpecialCases = new(() => LoadResource("vader-special-cases.tsv"));

    /// <summary>
    /// The built-in booster/dampener table (<c>Lexicons/Resources/vader-boosters.tsv</c>): degree adverbs with
    /// +0.293 (boost) or -0.293 (dampen), Hutto &amp; Gilbert (2014).
    /// </summary>
    public static IReadOnlyDictionary<string, double> DefaultBoosters => LazyBoosters.Value;

    /// <summary>
    /// The built-in idiom table (<c>Lexicons/Resources/vader-special-cases.tsv</c>): "the shit" 3, "the bomb" 3,
    /// "bad ass" 1.5, "badass" 1.5, "bus stop" 0, "yeah right" -2, "kiss of death" -1.5, "to die for" 3,
    /// "beating heart" 3.1, "broken heart" -2.9.
    /// </summary>
    public static IReadOnlyDictionary<string, double> DefaultSpecialCases => LazySpecialCases.Value;

    /// <summary>
    /// The built-in negation words (the reference NEGATE list: "not", "never", "without", "isn't", "cant",
    /// "nothing", "rarely", "seldom", "despite", ...). Any word containing "n't" also negates.
    /// </summary>
    public static IReadOnlyCollection<string> DefaultNegations { get; } =
    [
        "aint", "arent", "cannot", "cant", "couldnt", "darent", "didnt", "doesnt",
        "ain't", "aren't", "can't", "couldn't", "daren't", "didn't", "doesn't",
        "dont", "hadnt", "hasnt", "havent", "isnt", "mightnt", "mustnt", "neither",
        "don't", "hadn't", "hasn't", "haven't", "isn't", "mightn't", "mustn't",
        "neednt", "needn't", "never", "none", "nope", "nor", "not", "nothing", "nowhere",
        "oughtnt", "shant", "shouldnt", "uhuh", "wasnt", "werent",
        "oughtn't", "shan't", "shouldn't", "uh-uh", "wasn't", "weren't",
        "without", "wont", "wouldnt", "won't", "wouldn't", "rarely", "seldom", "despite",
    ];

    /// <summary>The reference tables with reference quirks on.</summary>
    /// <remarks>Declared after <see cref="DefaultNegations"/>: static initializers run in textual order.</remarks>
    public static VaderOptions Default { get; } = new();

    /// <summary>
    /// Degree modifiers: word or phrase to scalar (positive boosts, negative dampens). Single words act on the three
    /// following words with decay; phrases ("kind of") act when they sit right before a sentiment word. Matched on
    /// lowercased tokens. Values must be finite.
    /// </summary>
    public IReadOnlyDictionary<string, double> Boosters { get; init; } = DefaultBoosters;

    /// <summary>
    /// Idioms: a phrase of two or three words to the valence that REPLACES the valence of the sentiment word it
    /// contains or directly precedes. Matched on lowercased tokens joined by one space. Values must be finite.
    /// </summary>
    public IReadOnlyDictionary<string, double> SpecialCases { get; init; } = DefaultSpecialCases;

    /// <summary>Words that negate the sentiment of a following word (matched lowercased).</summary>
    public IReadOnlyCollection<string> Negations { get; init; } = DefaultNegations;

    /// <summary>
    /// When <see langword="true"/> (the default), reproduce behaviours of the reference implementation that look
    /// accidental but change its output: (1) idioms and modifier phrases are only checked for a word with at least
    /// three words before it, the third of which is not a lexicon word; (2) a sentiment word with at least three
    /// words before it, the third of which is not a lexicon word, is multiplied by 1.25 whenever the word right before
    /// it is "so" or "this" (the "never so" rule applied without the "never"); (3) a modifier phrase ("kind of")
    /// adds its value without following the word's sign, so "kind of bad" becomes more negative; (4) the "but"
    /// weighting finds each valence's position by value, so a valence equal to an earlier, already weighted one
    /// weighs that earlier position again instead of its own; (5) an emoji's description gets a space before it but
    /// none after, so "great😀movie" gives the token "facemovie". Set to <see langword="false"/> for the rules as the
    /// paper and documentation describe them.
    /// </summary>
    public bool ReferenceQuirks { get; init; } = true;

    private static IReadOnlyDictionary<string, double> LoadResource(string fileName)
    {
        string resource = "FramingAnalysis.Resources." + fileName;
        using Stream stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The embedded resource '{resource}' is missing.");
        using var reader = new StreamReader(stream);
        SentimentLexicon table = LexiconLoader.LoadTsv(reader, fileName, new LexiconLoadOptions { Strict = true }).Lexicon;
        var map = new Dictionary<string, double>(table.Count, StringComparer.Ordinal);
        foreach (LexiconEntry entry in table.Entries)
        {
            map.Add(entry.Term, entry.Valence);
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
