using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace FramingAnalysis.Text;

/// <summary>Words, abbreviations and surface flags.</summary>
internal static partial class TokenScanner
{
    private static readonly SearchValues<char> AsciiLetters =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    /// <summary>
    /// Reads a word starting at <paramref name="start"/> (a letter, or a digit handed over by <see cref="ReadNumber"/>),
    /// joining hyphens and apostrophes, and recognizing what starts like a word but is not one: letter emoticons
    /// (<c>xD</c>, <c>o_O</c>), URLs, e-mail addresses and abbreviations.
    /// </summary>
    private static Token ReadWord(ReadOnlySpan<char> text, int start, TokenLexicon lexicon)
    {
        int length = text.Length;
        if (start + 1 < length)
        {
            char c = text[start];
            char n = text[start + 1];
            if ((n == '_' || (n == 'D' && c is 'x' or 'X') || (n == '.' && c is 'o' or 'O')) && TryEmoticon(text, start, out int emoticonEnd))
            {
                return new Token(start, emoticonEnd - start, TokenKind.Emoticon, TokenFlags.None);
            }
        }

        // Scan the word body, joining parts across hyphens and apostrophes. ASCII letters and digits go through a
        // scalar loop that also counts letter cases, so the common word is read once; anything else (non-ASCII
        // letters, marks, runs longer than 64) goes through the general, vectorized ScanWordBody, and then the
        // flags are computed from the finished token instead.
        int end = start;
        int upper = 0;
        int lower = 0;
        bool counted = true;
        bool nonAscii = false;
        TokenFlags flags = TokenFlags.None;
        while (true)
        {
            int runStart = end;
            while ((uint)end < (uint)length && end - runStart < 64)
            {
                char c = text[end];
                if (c < 128)
                {
                    byte cls = CharClass.Of(c);
                    if ((cls & CharClass.Alnum) == 0)
                    {
                        break;
                    }

                    upper += (cls >> 2) & 1;
                    lower += (cls >> 1) & 1;
                }
                else if (c is >= '\u00C0' and <= '\u00FF' and not '\u00D7' and not '\u00F7')
                {
                    // Latin-1 letters (á é í ó ú ñ ü ç ß...), the bulk of accented Spanish: uppercase up to U+00DE.
                    upper += c <= '\u00DE' ? 1 : 0;
                    lower += c <= '\u00DE' ? 0 : 1;
                    nonAscii = true;
                }
                else
                {
                    break;
                }

                end++;
            }

            if ((uint)end < (uint)length && (text[end] >= 128 || end - runStart >= 64))
            {
                int after = ScanWordBody(text, end);
                if (after > end)
                {
                    counted = false;
                    end = after;
                }
            }

            if (end + 1 < length)
            {
                char d = text[end];
                if (CharClass.IsJoiningHyphen(d) && CharClass.IsWordBody(text[end + 1]))
                {
                    flags |= TokenFlags.Hyphenated;
                    nonAscii |= d >= 128;
                    end++;
                    continue;
                }

                if (CharClass.IsApostrophe(d) && CharClass.IsLetter(text[end + 1]))
                {
                    flags |= TokenFlags.Apostrophe;
                    nonAscii |= d >= 128;
                    end++;
                    continue;
                }
            }

            break;
        }

        // What follows may make the word something else: a URL scheme, an e-mail address, a host, an abbreviation.
        // Kept out of line so that the common path stays small.
        if (end < length && text[end] is ':' or '.' or '@' or '_' or '+' or '-' or '%' or '\'')
        {
            Token special = ReadWordFollowUp(text, start, end, flags, lexicon);
            if (special.Length > 0)
            {
                return special;
            }
        }

        if ((flags & TokenFlags.Apostrophe) != 0 && EndsWithNegationClitic(text[start..end]))
        {
            flags |= TokenFlags.NegationClitic;
        }

        if (counted && (CharClass.Is(text[start], CharClass.Letter) || text[start] is >= '\u00C0' and <= '\u00FF'))
        {
            // Same rules as SurfaceFlags, from the counts taken while scanning.
            if (upper >= 2 && lower == 0)
            {
                flags |= TokenFlags.AllCaps;
            }
            else if (CharClass.Is(text[start], CharClass.Upper) || text[start] is >= '\u00C0' and <= '\u00DE')
            {
                flags |= TokenFlags.Capitalized;
            }

            if (nonAscii)
            {
                flags |= TokenFlags.NonAscii;
            }

            return new Token(start, end - start, TokenKind.Word, flags);
        }

        return new Token(start, end - start, TokenKind.Word, flags | SurfaceFlags(text[start..end]));
    }

