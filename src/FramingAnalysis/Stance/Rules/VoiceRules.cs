using FramingAnalysis.Text;

namespace FramingAnalysis.Stance.Rules;

/// <summary>
/// The voice stage: which words of a sentence are reported speech (the quoted voice) and who said them. Reported speech
/// is the quoted voice only where an attribution governs it:
/// <list type="bullet">
/// <item>with quotation marks in a sentence with an attribution, the words inside the first pair, and when the
/// quotation follows the attribution, its whole complement from the attribution on (<c>Trump said Kelly “behaved …”</c>);</item>
/// <item>without them, a postposed attribution (<c>…, Vance said.</c>, <c>…, afirmó Ruiz.</c>) governs the clauses before it,
/// and any other (<c>Officials said that …</c>, <c>según el ministro, …</c>) governs the words after it and its speaker.
/// The attribution's subject (<c>Officials from Vance's government said</c>) stays the outlet's own words.</item>
/// </list>
/// </summary>
internal static class VoiceRules
{
    /// <summary>How close to the sentence end an attribution must stand to be postposed, in words.</summary>
    private const int PostposedWords = 4;

    /// <summary>The token range [start, end) of the sentence that is reported speech, or (-1, -1) when none is.</summary>
    public static (int Start, int End) ReportedSpan(AnalyzedText text, int first, int end, int attribution, int attributionLength)
    {
        if (attribution < 0)
        {
            return (-1, -1);
        }

        var (open, close) = QuoteSpan(text, first, end);
        if (open >= 0)
        {
            // "Trump said Kelly “behaved very nasty”": a quotation after the attribution belongs to its complement clause,
            // which starts right after the attribution; one before it ("“…,” Kelly said") is the quotation alone.
            return open > attribution ? (attribution + attributionLength, close) : (open, close);
        }

        var wordsAfter = 0;
        for (var i = attribution + attributionLength; i < end; i++)
        {
            if (text.TokenAt(i).Kind == TokenKind.Word)
            {
                wordsAfter++;
            }
        }

        if (wordsAfter <= PostposedWords && attribution > first)
        {
            // "…, Vance said.": the clauses before the one that holds the attribution.
            var stop = attribution;
            while (stop > first && !IsBreak(text, stop - 1))
            {
                stop--;
            }

            return stop > first ? (first, stop) : (-1, -1);
        }

        // "X said (that) …", "según X, …": after the attribution and the speaker's name.
        var start = attribution + attributionLength;
        while (start < end && IsSpeakerWord(text, start))
        {
            start++;
        }

        if (start < end && IsBreak(text, start))
        {
            start++;
        }

        return start < end ? (start, end) : (-1, -1);
    }

    /// <summary>The capitalized words right after or right before the attribution cue (<c>Vance said</c>, <c>según el ministro Ruiz</c>).</summary>
    public static string? Speaker(AnalyzedText text, StanceLanguagePack pack, int attribution, int first, int end)
    {
        bool Cap(int i) => text.TokenAt(i).Kind == TokenKind.Word && (text.TokenAt(i).Has(TokenFlags.Capitalized) || text.TokenAt(i).Has(TokenFlags.AllCaps)) && !pack.IsNotSpeaker(text.Key(i));
        var i = attribution + 1;
        while (i < end && text.TokenAt(i).Kind == TokenKind.Word && !Cap(i) && i - attribution <= 3)
        {
            i++;
        }

        var s = i;
        while (i < end && Cap(i))
        {
            i++;
        }

        if (i > s)
        {
            return text.Text[text.TokenAt(s).Start..text.TokenAt(i - 1).End];
        }

        var j = attribution - 1;
        var e = j;
        while (j >= first && Cap(j))
        {
            j--;
        }

        return e > j ? text.Text[text.TokenAt(j + 1).Start..text.TokenAt(e).End] : null;
    }

    /// <summary>Whether token <paramref name="i"/> ends a clause (<c>, ; : — – . ! ? ( )</c>).</summary>
    public static bool IsBreak(AnalyzedText text, int i)
    {
        if (text.TokenAt(i).Kind != TokenKind.Punctuation)
        {
            return false;
        }

        var s = text.TokenText(i);
        return s.Length > 0 && s[0] is ',' or ';' or ':' or '—' or '–' or '.' or '!' or '?' or '(' or ')';
    }

    /// <summary>A word of the speaker's name or title right after a preposed attribution (capitalized, or a short lower-case word between them: <c>el ministro</c>).</summary>
    private static bool IsSpeakerWord(AnalyzedText text, int i)
    {
        ref readonly var token = ref text.TokenAt(i);
        return token.Kind == TokenKind.Word && (token.Has(TokenFlags.Capitalized) || token.Has(TokenFlags.AllCaps));
    }

    /// <summary>The token range inside the first pair of quotation marks in the sentence, or (-1, -1).</summary>
    private static (int Start, int End) QuoteSpan(AnalyzedText text, int first, int end)
    {
        var open = -1;
        for (var i = first; i < end; i++)
        {
            if (text.TokenAt(i).Kind != TokenKind.Punctuation)
            {
                continue;
            }

            var s = text.TokenText(i);
            if (s.Length == 0)
            {
                continue;
            }

            var c = s[0];
            if (open < 0 && c is '“' or '«' or '"')
            {
                open = i;
            }
            else if (open >= 0 && c is '”' or '»' or '"')
            {
                return (open, i);
            }
        }

        return open >= 0 ? (open, end) : (-1, -1);
    }
}
