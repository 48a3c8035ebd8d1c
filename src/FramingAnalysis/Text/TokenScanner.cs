using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace FramingAnalysis.Text;

/// <summary>
/// The tokenizer's state machine: reads one token at a position. Stateless and allocation-free; the
/// <see cref="TokenEnumerator"/> carries the position. Split by concern into partial files
/// (<c>TokenScanner.Words.cs</c>, <c>.Numbers.cs</c>, <c>.Web.cs</c>, <c>.Emoji.cs</c>, <c>.Emoticons.cs</c>).
/// </summary>
/// <remarks>
/// Linear time: every token consumes what it scans, and every speculative look-ahead that may be thrown away
/// (URL host, e-mail local part, abbreviation groups) is bounded by a constant, so no input is rescanned more than
/// a constant number of times.
/// </remarks>
internal static partial class TokenScanner
{
    /// <summary>Longest letter group inside a dotted abbreviation (<c>EE.UU.</c> has groups of 2).</summary>
    public const int MaxAbbreviationGroup = 4;

    /// <summary>Most letter groups in a dotted abbreviation we look at (<c>U.S.A.</c> has 3).</summary>
    private const int MaxAbbreviationGroups = 10;

    /// <summary>Longest host name we look ahead for (RFC 1035 limit).</summary>
    private const int MaxHostLength = 253;

    /// <summary>Longest e-mail local part we look ahead for (RFC 5321 limit).</summary>
    private const int MaxEmailLocalLength = 64;

    /// <summary>Reads the next token at or after <paramref name="position"/> and moves the position past it.</summary>
    public static bool TryRead(ReadOnlySpan<char> text, ref int position, TokenLexicon lexicon, out Token token)
    {
        // Fast path: the next token starts right here or after a single space.
        int i = position;
        if ((uint)i < (uint)text.Length && text[i] == ' ')
        {
            i++;
        }

        if ((uint)i >= (uint)text.Length || CharClass.IsSeparator(text[i]))
        {
            i = SkipSeparators(text, i);
        }

        if (i >= text.Length)
        {
            position = text.Length;
            token = default;
            return false;
        }

        token = ReadAt(text, i, lexicon);
        position = token.End;
        return true;
    }

    private static int SkipSeparators(ReadOnlySpan<char> text, int i)
    {
        while ((uint)i < (uint)text.Length)
        {
            char c = text[i];
            if (c < 128)
            {
                if ((CharClass.Of(c) & CharClass.Separator) == 0)
                {
                    return i;
                }

                i++;

                // Most gaps are one space; only a longer run pays for the vectorized search.
                if ((uint)i < (uint)text.Length && CharClass.Is(text[i], CharClass.Separator))
                {
                    int rel = text.Slice(i).IndexOfAnyExcept(CharClass.AsciiSeparators);
                    if (rel < 0)
                    {
                        return text.Length;
                    }

                    i += rel;
                }
            }
            else if (CharClass.IsNonAsciiSeparator(c))
            {
                i++;
            }
            else
            {
                return i;
            }
        }

        return i;
    }

    private static Token ReadAt(ReadOnlySpan<char> text, int i, TokenLexicon lexicon)
    {
        char c = text[i];
        if (c < 128)
        {
            byte cls = CharClass.Of(c);
            if ((cls & CharClass.Letter) != 0)
            {
                return ReadWord(text, i, lexicon);
            }

            if ((cls & CharClass.Digit) != 0)
            {
                return ReadNumber(text, i, i, lexicon);
            }

            // Most punctuation and symbols are always one character: decided by the table, no further look.
            byte single = SingleCharKind[c];
            if (single != 0)
            {
                return new Token(i, 1, single == 1 ? TokenKind.Punctuation : TokenKind.Symbol, TokenFlags.None);
            }

            return ReadAsciiOther(text, i, lexicon);
        }

        return ReadNonAscii(text, i, lexicon);
    }