    /// <summary>
    /// The rare continuations of a word at <paramref name="end"/>: <c>scheme://</c>, an e-mail address, a host name
    /// without a scheme, or an abbreviation. Returns a token of length 0 when the word is just a word.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Token ReadWordFollowUp(ReadOnlySpan<char> text, int start, int end, TokenFlags flags, TokenLexicon lexicon)
    {
        int length = text.Length;
        char d = text[end];
        if (d == ':')
        {
            if (flags == TokenFlags.None && end + 3 < length && text[end + 1] == '/' && text[end + 2] == '/' && IsScheme(text[start..end]))
            {
                int urlEnd = ScanUrlTail(text, end + 3);
                if (urlEnd > end + 3)
                {
                    return Make(text, start, urlEnd, TokenKind.Url);
                }
            }

            return default;
        }

        if (TryEmail(text, start, out int emailEnd))
        {
            return Make(text, start, emailEnd, TokenKind.Email);
        }

        if (d == '.')
        {
            if (TrySchemelessUrl(text, start, lexicon, out int hostUrlEnd))
            {
                return Make(text, start, hostUrlEnd, TokenKind.Url);
            }

            if (flags == TokenFlags.None && TryAbbreviation(text, start, end, lexicon, out int abbreviationEnd))
            {
                return new Token(start, abbreviationEnd - start, TokenKind.Word,
                    TokenFlags.Abbreviation | SurfaceFlags(text[start..abbreviationEnd]));
            }
        }

        return default;
    }

    /// <summary>
    /// Advances over letters, digits and combining marks in any script (a soft hyphen, ZWNJ or ZWJ stays inside
    /// when a letter follows; a zero-width space never does). ASCII runs go through a vectorized search.
    /// </summary>
    internal static int ScanWordBody(ReadOnlySpan<char> text, int i)
    {
        while (true)
        {
            int rel = text.Slice(i).IndexOfAnyExcept(CharClass.AsciiAlnum);
            if (rel < 0)
            {
                return text.Length;
            }

            i += rel;
            char c = text[i];
            if (c < 128)
            {
                return i;
            }

            if (char.IsSurrogate(c))
            {
                int cp = CodePointAt(text, i, out int width);
                if (cp < 0 || IsEmojiCodePoint(cp) || !CharClass.IsWordBodyCategory(Rune.GetUnicodeCategory(new Rune(cp))))
                {
                    return i;
                }

                i += width;
                continue;
            }

            UnicodeCategory category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (CharClass.IsWordBodyCategory(category))
            {
                i++;
                continue;
            }

            if (c is '\u00AD' or '\u200C' or '\u200D' && i + 1 < text.Length && text[i + 1] < '\uD800' && CharClass.IsWordBody(text[i + 1]))
            {
                i++;
                continue;
            }

            return i;
        }
    }

    /// <summary>
    /// After a word that is followed by a dot: a dotted abbreviation (<c>U.S.</c>, <c>EE.UU.</c>), a listed one
    /// (<c>Sra.</c>), a number abbreviation before a digit (<c>No. 5</c>), or an initial before a capitalized word.
    /// Looks ahead at most <see cref="MaxAbbreviationGroups"/> groups of <see cref="MaxAbbreviationGroup"/> letters.
    /// </summary>
    private static bool TryAbbreviation(ReadOnlySpan<char> text, int start, int wordEnd, TokenLexicon lexicon, out int end)
    {
        int wordLength = wordEnd - start;
        int length = text.Length;
        if (wordLength <= MaxAbbreviationGroup && IsLettersOnly(text[start..wordEnd]))
        {
            int j = wordEnd + 1;
            int groups = 1;
            bool allSingle = wordLength == 1;
            while (groups < MaxAbbreviationGroups && j < length)
            {
                int g = j;
                while (g < length && g - j <= MaxAbbreviationGroup && CharClass.IsLetter(text[g]))
                {
                    g++;
                }

                int groupLength = g - j;
                if (groupLength == 0 || groupLength > MaxAbbreviationGroup || g >= length || text[g] != '.')
                {
                    break;
                }

                groups++;
                allSingle &= groupLength == 1;
                j = g + 1;
            }

            if (groups >= 2 && (allSingle || lexicon.IsAbbreviation(text[start..j])))
            {
                end = j;
                return true;
            }
        }

        end = wordEnd + 1;
        ReadOnlySpan<char> candidate = text[start..end];
        if (lexicon.IsAbbreviation(candidate))
        {
            return true;
        }

        int next = SkipSpaces(text, end);
        if (next < length && CharClass.IsDigit(text[next]) && lexicon.IsDigitAbbreviation(candidate))
        {
            return true;
        }

        // An initial: one capital letter, a dot, a space and a capitalized word (J. Smith, J. García).
        return wordLength == 1 && next > end && next < length && CharClass.IsUpper(text[start]) && CharClass.IsUpper(text[next]);
    }

