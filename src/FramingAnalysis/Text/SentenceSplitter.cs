using System.Collections.Frozen;

namespace FramingAnalysis.Text;

/// <summary>
/// Groups tokens into sentences. It works on the tokens from <see cref="Tokenizer"/>, so a dot inside a URL,
/// a number (<c>3.5</c>), an emoticon or an abbreviation (<c>Sr.</c>, <c>U.S.</c>, <c>J.</c>) can never end a sentence.
/// </summary>
/// <remarks>
/// <para><b>Rules.</b></para>
/// <list type="bullet">
/// <item><description>A sentence ends at <c>.</c>, <c>?</c>, <c>!</c> or a run of them (<c>?!</c>, <c>!!!</c>) when
/// whitespace or a capitalized word follows (<c>end.The</c> splits; <c>J.Smith</c> does not).</description></item>
/// <item><description>Closing quotation marks and brackets right after the mark (<c>.”</c>, <c>?»</c>, <c>!"</c>,
/// <c>.)</c>) belong to the sentence that ends, and so do emoji and emoticons that follow on the same line
/// (<c>Great game! 😀</c>).</description></item>
/// <item><description>After a closing quote, or after <c>?</c>/<c>!</c> that closes a Spanish <c>¿</c>/<c>¡</c>, a
/// lowercase word continues the sentence: <c>“Why?” he asked.</c>, <c>¿Vienes? dijo él.</c></description></item>
/// <item><description>An ellipsis (<c>…</c>, <c>...</c>) ends a sentence only when a capitalized word follows
/// (opening quotes and <c>¿</c>/<c>¡</c> are looked through).</description></item>
/// <item><description>An abbreviation does not end a sentence, except <c>etc.</c>, <c>Inc.</c>, <c>Corp.</c>,
/// <c>Ltd.</c>, <c>Co.</c>, <c>Jr.</c>, <c>a.m.</c>, <c>p.m.</c> and <c>aprox.</c> before a capitalized word.
/// Titles (<c>Mr.</c>, <c>Sra.</c>), initials and country abbreviations (<c>U.S.</c>, <c>EE.UU.</c>) never do,
/// because in news they are followed by a name far more often than by a new sentence.</description></item>
/// <item><description>A blank line always ends a sentence; a single line break ends one when the next line starts
/// a list item or an attribution (<c>—</c>, <c>–</c>, <c>-</c>, <c>•</c>, <c>*</c>, <c>1.</c>, <c>2)</c>).
/// Other single line breaks are treated as wrapped text. The dot of a list number that opens a sentence
/// (<c>1. Vote</c>) does not end it.</description></item>
/// </list>
/// <para>Immutable and thread-safe; allocation-free apart from growing the destination list. Linear in the number
/// of tokens plus the length of the text between them.</para>
/// </remarks>
public sealed class SentenceSplitter
{
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SentenceFinalAbbreviations =
        new[] { "etc.", "Etc.", "Inc.", "Corp.", "Ltd.", "Co.", "Jr.", "a.m.", "p.m.", "A.M.", "P.M.", "aprox.", "Bros." }
            .ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private SentenceSplitter()
    {
    }

    private enum Mark
    {
        None,
        Period,
        Ellipsis,
        QuestionOrExclamation,
        InvertedOpener,
    }

    private enum LetterCase
    {
        Other,
        Upper,
        Lower,
    }

    /// <summary>The splitter with the rules above. Immutable and thread-safe.</summary>
    public static SentenceSplitter Default { get; } = new();

    /// <summary>Splits tokenized text into sentences and appends them to <paramref name="destination"/>.</summary>
    /// <param name="text">The text that <paramref name="tokens"/> were read from.</param>
    /// <param name="tokens">The tokens of <paramref name="text"/>, in order, as produced by <see cref="Tokenizer"/>.</param>
    /// <param name="destination">The list to append to; existing items are kept.</param>
    /// <returns>The number of sentences appended: 0 when there are no tokens, otherwise at least 1.
    /// Every token belongs to exactly one sentence.</returns>
    public int Split(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, List<SentenceSpan> destination)
    {
        ArgumentNullException.ThrowIfNull(destination);
        int count = tokens.Length;
        if (count == 0)
        {
            return 0;
        }

        int before = destination.Count;
        int first = 0;
        int openInverted = 0;
        int i = 0;
        while (i < count)
        {
            Token token = tokens[i];
            if (i > first)
            {
                int breaks = LineBreaks(text, tokens[i - 1].End, token.Start);
                if (breaks >= 2 || (breaks == 1 && StartsListItem(text, tokens, i)))
                {
                    Emit(tokens, first, i - 1, destination);
                    first = i;
                    openInverted = 0;
                }
            }

            if (token.Kind == TokenKind.Punctuation)
            {
                Mark mark = Classify(token.Slice(text));
                if (mark == Mark.InvertedOpener)
                {
                    openInverted++;
                }
                else if (mark == Mark.Period && i == first + 1 && tokens[first].Kind == TokenKind.Number && tokens[first].End == token.Start)
                {
                    // "1. Vote": the dot of a list number that opens the sentence.
                }
                else if (mark != Mark.None)
                {
                    bool closesInverted = false;
                    if (mark == Mark.QuestionOrExclamation && openInverted > 0)
                    {
                        openInverted--;
                        closesInverted = true;
                    }

                    int last = i;
                    bool quoted = false;
                    while (last + 1 < count && tokens[last + 1].Start == tokens[last].End && IsCloser(text, tokens[last + 1]))
                    {
                        last++;
                        quoted = true;
                    }

                    while (last + 1 < count && tokens[last + 1].Kind is TokenKind.Emoji or TokenKind.Emoticon
                        && LineBreaks(text, tokens[last].End, tokens[last + 1].Start) == 0)
                    {
                        last++;
                    }

                    int next = last + 1;
                    if (next < count && EndsHere(text, tokens, i, last, next, mark, quoted || closesInverted))
                    {
                        Emit(tokens, first, last, destination);
                        first = next;
                        openInverted = 0;
                    }

                    i = next;
                    continue;
                }
            }
            else if ((token.Flags & TokenFlags.Abbreviation) != 0
                && i + 1 < count
                && tokens[i + 1].Start > token.End
                && SentenceFinalAbbreviations.Contains(token.Slice(text))
                && CaseOfNextWord(text, tokens, i + 1) == LetterCase.Upper)
            {
                Emit(tokens, first, i, destination);
                first = i + 1;
                openInverted = 0;
            }

            i++;
        }

        Emit(tokens, first, count - 1, destination);
        return destination.Count - before;
    }

