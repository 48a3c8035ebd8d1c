namespace FramingAnalysis.Text;

/// <summary>Emoji and emoji sequences.</summary>
internal static partial class TokenScanner
{
    /// <summary>
    /// True for code points that are pictographic emoji on their own: the supplementary emoji blocks
    /// (U+1F000–U+1FAFF, including regional indicators and skin tones), Miscellaneous Symbols and Dingbats
    /// (U+2600–U+27BF: ☀ ✅ ❤ ✌), and the few emoji-default characters of Miscellaneous Technical and
    /// Miscellaneous Symbols and Arrows (⌚ ⏰ ⭐ ⭕). Other text symbols become emoji only with VS16 (©️, ↔️).
    /// A range test instead of the full Unicode emoji table: it errs towards calling a dingbat an emoji.
    /// </summary>
    internal static bool IsEmojiCodePoint(int cp) =>
        cp switch
        {
            >= 0x1F000 and <= 0x1FAFF => true,
            >= 0x2600 and <= 0x27BF => true,
            0x231A or 0x231B or 0x2328 or 0x23CF or (>= 0x23E9 and <= 0x23F3) or (>= 0x23F8 and <= 0x23FA) => true,
            (>= 0x2B05 and <= 0x2B07) or 0x2B1B or 0x2B1C or 0x2B50 or 0x2B55 => true,
            _ => false,
        };

    private static bool IsRegionalIndicator(int cp) => cp is >= 0x1F1E6 and <= 0x1F1FF;

    /// <summary>
    /// Reads one emoji as a reader sees it: a regional-indicator pair (flag), or a base followed by any
    /// variation selectors, skin tones, keycap mark and tag characters, repeated across zero-width joiners
    /// (👨‍👩‍👧, 🏳️‍🌈, 👍🏽, ❤️, 🏴󠁧󠁢󠁳󠁣󠁴󠁿).
    /// </summary>
    private static Token ReadEmoji(ReadOnlySpan<char> text, int i)
    {
        int cp = CodePointAt(text, i, out int width);
        int j = i + width;
        if (IsRegionalIndicator(cp))
        {
            if (j < text.Length && IsRegionalIndicator(CodePointAt(text, j, out int secondWidth)))
            {
                j += secondWidth;
            }

            return new Token(i, j - i, TokenKind.Emoji, TokenFlags.NonAscii);
        }

        j = SkipEmojiModifiers(text, j);
        while (j + 1 < text.Length && text[j] == '\u200D')
        {
            int next = CodePointAt(text, j + 1, out int nextWidth);
            bool joins = next >= 0
                && (IsEmojiCodePoint(next)
                    || (j + 1 + nextWidth < text.Length && text[j + 1 + nextWidth] == '\uFE0F' && next >= 0xA9));
            if (!joins)
            {
                break;
            }

            j = SkipEmojiModifiers(text, j + 1 + nextWidth);
        }

        return new Token(i, j - i, TokenKind.Emoji, TokenFlags.NonAscii);
    }

    /// <summary>Skips VS15/VS16, the keycap mark, skin-tone modifiers and tag characters.</summary>
    private static int SkipEmojiModifiers(ReadOnlySpan<char> text, int j)
    {
        while (j < text.Length)
        {
            char c = text[j];
            if (c is '\uFE0F' or '\uFE0E' or '\u20E3')
            {
                j++;
            }
            else if (j + 1 < text.Length && text[j + 1] is >= '\uDC00' and <= '\uDFFF'
                && ((c == '\uD83C' && text[j + 1] >= '\uDFFB') || (c == '\uDB40' && text[j + 1] is >= '\uDC20' and <= '\uDC7F')))
            {
                // U+1F3FB..U+1F3FF skin tones (D83C DFFB..DFFF); U+E0020..U+E007F tags (DB40 DC20..DC7F).
                j += 2;
            }
            else
            {
                break;
            }
        }

        return j;
    }
}
