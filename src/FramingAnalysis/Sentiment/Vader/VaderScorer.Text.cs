using System.Buffers;
using System.Globalization;
using System.Text;

namespace FramingAnalysis.Sentiment.Vader;

public sealed partial class VaderScorer
{
    /// <summary>Python's <c>string.punctuation</c>: the ASCII characters stripped from the ends of a token.</summary>
    private static readonly SearchValues<char> AsciiPunctuation = SearchValues.Create("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~");

    /// <summary>One scored token: where it is in the processed text and what the tables say about it.</summary>
    private struct Token
    {
        public double LexiconValence;
        public double ModifierValue;
        public int Start;
        public int Length;
        public bool InLexicon;
        public bool IsUpper;
        public bool IsModifier;
        public bool IsNegation;
    }

    /// <summary>
    /// Rule 1: replaces every code point that has an emoji description by its description, as the reference's
    /// <c>polarity_scores</c> loop does: a space goes before the description unless the previous character was a
    /// space (U+0020), and none goes after it, so "great😀movie" becomes "great grinning facemovie". Without
    /// <see cref="VaderOptions.ReferenceQuirks"/> a space goes on both sides instead. Returns the text itself when
    /// nothing matches. With <paramref name="track"/>, maps each output character back to its source span.
    /// </summary>
    /// <remarks>
    /// The reference also strips the result; that changes neither the tokens nor the "!"/"?" counts, so it is not
    /// done here (token offsets stay simple).
    /// </remarks>
    private string ReplaceEmoji(string text, bool track, out int[]? originStart, out int[]? originEnd)
    {
        originStart = null;
        originEnd = null;
        if (_emoji.Count == 0)
        {
            return text;
        }

        int first = -1;
        for (int i = 0; i < text.Length;)
        {
            Rune.DecodeFromUtf16(text.AsSpan(i), out Rune rune, out int used);
            if (_emoji.ContainsKey(rune.Value))
            {
                first = i;
                break;
            }

            i += used;
        }

        if (first < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 32);
        List<int>? starts = track ? new List<int>(text.Length + 32) : null;
        List<int>? ends = track ? new List<int>(text.Length + 32) : null;
        builder.Append(text, 0, first);
        for (int k = 0; k < first; k++)
        {
            starts?.Add(k);
            ends?.Add(k + 1);
        }

        // The reference's prev_space starts true and is true only right after a U+0020 (not after a tab or newline).
        bool previousSpace = first == 0 || text[first - 1] == ' ';
        for (int i = first; i < text.Length;)
        {
            OperationStatus status = Rune.DecodeFromUtf16(text.AsSpan(i), out Rune rune, out int used);
            if (status == OperationStatus.Done && _emoji.TryGetValue(rune.Value, out string? description))
            {
                int before = builder.Length;
                if (!previousSpace || !_referenceQuirks)
                {
                    builder.Append(' ');
                }

                builder.Append(description);
                if (!_referenceQuirks)
                {
                    builder.Append(' ');
                }

                for (int k = before; k < builder.Length; k++)
                {
                    starts?.Add(i);
                    ends?.Add(i + used);
                }

                previousSpace = false;
            }
            else
            {
                builder.Append(text, i, used);
                for (int k = 0; k < used; k++)
                {
                    starts?.Add(i + k);
                    ends?.Add(i + k + 1);
                }

                previousSpace = used == 1 && text[i] == ' ';
            }

            i += used;
        }

        originStart = starts?.ToArray();
        originEnd = ends?.ToArray();
        return builder.ToString();
    }

    /// <summary>
    /// Rule 2 (<c>SentiText._words_and_emoticons</c>): split on whitespace as Python's <c>str.split()</c> does; strip
    /// Python's <c>string.punctuation</c> from both ends unless that leaves 2 code points or fewer, in which case the
    /// token is kept whole (so ":)", ":D" and "ok!" survive as written). Every token is kept, single characters ("I",
    /// "a", a lone "!") included: they count as neutral words and as positions for the rules that look back.
    /// </summary>
    /// <remarks><paramref name="tokens"/> is a pooled array; it is swapped for a larger pooled one when full.</remarks>
    private static int Tokenize(string text, ref Token[] tokens)
    {
        int count = 0;
        int i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && IsPythonWhitespace(text[i]))
            {
                i++;
            }

            if (i == text.Length)
            {
                break;
            }

            int start = i;
            while (i < text.Length && !IsPythonWhitespace(text[i]))
            {
                i++;
            }

            int end = i;
            int a = start, b = end;
            while (a < b && AsciiPunctuation.Contains(text[a]))
            {
                a++;
            }

            while (b > a && AsciiPunctuation.Contains(text[b - 1]))
            {
                b--;
            }

            if (CodePoints(text.AsSpan(a, b - a)) <= 2)
            {
                a = start;
                b = end;
            }

