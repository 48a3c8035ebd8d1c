namespace FramingAnalysis.Frames;

/// <summary>One word of a parsed frame cue.</summary>
/// <param name="Word">The folded word, without its marker (<c>~</c>, <c>*</c>).</param>
/// <param name="Stem">Its stem in the cue's language for <see cref="FrameCueMode.Stem"/>; otherwise <paramref name="Word"/>.</param>
/// <param name="Mode">How it matches.</param>
/// <param name="IsName">Whether the cue writes it with a capital letter (<c>Congress</c>): then a one-word cue also matches
/// a name (a capitalized word inside a sentence); written in lower case, it does not.</param>
internal readonly record struct FrameCueWord(string Word, string Stem, FrameCueMode Mode, bool IsName);
