using System.Collections.Frozen;
using FramingAnalysis.Sentiment;
using FramingAnalysis.Text;

namespace FramingAnalysis.Languages;

/// <summary>
/// The built-in English pack (<c>en</c>), the first registration and the <see cref="LanguagePacks.Default"/>: the
/// <see cref="EnglishStemmer"/> and the embedded English stopword, sentiment, stance and frame tables.
/// </summary>
internal sealed class EnglishLanguagePack : BuiltInLanguagePack
{
    /// <summary>The ISO 639-1 code of English.</summary>
    internal const string LanguageCode = "en";

    private static readonly FrozenSet<string> Determiners = FrozenSet.Create(StringComparer.Ordinal, "the", "a", "an", "this", "that");

    // "Nothing is better than", "nobody is as kind as", "nothing more beautiful than": a superlative, not a negation.
    private static readonly ComparisonWords ComparisonWordSet = new(
        FrozenSet.Create(StringComparer.Ordinal, "nothing", "nobody", "none"),
        FrozenSet.Create(StringComparer.Ordinal, "more", "less", "as", "so"),
        FrozenSet.Create(StringComparer.Ordinal, "better", "worse", "greater", "bigger", "sadder", "happier", "nicer", "sweeter", "lovelier",
            "uglier", "scarier", "harder", "easier", "finer", "cooler", "smarter", "stronger", "weaker", "safer", "worthier"),
        FrozenSet.Create(StringComparer.Ordinal, "than", "as"));

    /// <inheritdoc/>
    public override string Code => LanguageCode;

    /// <inheritdoc/>
    public override string Name => "English";

    /// <inheritdoc/>
    public override IStemmer Stemmer => EnglishStemmer.Instance;

    /// <inheritdoc/>
    public override IReadOnlySet<string> PhraseDeterminers => Determiners;

    /// <inheritdoc/>
    public override ComparisonWords Comparisons => ComparisonWordSet;
}
