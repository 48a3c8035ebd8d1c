namespace FramingAnalysis.Text;

/// <summary>
/// The language a <see cref="LanguageIdentifier"/> assigns to a span of text, with the evidence behind it.
/// </summary>
/// <param name="Language">
/// <see cref="English"/> (<c>en</c>), <see cref="Spanish"/> (<c>es</c>) or <see cref="Undetermined"/> (<c>und</c>:
/// no words, another script, another language, or too little evidence to choose).
/// </param>
/// <param name="Confidence">
/// In [0, 1]. For <c>en</c>/<c>es</c>, the posterior probability of that language. For <c>und</c>, the probability
/// that the text is in some other language; 0 when the text has no words at all (empty, emoji, numbers, links).
/// </param>
/// <param name="EnglishScore">The posterior probability of English, in [0, 1].</param>
/// <param name="SpanishScore">The posterior probability of Spanish, in [0, 1].</param>
/// <param name="WordCount">The number of words that were used as evidence (links, mentions and numbers are not words).</param>
public readonly record struct LanguageGuess(string Language, double Confidence, double EnglishScore, double SpanishScore, int WordCount)
{
    /// <summary>The ISO 639-1 code for English.</summary>
    public const string English = "en";

    /// <summary>The ISO 639-1 code for Spanish.</summary>
    public const string Spanish = "es";

    /// <summary>The ISO 639-2 code for "undetermined", used for other languages and for text without language evidence.</summary>
    public const string Undetermined = "und";

    /// <summary>The guess for text with no words at all: <c>und</c> with confidence 0.</summary>
    public static LanguageGuess None => new(Undetermined, 0, 0, 0, 0);

    /// <summary>True when the guess is English or Spanish rather than <c>und</c>.</summary>
    public bool IsDetermined => !string.Equals(Language, Undetermined, StringComparison.Ordinal);
}