    private static Token ReadAsciiOther(ReadOnlySpan<char> text, int i, TokenLexicon lexicon)
    {
        char c = text[i];
        int end;
        switch (c)
        {
            case ':' or ';' or '=' or '<' or '>' or '(' or '^':
                if (TryEmoticon(text, i, out end))
                {
                    return new Token(i, end - i, TokenKind.Emoticon, TokenFlags.None);
                }

                break;

            case '-':
                if (TryEmoticon(text, i, out end))
                {
                    return new Token(i, end - i, TokenKind.Emoticon, TokenFlags.None);
                }

                if (i + 1 < text.Length && CharClass.IsDigit(text[i + 1]) && StartsSignedNumber(text, i))
                {
                    return ReadNumber(text, i, i + 1, lexicon);
                }

                if (i + 1 < text.Length && text[i + 1] == '-')
                {
                    // "--" and "---" stand in for a dash: one punctuation token.
                    end = RunOf(text, i, '-');
                    return new Token(i, end - i, TokenKind.Punctuation, TokenFlags.None);
                }

                break;

            case '.':
                if (TryEmoticon(text, i, out end))
                {
                    return new Token(i, end - i, TokenKind.Emoticon, TokenFlags.None);
                }

                end = RunOf(text, i, '.');
                return new Token(i, end - i, TokenKind.Punctuation, TokenFlags.None);

            case '!' or '?':
                end = text.Length;
                int rel = text.Slice(i + 1).IndexOfAnyExcept('!', '?');
                if (rel >= 0)
                {
                    end = i + 1 + rel;
                }

                return new Token(i, end - i, TokenKind.Punctuation, TokenFlags.None);

            case '@':
                return ReadMention(text, i);

            case '#':
                if (TryKeycap(text, i, out end))
                {
                    return new Token(i, end - i, TokenKind.Emoji, TokenFlags.NonAscii);
                }

                return ReadHashtag(text, i);

            case '*':
                if (TryKeycap(text, i, out end))
                {
                    return new Token(i, end - i, TokenKind.Emoji, TokenFlags.NonAscii);
                }

                break;

            case '\'':
                if (IsStandaloneN(text, i))
                {
                    return new Token(i, 3, TokenKind.Word, TokenFlags.Apostrophe);
                }

                break;
        }

        return new Token(i, 1, IsAsciiPunctuation(c) ? TokenKind.Punctuation : TokenKind.Symbol, TokenFlags.None);
    }

    private static Token ReadNonAscii(ReadOnlySpan<char> text, int i, TokenLexicon lexicon)
    {
        char c = text[i];
        if (char.IsSurrogate(c))
        {
            int cp = CodePointAt(text, i, out int width);
            if (cp < 0)
            {
                // A lone surrogate: malformed, but it is a character of the input and must be covered.
                return new Token(i, 1, TokenKind.Symbol, TokenFlags.NonAscii);
            }

            if (IsEmojiCodePoint(cp))
            {
                return ReadEmoji(text, i);
            }

            UnicodeCategory runeCategory = Rune.GetUnicodeCategory(new Rune(cp));
            if (IsMark(runeCategory))
            {
                return ReadOrphanMarks(text, i);
            }

            if (CharClass.IsWordBodyCategory(runeCategory))
            {
                return ReadWord(text, i, lexicon);
            }

            return new Token(i, width, TokenKind.Symbol, TokenFlags.NonAscii);
        }

        if (c >= '\u2190' && IsEmojiCodePoint(c))
        {
            return ReadEmoji(text, i);
        }

        UnicodeCategory category = CharUnicodeInfo.GetUnicodeCategory(c);

        // A text-style symbol asked to render as emoji with VS16: ©️, ‼️, ↔️, ™️.
        if (i + 1 < text.Length && text[i + 1] == '\uFE0F' && !CharClass.IsWordBodyCategory(category))
        {
            return ReadEmoji(text, i);
        }

        if (IsMark(category))
        {
            return ReadOrphanMarks(text, i);
        }

        if (CharClass.IsWordBodyCategory(category))
        {
            return ReadWord(text, i, lexicon);
        }

        switch (c)
        {
            case '\u2212' when i + 1 < text.Length && CharClass.IsDigit(text[i + 1]) && StartsSignedNumber(text, i):
                // U+2212 MINUS SIGN before a digit is the number's sign.
                return ReadNumber(text, i, i + 1, lexicon);

            case '\u2018' or '\u2019' when IsStandaloneN(text, i):
                return new Token(i, 3, TokenKind.Word, TokenFlags.Apostrophe | TokenFlags.NonAscii);
        }

        TokenKind kind = category switch
        {
            UnicodeCategory.ConnectorPunctuation or UnicodeCategory.DashPunctuation or UnicodeCategory.OpenPunctuation
                or UnicodeCategory.ClosePunctuation or UnicodeCategory.InitialQuotePunctuation
                or UnicodeCategory.FinalQuotePunctuation or UnicodeCategory.OtherPunctuation => TokenKind.Punctuation,
            _ => TokenKind.Symbol,
        };
        return new Token(i, 1, kind, TokenFlags.NonAscii);
    }

