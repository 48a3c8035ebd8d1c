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
    /// Replaces every code point that has an emoji description by " description " (rule 1). Returns the text itself
    /// when nothing matches. With <paramref name="track"/>, maps each output character back to its source span.
    /// </summary>
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
        for (int i = 0; i < text.Length;)
        {
            OperationStatus status = Rune.DecodeFromUtf16(text.AsSpan(i), out Rune rune, out int used);
            if (i >= first && status == OperationStatus.Done && _emoji.TryGetValue(rune.Value, out string? description))
            {
                int before = builder.Length;
                builder.Append(' ').Append(description).Append(' ');
                for (int k = before; k < builder.Length; k++)
                {
                    starts?.Add(i);
                    ends?.Add(i + used);
                }
            }
            else
            {
                builder.Append(text, i, used);
                for (int k = 0; k < used; k++)
                {
                    starts?.Add(i + k);
                    ends?.Add(i + k + 1);
                }
            }

            i += used;
        }

        originStart = starts?.ToArray();
        originEnd = ends?.ToArray();
        return builder.ToString();
    }

    /// <summary>
    /// Rule 2: split on whitespace; strip ASCII punctuation from both ends unless that leaves 2 code points or fewer
    /// (so ":)" and ":-)" survive); drop tokens of a single code point.
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

            if (CodePoints(text.AsSpan(a, b - a)) <= 1)
            {
                continue; // Single characters are not words.
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

    /// <summary>Python's <c>str.isupper()</c>: at least one cased character, and no lowercase or titlecase one.</summary>
    private static bool IsUpper(ReadOnlySpan<char> word)
    {
        bool cased = false;
        for (int i = 0; i < word.Length;)
        {
            Rune.DecodeFromUtf16(word[i..], out Rune rune, out int used);
            UnicodeCategory category = Rune.GetUnicodeCategory(rune);
            if (category is UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter)
            {
                return false;
            }

            cased |= category == UnicodeCategory.UppercaseLetter;
            i += used;
        }

        return cased;
    }

    /// <summary>The characters Python's <c>str.split()</c> splits on: .NET white space plus U+001C..U+001F.</summary>
    private static bool IsPythonWhitespace(char c) => char.IsWhiteSpace(c) || c is >= '\u001C' and <= '\u001F';

    /// <summary>Code points in a span, counting to 3 at most (callers only ask "at most 1?" and "at most 2?").</summary>
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
