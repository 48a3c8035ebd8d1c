namespace FramingAnalysis.Text;

/// <summary>Numbers, ordinals and keycaps.</summary>
internal static partial class TokenScanner
{
    /// <summary>
    /// Reads a number whose first digit is at <paramref name="digitStart"/>; <paramref name="start"/> is earlier when a
    /// sign comes first. Inner <c>. , : / -</c> followed by a digit stay inside (<c>40.000</c>, <c>1,5</c>, <c>10:30</c>,
    /// <c>12/05/2026</c>, <c>65-70</c>); ordinal and decade suffixes stay on (<c>3rd</c>, <c>1990s</c>, <c>1.º</c>).
    /// Other letters after the digits are the next token (<c>5m</c> → <c>5</c> + <c>m</c>), unless a hyphen joins
    /// on and makes the whole a word (<c>19-year-old</c>, <c>19th-century</c>).
    /// </summary>
    private static Token ReadNumber(ReadOnlySpan<char> text, int start, int digitStart, TokenLexicon lexicon)
    {
        int length = text.Length;
        bool unsigned = start == digitStart;
        if (unsigned && start + 1 < length && text[start + 1] >= '\u20E3' && TryKeycap(text, start, out int keycapEnd))
        {
            return new Token(start, keycapEnd - start, TokenKind.Emoji, TokenFlags.NonAscii);
        }

        int j = ScanDigits(text, digitStart + 1);
        bool formatted = false;
        while (j + 1 < length && text[j] is '.' or ',' or ':' or '/' or '-' && CharClass.IsDigit(text[j + 1]))
        {
            j = ScanDigits(text, j + 2);
            formatted = true;
        }

        if (j < length)
        {
            char d = text[j];
            if (d == '.' && j + 1 < length && text[j + 1] is '\u00BA' or '\u00AA')
            {
                // Spanish ordinal with a dot: 1.º, 1.ª.
                j += 2;
            }
            else if (d is '\u00BA' or '\u00AA')
            {
                j++;
            }
            else if (CharClass.IsWordBody(d) || char.IsSurrogate(d))
            {
                int suffixEnd = ScanWordBody(text, j);
                bool joinsMore = suffixEnd + 1 < length
                    && (CharClass.IsJoiningHyphen(text[suffixEnd]) || CharClass.IsApostrophe(text[suffixEnd]))
                    && CharClass.IsLetter(text[suffixEnd + 1]);
                if (suffixEnd > j && IsNumberSuffix(text[j..suffixEnd]) && !joinsMore)
                {
                    j = suffixEnd;
                }
                else if (joinsMore && !formatted && unsigned)
                {
                    // 19th-century, 3D-printed: the hyphen makes the whole a word.
                    return ReadWord(text, start, lexicon);
                }
            }
            else if (!formatted && unsigned && CharClass.IsJoiningHyphen(d) && j + 1 < length && CharClass.IsLetter(text[j + 1]))
            {
                return ReadWord(text, start, lexicon);
            }
            else if (unsigned && d is '@' or '.' or '_' or '+' && TryEmail(text, start, out int emailEnd))
            {
                return Make(text, start, emailEnd, TokenKind.Email);
            }
        }

        return new Token(start, j - start, TokenKind.Number, text[start] < 128 ? TokenFlags.None : TokenFlags.NonAscii);
    }

    private static int ScanDigits(ReadOnlySpan<char> text, int i)
    {
        int rel = text.Slice(i).IndexOfAnyExcept(CharClass.AsciiDigits);
        return rel < 0 ? text.Length : i + rel;
    }

    /// <summary>English ordinals and decades (<c>st nd rd th s</c>) and Spanish abbreviated ordinals (<c>1er 2do 3ra 1ro</c>).</summary>
    private static bool IsNumberSuffix(ReadOnlySpan<char> suffix) => suffix switch
    {
        "s" or "st" or "nd" or "rd" or "th" or "ST" or "ND" or "RD" or "TH" or "er" or "ra" or "ro" or "do" or "da" => true,
        _ => false,
    };

    /// <summary>A keycap emoji: <c>0</c>–<c>9</c>, <c>#</c> or <c>*</c>, an optional VS16, and U+20E3 (<c>1️⃣</c>).</summary>
    private static bool TryKeycap(ReadOnlySpan<char> text, int i, out int end)
    {
        int j = i + 1;
        if (j < text.Length && text[j] == '\uFE0F')
        {
            j++;
        }

        if (j < text.Length && text[j] == '\u20E3')
        {
            end = j + 1;
            return true;
        }

        end = i;
        return false;
    }
}