    private static bool EndsHere(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int markIndex, int last, int next, Mark mark, bool continuable)
    {
        bool gap = tokens[next].Start > tokens[last].End;
        LetterCase nextCase = CaseOfNextWord(text, tokens, next);
        switch (mark)
        {
            case Mark.Ellipsis:
                return nextCase == LetterCase.Upper;

            default:
                if (continuable && nextCase == LetterCase.Lower)
                {
                    return false;
                }

                if (gap)
                {
                    return true;
                }

                // "end.The" (a missing space) splits; "J.Smith" and "U.S" do not.
                return nextCase == LetterCase.Upper && markIndex > 0 && tokens[markIndex - 1].Kind == TokenKind.Word && tokens[markIndex - 1].Length >= 2;
        }
    }

    private static Mark Classify(ReadOnlySpan<char> s)
    {
        if (s.Length == 1)
        {
            switch (s[0])
            {
                case '.':
                    return Mark.Period;
                case '\u2026':
                    return Mark.Ellipsis;
                case '\u00BF' or '\u00A1':
                    return Mark.InvertedOpener;
            }
        }

        if (s.IndexOfAnyExcept('.') < 0)
        {
            return Mark.Ellipsis;
        }

        return s.IndexOfAnyExcept("!?\u203C\u2047\u2048\u2049") < 0 ? Mark.QuestionOrExclamation : Mark.None;
    }

    private static bool IsCloser(ReadOnlySpan<char> text, Token token) =>
        token.Kind == TokenKind.Punctuation && token.Length == 1
        && text[token.Start] is '\u201D' or '\u00BB' or '"' or '\u2019' or '\'' or ')' or ']' or '\u203A' or '}';

    private static bool IsOpener(ReadOnlySpan<char> text, Token token) =>
        token.Kind == TokenKind.Punctuation && token.Length == 1
        && text[token.Start] is '\u201C' or '\u00AB' or '"' or '\u2018' or '\'' or '(' or '[' or '\u2039' or '\u00BF' or '\u00A1' or '\u201E';

    /// <summary>The case of the first letter of the next word, looking through up to three opening marks.</summary>
    private static LetterCase CaseOfNextWord(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int index)
    {
        int limit = Math.Min(tokens.Length, index + 4);
        while (index < limit && IsOpener(text, tokens[index]))
        {
            index++;
        }

        if (index >= limit || tokens[index].Kind != TokenKind.Word)
        {
            return LetterCase.Other;
        }

        foreach (char c in tokens[index].Slice(text))
        {
            if (char.IsUpper(c))
            {
                return LetterCase.Upper;
            }

            if (char.IsLower(c))
            {
                return LetterCase.Lower;
            }
        }

        return LetterCase.Other;
    }

    /// <summary>Line breaks in a gap; CR LF counts once and a paragraph separator (U+2029) counts as a blank line.</summary>
    private static int LineBreaks(ReadOnlySpan<char> text, int from, int to)
    {
        int breaks = 0;
        for (int k = from; k < to; k++)
        {
            switch (text[k])
            {
                case '\n' or '\u000B' or '\u000C' or '\u0085' or '\u2028':
                    breaks++;
                    break;
                case '\r':
                    if (k + 1 >= to || text[k + 1] != '\n')
                    {
                        breaks++;
                    }

                    break;
                case '\u2029':
                    breaks += 2;
                    break;
            }
        }

        return breaks;
    }

    /// <summary>A line that starts with a dash, a bullet or a list number (<c>1.</c>, <c>2)</c>).</summary>
    private static bool StartsListItem(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int index)
    {
        Token token = tokens[index];
        ReadOnlySpan<char> s = token.Slice(text);
        if (token.Kind is TokenKind.Punctuation or TokenKind.Symbol)
        {
            return s is "\u2014" or "\u2013" or "-" or "--" or "\u2022" or "\u00B7" or "*" or "\u25AA" or "\u25BA" or "\u2023" or "\u25E6" or "\u25CF";
        }

        if (token.Kind == TokenKind.Number && index + 1 < tokens.Length)
        {
            Token next = tokens[index + 1];
            return next.Start == token.End && next.Length == 1 && text[next.Start] is '.' or ')';
        }

        return false;
    }

    private static void Emit(ReadOnlySpan<Token> tokens, int first, int last, List<SentenceSpan> destination)
    {
        int start = tokens[first].Start;
        destination.Add(new SentenceSpan(start, tokens[last].End - start, first, last - first + 1));
    }
}
