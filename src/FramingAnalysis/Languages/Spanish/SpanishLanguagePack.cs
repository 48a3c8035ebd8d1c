using System.Collections.Frozen;
using FramingAnalysis.Sentiment;
using FramingAnalysis.Text;

namespace FramingAnalysis.Languages;

/// <summary>
/// The built-in Spanish pack (<c>es</c>), the second registration: the <see cref="SpanishStemmer"/>, the embedded
/// Spanish stopword, sentiment, stance and frame tables, and the clitic pronouns a negation reaches across.
/// </summary>
internal sealed class SpanishLanguagePack : BuiltInLanguagePack
{
    /// <summary>The ISO 639-1 code of Spanish.</summary>
    internal const string LanguageCode = "es";

    private static readonly FrozenSet<string> Determiners =
        FrozenSet.Create(StringComparer.Ordinal, "el", "la", "los", "las", "un", "una", "este", "esta", "ese", "esa");

    // Unstressed object and reflexive pronouns, which sit between a negator and its verb ("no me gusta", "no lo apoyan").
    private static readonly FrozenSet<string> CliticPronouns =
        FrozenSet.Create(StringComparer.Ordinal, "me", "te", "se", "lo", "la", "le", "les", "nos", "os", "los", "las");

    // "No hay nada más triste que", "nada mejor que", "nadie es tan bueno como": a superlative, not a negation.
    // Words are folded: "más" is "mas".
    private static readonly ComparisonWords ComparisonWordSet = new(
        FrozenSet.Create(StringComparer.Ordinal, "nada", "nadie", "ninguno", "ninguna"),
        FrozenSet.Create(StringComparer.Ordinal, "mas", "tan", "menos"),
        FrozenSet.Create(StringComparer.Ordinal, "mejor", "peor", "mejores", "peores", "mayor", "menor"),
        FrozenSet.Create(StringComparer.Ordinal, "que", "como"));

    /// <inheritdoc/>
    public override string Code => LanguageCode;

    /// <inheritdoc/>
    public override string Name => "Spanish";

    /// <inheritdoc/>
    public override IStemmer Stemmer => SpanishStemmer.Instance;

    /// <inheritdoc/>
    public override IReadOnlySet<string> PhraseDeterminers => Determiners;

    /// <inheritdoc/>
    public override IReadOnlySet<string> Clitics => CliticPronouns;

    /// <inheritdoc/>
    public override ComparisonWords Comparisons => ComparisonWordSet;
}
