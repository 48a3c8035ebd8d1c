namespace FramingAnalysis.Text;

/// <summary>The posterior probability a <see cref="LanguageIdentifier"/> gives one language.</summary>
/// <param name="Language">The language code (that of a <see cref="Languages.LanguagePack"/>).</param>
/// <param name="Probability">The posterior probability, in [0, 1].</param>
public readonly record struct LanguageScore(string Language, double Probability);
