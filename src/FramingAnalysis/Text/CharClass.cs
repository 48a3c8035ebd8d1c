using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace FramingAnalysis.Text;

/// <summary>
/// Character classes for the tokenizer: a 128-entry table for ASCII dispatch and
/// <see cref="SearchValues{T}"/> sets for vectorized runs. Everything here is branch-light and allocation-free.
/// </summary>
internal static class CharClass
{
    /// <summary>Whitespace or a control character.</summary>
    public const byte Separator = 1;

    /// <summary><c>a</c>–<c>z</c>.</summary>
    public const byte Lower = 2;

    /// <summary><c>A</c>–<c>Z</c>.</summary>
    public const byte Upper = 4;

    /// <summary><c>0</c>–<c>9</c>.</summary>
    public const byte Digit = 8;

    /// <summary>May appear inside a URL (RFC 3986 unreserved, reserved and <c>%</c>).</summary>
    public const byte UrlChar = 16;

    /// <summary>May appear in the local part of an e-mail address as we accept it.</summary>
    public const byte EmailLocal = 32;

    /// <summary>May appear in a host-name label (letters, digits, hyphen).</summary>
    public const byte HostChar = 64;

    /// <summary>Either case of ASCII letter.</summary>
    public const byte Letter = Lower | Upper;

    /// <summary>ASCII letter or digit.</summary>
    public const byte Alnum = Letter | Digit;

    /// <summary>ASCII letters and digits, the body of most words, for <c>IndexOfAnyExcept</c>.</summary>
    public static readonly SearchValues<char> AsciiAlnum =
        SearchValues.Create("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    /// <summary>ASCII digits, the body of numbers.</summary>
    public static readonly SearchValues<char> AsciiDigits = SearchValues.Create("0123456789");

    /// <summary>ASCII whitespace and controls, skipped between tokens.</summary>
    public static readonly SearchValues<char> AsciiSeparators = SearchValues.Create(
        "\0\u0001\u0002\u0003\u0004\u0005\u0006\u0007\b\t\n\u000B\f\r\u000E\u000F" +
        "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F \u007F");

    // Bits: 1 separator, 2 lower, 4 upper, 8 digit, 16 URL char, 32 e-mail local part, 64 host label.
    // Generated once from the definitions above; the row comment is the first code point of the row.
    private static ReadOnlySpan<byte> AsciiTable =>
    [
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,  // 0x00
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,  // 0x10
        1, 16, 0, 16, 16, 48, 16, 48, 16, 16, 16, 48, 16, 112, 48, 16,  // 0x20
        120, 120, 120, 120, 120, 120, 120, 120, 120, 120, 16, 16, 0, 16, 0, 16,  // 0x30
        16, 116, 116, 116, 116, 116, 116, 116, 116, 116, 116, 116, 116, 116, 116, 116,  // 0x40
        116, 116, 116, 116, 116, 116, 116, 116, 116, 116, 116, 16, 0, 16, 0, 48,  // 0x50
        0, 114, 114, 114, 114, 114, 114, 114, 114, 114, 114, 114, 114, 114, 114, 114,  // 0x60
        114, 114, 114, 114, 114, 114, 114, 114, 114, 114, 114, 0, 0, 0, 16, 1,  // 0x70
    ];

    /// <summary>The class bits of an ASCII character; 0 for anything above U+007F.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static byte Of(char c) => c < 128 ? AsciiTable[c] : (byte)0;

    /// <summary>True for an ASCII character with any of the given class bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Is(char c, byte bits) => c < 128 && (AsciiTable[c] & bits) != 0;

    /// <summary>True for an ASCII digit.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsDigit(char c) => (uint)(c - '0') <= 9;

    /// <summary>
    /// True for characters that separate tokens and never belong to one when they stand alone:
    /// whitespace (including NBSP and the Unicode spaces), control characters (including NUL) and format
    /// characters (zero-width space, ZWJ/ZWNJ, BOM, soft hyphen, bidi marks). A soft hyphen, ZWNJ or ZWJ between two
    /// letters stays inside the word (<c>infor\u00ADmation</c>), and a ZWJ between two emoji joins them.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsSeparator(char c) => c < 128 ? (AsciiTable[c] & Separator) != 0 : IsNonAsciiSeparator(c);

    /// <summary>The non-ASCII half of <see cref="IsSeparator"/>.</summary>
    public static bool IsNonAsciiSeparator(char c)
    {
        if (c <= '\u00A0')
        {
            // C1 controls, NEL and NBSP.
            return c <= '\u009F' || c == '\u00A0';
        }

        UnicodeCategory category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category is UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator
            or UnicodeCategory.ParagraphSeparator or UnicodeCategory.Format or UnicodeCategory.Control;
    }

    /// <summary>True when <paramref name="c"/> is a letter, digit or mark that continues a word (BMP only).</summary>
    public static bool IsWordBody(char c)
    {
        if (c < 128)
        {
            return (AsciiTable[c] & Alnum) != 0;
        }

        return IsWordBodyCategory(CharUnicodeInfo.GetUnicodeCategory(c));
    }

    /// <summary>Letters, digits, other numbers (<c>²</c>) and combining marks.</summary>
    public static bool IsWordBodyCategory(UnicodeCategory category) => category switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber
            or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark => true,
        _ => false,
    };

    /// <summary>True for a letter in any script (BMP only).</summary>
    public static bool IsLetter(char c) => c < 128 ? (AsciiTable[c] & Letter) != 0 : char.IsLetter(c);

    /// <summary>True for an uppercase or titlecase letter in any script (BMP only).</summary>
    public static bool IsUpper(char c) => c < 128 ? (AsciiTable[c] & Upper) != 0 : char.IsUpper(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.TitlecaseLetter;

    /// <summary>True for a lowercase letter in any script (BMP only).</summary>
    public static bool IsLower(char c) => c < 128 ? (AsciiTable[c] & Lower) != 0 : char.IsLower(c);

    /// <summary>True for the straight and typographic apostrophes.</summary>
    public static bool IsApostrophe(char c) => c is '\'' or '\u2019';

    /// <summary>True for a hyphen that joins word parts: hyphen-minus, U+2010 hyphen, U+2011 non-breaking hyphen.</summary>
    public static bool IsJoiningHyphen(char c) => c is '-' or '\u2010' or '\u2011';
}
