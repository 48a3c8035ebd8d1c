namespace FramingAnalysis.Text;

/// <summary>
/// One sentence: the character range from its first token to its last (no surrounding whitespace),
/// and the range of tokens it covers in the token list it was split from.
/// </summary>
/// <param name="Start">Offset of the first character of the first token.</param>
/// <param name="Length">Characters from <paramref name="Start"/> to the end of the last token.</param>
/// <param name="FirstToken">Index of the first token in the token list passed to <see cref="SentenceSplitter.Split"/>.</param>
/// <param name="TokenCount">Number of tokens in the sentence; always at least 1.</param>
public readonly record struct SentenceSpan(int Start, int Length, int FirstToken, int TokenCount)
{
    /// <summary>Offset one past the last character of the sentence.</summary>
    public int End => Start + Length;

    /// <summary>Returns the sentence's characters from the text it was split from.</summary>
    /// <param name="text">The same text that was tokenized and split.</param>
    /// <returns>The characters from <see cref="Start"/> to <see cref="End"/>.</returns>
    public ReadOnlySpan<char> Slice(ReadOnlySpan<char> text) => text.Slice(Start, Length);
}