    /// <summary>Combining marks with no base character before them: one symbol token for the whole run.</summary>
    private static Token ReadOrphanMarks(ReadOnlySpan<char> text, int i)
    {
        int j = i;
        while (j < text.Length)
        {
            int cp = CodePointAt(text, j, out int width);
            if (cp < 0 || !IsMark(cp < 0x10000 ? CharUnicodeInfo.GetUnicodeCategory((char)cp) : Rune.GetUnicodeCategory(new Rune(cp))))
            {
                break;
            }

            j += width;
        }

        return new Token(i, j - i, TokenKind.Symbol, TokenFlags.NonAscii);
    }

    /// <summary>A minus sign is a sign, not a dash, at the start of the text or after a separator or opening mark.</summary>
    private static bool StartsSignedNumber(ReadOnlySpan<char> text, int i)
    {
        if (i == 0)
        {
            return true;
        }

        char before = text[i - 1];
        return CharClass.IsSeparator(before) || before is '(' or '[' or '{' or '"' or '\u201C' or '\u00AB' or '\u00BF' or '\u00A1';
    }

    /// <summary><c>'n'</c> standing alone between separators (<c>rock 'n' roll</c>) is one word.</summary>
    private static bool IsStandaloneN(ReadOnlySpan<char> text, int i) =>
        i + 2 < text.Length
        && text[i + 1] is 'n' or 'N'
        && CharClass.IsApostrophe(text[i + 2])
        && (i == 0 || CharClass.IsSeparator(text[i - 1]))
        && (i + 3 == text.Length || CharClass.IsSeparator(text[i + 3]));

    /// <summary>
    /// For ASCII characters that always make a token of their own: 1 punctuation, 2 symbol; 0 for everything that
    /// needs a closer look (letters, digits, separators, and marks that may start an emoticon, number, run,
    /// mention, hashtag or keycap: <c>! # ' ( * - . : ; &lt; = &gt; ? @ ^</c>).
    /// </summary>
    private static ReadOnlySpan<byte> SingleCharKind =>
    [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,  // 0x00 controls
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,  // 0x10 controls
        0, 0, 1, 0, 2, 2, 2, 0, 0, 1, 0, 2, 1, 0, 0, 2,  // 0x20  ! " # $ % & ' ( ) * + , - . /
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,  // 0x30 digits : ; < = > ?
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,  // 0x40 @ A-O
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2, 1, 0, 1,  // 0x50 P-Z [ \ ] ^ _
        1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,  // 0x60 ` a-o
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2, 1, 2, 0,  // 0x70 p-z { | } ~
    ];

    private static bool IsAsciiPunctuation(char c) => c switch
    {
        '!' or '"' or '\'' or '(' or ')' or ',' or '-' or '.' or ':' or ';' or '?' or '[' or ']' or '_' or '{' or '}' or '`' => true,
        _ => false,
    };

    private static int RunOf(ReadOnlySpan<char> text, int i, char c)
    {
        int rel = text.Slice(i + 1).IndexOfAnyExcept(c);
        return rel < 0 ? text.Length : i + 1 + rel;
    }

    private static bool IsMark(UnicodeCategory category) =>
        category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    /// <summary>The code point at <paramref name="i"/>, or -1 for a lone surrogate (width 1).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int CodePointAt(ReadOnlySpan<char> text, int i, out int width)
    {
        char c = text[i];
        if (!char.IsSurrogate(c))
        {
            width = 1;
            return c;
        }

        if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
        {
            width = 2;
            return char.ConvertToUtf32(c, text[i + 1]);
        }

        width = 1;
        return -1;
    }
}