    /// <summary>Skips up to three spaces (the gap between an abbreviation and what it qualifies).</summary>
    private static int SkipSpaces(ReadOnlySpan<char> text, int i)
    {
        int limit = Math.Min(text.Length, i + 3);
        while (i < limit && text[i] is ' ' or '\u00A0' or '\u202F')
        {
            i++;
        }

        return i;
    }

    private static bool IsLettersOnly(ReadOnlySpan<char> span)
    {
        foreach (char c in span)
        {
            if (!CharClass.IsLetter(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool EndsWithNegationClitic(ReadOnlySpan<char> word) =>
        word.Length >= 4
        && word[^1] is 't' or 'T'
        && CharClass.IsApostrophe(word[^2])
        && word[^3] is 'n' or 'N';

    /// <summary>Case flags and <see cref="TokenFlags.NonAscii"/> for a word-like token.</summary>
    internal static TokenFlags SurfaceFlags(ReadOnlySpan<char> s)
    {
        if (s.Length >= 16 && Ascii.IsValid(s))
        {
            // Long ASCII runs: vectorized searches instead of a per-character loop.
            int firstLetter = s.IndexOfAny(AsciiLetters);
            if (firstLetter < 0)
            {
                return TokenFlags.None;
            }

            if (!CharClass.Is(s[firstLetter], CharClass.Upper))
            {
                return TokenFlags.None;
            }

            if (s.ContainsAnyInRange('a', 'z'))
            {
                return TokenFlags.Capitalized;
            }

            return s[(firstLetter + 1)..].IndexOfAny(AsciiLetters) >= 0 ? TokenFlags.AllCaps : TokenFlags.Capitalized;
        }

        int upper = 0;
        int lower = 0;
        int firstIsUpper = -1;
        bool nonAscii = false;
        foreach (char c in s)
        {
            if (c < 128)
            {
                byte cls = CharClass.Of(c);
                if ((cls & CharClass.Upper) != 0)
                {
                    upper++;
                    if (firstIsUpper < 0)
                    {
                        firstIsUpper = 1;
                    }
                }
                else if ((cls & CharClass.Lower) != 0)
                {
                    lower++;
                    if (firstIsUpper < 0)
                    {
                        firstIsUpper = 0;
                    }
                }

                continue;
            }

            nonAscii = true;
            if (char.IsSurrogate(c))
            {
                continue;
            }

            if (CharClass.IsUpper(c))
            {
                upper++;
                if (firstIsUpper < 0)
                {
                    firstIsUpper = 1;
                }
            }
            else if (char.IsLower(c))
            {
                lower++;
                if (firstIsUpper < 0)
                {
                    firstIsUpper = 0;
                }
            }
        }

        TokenFlags flags = nonAscii ? TokenFlags.NonAscii : TokenFlags.None;
        if (upper >= 2 && lower == 0)
        {
            flags |= TokenFlags.AllCaps;
        }
        else if (firstIsUpper == 1)
        {
            flags |= TokenFlags.Capitalized;
        }

        return flags;
    }

    /// <summary>A token of any kind with <see cref="TokenFlags.NonAscii"/> set when it applies.</summary>
    private static Token Make(ReadOnlySpan<char> text, int start, int end, TokenKind kind) =>
        new(start, end - start, kind, Ascii.IsValid(text[start..end]) ? TokenFlags.None : TokenFlags.NonAscii);
}
