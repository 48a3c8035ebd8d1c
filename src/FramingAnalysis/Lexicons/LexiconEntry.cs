namespace FramingAnalysis.Lexicons;

/// <summary>
/// One term of a <see cref="SentimentLexicon"/> and its sentiment valence.
/// </summary>
/// <param name="Term">
/// The term exactly as stored in the source file (case is preserved; lookups are ordinal). A term that ends with
/// <c>*</c> is a prefix pattern (LIWC style); see <see cref="IsPrefix"/>.
/// </param>
/// <param name="Valence">
/// The valence on the scale of the source lexicon (VADER: about -4 to +4; AFINN: -5 to +5; TSV and LIWC: the user's
/// scale). Always finite.
/// </param>
public readonly record struct LexiconEntry(string Term, double Valence)
{
    /// <summary>
    /// Whether <see cref="Term"/> ends with <c>*</c>, which LIWC dictionaries use to mean "any word starting with the
    /// part before the star". The lexicon stores the star; whether to match by prefix is the consumer's decision.
    /// </summary>
    public bool IsPrefix => Term is { Length: > 0 } && Term[^1] == '*';
}
