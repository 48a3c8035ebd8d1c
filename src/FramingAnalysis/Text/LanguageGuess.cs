namespace FramingAnalysis.Text;

/// <summary>
/// The language a <see cref="LanguageIdentifier"/> assigns to a span of text, with the evidence behind it.
/// </summary>
/// <param name="Language">
/// The code of a language the identifier models (English, Spanish, and registered packs with an identification
/// profile; see <see cref="LanguageIdentifier.Languages"/>), or
/// <see cref="Undetermined"/> (<c>und</c>: no words, another script, another language, or too little evidence to choose).
/// </param>
/// <param name="Confidence">
/// In [0, 1]. For a language, the posterior probability of that language. For <c>und</c>, the probability that the text
/// is in some other language; 0 when the text has no words at all (empty, emoji, numbers, links).
/// </param>
/// <param name="Scores">The posterior probability of each modelled language, in [0, 1]; none for <see cref="None"/>.</param>
/// <param name="WordCount">The number of words that were used as evidence (links, mentions and numbers are not words).</param>
public readonly record struct LanguageGuess(string Language, double Confidence, LanguageScores Scores, int WordCount)
{
    /// <summary>The ISO 639-2 code for "undetermined", used for other languages and for text without language evidence.</summary>
    public const string Undetermined = "und";

    /// <summary>The guess for text with no words at all: <c>und</c> with confidence 0 and no scores.</summary>
    public static LanguageGuess None => new(Undetermined, 0, default, 0);

    /// <summary>True when the guess is a language rather than <c>und</c>.</summary>
    public bool IsDetermined => !string.Equals(Language, Undetermined, StringComparison.Ordinal);
}
