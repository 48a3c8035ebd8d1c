namespace FramingAnalysis.Frames;

/// <summary>How one word of a frame cue matches a token (see <see cref="FrameCueSyntax"/>).</summary>
internal enum FrameCueMode : byte
{
    /// <summary>The token's folded key equals the word (<c>tourism</c> matches <i>Tourism</i>, not <i>tour</i>).</summary>
    Exact,

    /// <summary>The key equals the word or the language's stemmer gives both the same stem (<c>inversión~</c> matches <i>inversiones</i>).</summary>
    Stem,

    /// <summary>The key starts with the word (<c>invest*</c> matches <i>investors</i>); only the last word of a cue.</summary>
    Prefix,
}
