namespace FramingAnalysis.Text;

/// <summary>
/// One token: a range of the source text with its kind and surface flags. It holds offsets, not a string,
/// so it costs nothing to create and always traces back to the exact characters it came from.
/// </summary>
/// <param name="Start">Offset of the first character in the source text (UTF-16 code units).</param>
/// <param name="Length">Number of UTF-16 code units; always at least 1.</param>
/// <param name="Kind">What the token is.</param>
/// <param name="Flags">Surface facts about the token.</param>
public readonly record struct Token(int Start, int Length, TokenKind Kind, TokenFlags Flags)
{
    /// <summary>Offset one past the last character of the token.</summary>
    public int End => Start + Length;

    /// <summary>Returns the token's characters from the text it was read from.</summary>
    /// <param name="text">The same text that was tokenized; a different text gives meaningless results or throws.</param>
    /// <returns>The characters from <see cref="Start"/> to <see cref="End"/>.</returns>
    public ReadOnlySpan<char> Slice(ReadOnlySpan<char> text) => text.Slice(Start, Length);

    /// <summary>True when <see cref="Flags"/> contains every flag in <paramref name="flags"/>.</summary>
    /// <param name="flags">One or more flags to test.</param>
    /// <returns>Whether all of them are set.</returns>
    public bool Has(TokenFlags flags) => (Flags & flags) == flags;
}
