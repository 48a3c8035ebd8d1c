namespace FramingAnalysis.Frames;

/// <summary>
/// A dictionary cue with a weight: an exact word, a stem match (<c>inversión~</c>), a prefix pattern ending in <c>*</c>,
/// or a multi-word expression; a one-word cue written in lower case does not match names. See <see cref="FrameCueSyntax"/>.
/// </summary>
/// <param name="Frame">The frame id it signals.</param>
/// <param name="Language">The code of the language pack it applies to, or <see cref="AnyLanguage"/> (<c>*</c>) for all.</param>
/// <param name="Cue">The cue text, in the syntax of <see cref="FrameCueSyntax"/>.</param>
/// <param name="Weight">Its weight, in (0, 3]; 1 is typical.</param>
public readonly record struct FrameCue(string Frame, string Language, string Cue, double Weight)
{
    /// <summary>The <see cref="Language"/> of a cue that applies to text in every language: <c>*</c>.</summary>
    public const string AnyLanguage = "*";
}