            if (count == tokens.Length)
            {
                Token[] larger = ArrayPool<Token>.Shared.Rent(tokens.Length * 2);
                tokens.AsSpan().CopyTo(larger);
                ArrayPool<Token>.Shared.Return(tokens);
                tokens = larger;
            }

            tokens[count++] = new Token { Start = a, Length = b - a };
        }

        return count;
    }

    /// <summary>Fills the table facts of every token; returns whether the text is cap-differential (rule 3).</summary>
    private bool Classify(string text, ReadOnlySpan<char> lower, Span<Token> tokens)
    {
        int allCaps = 0;
        foreach (ref Token t in tokens)
        {
            ReadOnlySpan<char> word = lower.Slice(t.Start, t.Length);
            t.InLexicon = _lexicon.TryGetValence(word, out t.LexiconValence);
            t.IsModifier = _boosters.TryGetValue(word, out t.ModifierValue);
            t.IsNegation = _negations.Contains(word) || word.Contains("n't", StringComparison.Ordinal);
            t.IsUpper = IsUpper(text.AsSpan(t.Start, t.Length));
            if (t.IsUpper)
            {
                allCaps++;
            }
        }

        // Hutto & Gilbert (2014), heuristic 2: ALL CAPS emphasizes a word only when other words are not in caps.
        int notAllCaps = tokens.Length - allCaps;
        return notAllCaps > 0 && notAllCaps < tokens.Length;
    }

    /// <summary>
    /// Python's <c>str.isupper()</c>: at least one cased character that is uppercase, and none that is lowercase or
    /// titlecase. Python's "uppercase" and "lowercase" are the Unicode derived properties, which add the
    /// Other_Uppercase and Other_Lowercase code points (circled and squared letters such as "🅱", Roman numerals,
    /// modifier letters such as "ª") to the Lu and Ll categories.
    /// </summary>
    private static bool IsUpper(ReadOnlySpan<char> word)
    {
        bool cased = false;
        for (int i = 0; i < word.Length;)
        {
            Rune.DecodeFromUtf16(word[i..], out Rune rune, out int used);
            UnicodeCategory category = Rune.GetUnicodeCategory(rune);
            if (category is UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter || InRanges(rune.Value, OtherLowercase))
            {
                return false;
            }

            cased |= category == UnicodeCategory.UppercaseLetter || InRanges(rune.Value, OtherUppercase);
            i += used;
        }

        return cased;
    }

    /// <summary>Other_Uppercase (Unicode PropList, as in CPython's tables): inclusive code point ranges, pairwise.</summary>
    private static ReadOnlySpan<int> OtherUppercase => [0x2160, 0x216F, 0x24B6, 0x24CF, 0x1F130, 0x1F149, 0x1F150, 0x1F169, 0x1F170, 0x1F189];

    /// <summary>
    /// Other_Lowercase (Unicode PropList): inclusive code point ranges, pairwise, as in CPython 3.11's tables plus
    /// U+1E030–U+1E06D (Unicode 15, CPython 3.12+).
    /// </summary>
    private static ReadOnlySpan<int> OtherLowercase =>
    [
        0x00AA, 0x00AA, 0x00BA, 0x00BA, 0x02B0, 0x02B8, 0x02C0, 0x02C1, 0x02E0, 0x02E4, 0x0345, 0x0345, 0x037A, 0x037A,
        0x1D2C, 0x1D6A, 0x1D78, 0x1D78, 0x1D9B, 0x1DBF, 0x2071, 0x2071, 0x207F, 0x207F, 0x2090, 0x209C, 0x2170, 0x217F,
        0x24D0, 0x24E9, 0x2C7C, 0x2C7D, 0xA69C, 0xA69D, 0xA770, 0xA770, 0xA7F8, 0xA7F9, 0xAB5C, 0xAB5F, 0x10780, 0x10780,
        0x10783, 0x10785, 0x10787, 0x107B0, 0x107B2, 0x107BA, 0x1E030, 0x1E06D,
    ];

    private static bool InRanges(int codePoint, ReadOnlySpan<int> ranges)
    {
        if (codePoint < 0xAA)
        {
            return false; // ASCII and Latin-1 controls: categories alone decide.
        }

        for (int k = 0; k < ranges.Length; k += 2)
        {
            if (codePoint < ranges[k])
            {
                return false;
            }

            if (codePoint <= ranges[k + 1])
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The characters Python's <c>str.split()</c> splits on: .NET white space plus U+001C..U+001F.</summary>
    private static bool IsPythonWhitespace(char c) => char.IsWhiteSpace(c) || c is >= '\u001C' and <= '\u001F';

    /// <summary>Code points in a span, counting to 3 at most (the caller only asks "at most 2?").</summary>
    private static int CodePoints(ReadOnlySpan<char> span)
    {
        int count = 0;
        for (int i = 0; i < span.Length && count < 3; i++)
        {
            if (!(char.IsLowSurrogate(span[i]) && i > 0 && char.IsHighSurrogate(span[i - 1])))
            {
                count++;
            }
        }

        return count;
    }
}
