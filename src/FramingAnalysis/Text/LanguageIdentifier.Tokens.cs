namespace FramingAnalysis.Text;

public sealed partial class LanguageIdentifier
{
    /// <summary>
    /// Guesses the language from a text's tokens (from <see cref="Tokenizer"/>) and their folded keys: the text stage
    /// calls this with the keys it has already computed, so that language identification does not walk and fold the
    /// text a second time. Gives exactly what <see cref="Identify(ReadOnlySpan{char})"/> gives for the same tokens.
    /// </summary>
    /// <param name="text">The text the tokens were read from.</param>
    /// <param name="tokens">Its tokens, in order.</param>
    /// <param name="keys">
    /// Token i's key (<see cref="TermNormalizer.Fold(ReadOnlySpan{char}, Span{char})"/> then
    /// <see cref="TermNormalizer.StripPossessive"/>) at <c>keys[keyStart[i]..keyEnd[i]]</c>.
    /// </param>
    /// <param name="keyStart">Start of each token's key in <paramref name="keys"/>.</param>
    /// <param name="keyEnd">End of each token's key in <paramref name="keys"/>.</param>
    internal LanguageGuess Identify(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, ReadOnlySpan<char> keys, ReadOnlySpan<int> keyStart, ReadOnlySpan<int> keyEnd)
    {
        var evidence = Begin(text);
        Span<char> folded = stackalloc char[MaxWordLength * TermNormalizer.MaxExpansion];
        for (int i = 0; i < tokens.Length && evidence.Words < MaxWords; i++)
        {
            var token = tokens[i];
            if (token.Kind is TokenKind.Word or TokenKind.Hashtag)
            {
                AddToken(text, token, keys[keyStart[i]..keyEnd[i]], true, folded, ref evidence);
            }
        }

        return Decide(in evidence);
    }

    private Evidence Begin(ReadOnlySpan<char> text)
    {
        if (_extras.Length != 0)
        {
            BeginExtras();
        }

        var evidence = default(Evidence);
        int inverted = text.Count('¿') + text.Count('¡');
        evidence.CueEs += SpanishPunctuationCue * Math.Min(inverted, 4);
        return evidence;
    }

    /// <summary>
    /// Adds the words of one word or hashtag token: its runs of letters (and NFD combining marks) with inner apostrophes,
    /// as <see cref="WordCursor"/> reads them (<c>far-right</c> is <c>far</c> and <c>right</c>; <c>#CárcelYa</c> is
    /// <c>CárcelYa</c>). The common case, an ASCII token that is one such run, reuses the token's key when given.
    /// </summary>
    private void AddToken(ReadOnlySpan<char> text, Token token, ReadOnlySpan<char> key, bool hasKey, Span<char> folded, ref Evidence evidence)
    {
        var raw = token.Slice(text);
        if (hasKey && (token.Flags & TokenFlags.NonAscii) == 0 && IsOneAsciiWord(raw))
        {
            // ASCII folding only lowers letters, so the folded word is the key plus whatever possessive ('s) it lost.
            evidence.LatinLetters += raw.Length;
            if (raw.Length > MaxWordLength)
            {
                return;
            }

            var word = key;
            if (key.Length < raw.Length)
            {
                key.CopyTo(folded);
                for (int k = key.Length; k < raw.Length; k++)
                {
                    folded[k] = char.ToLowerInvariant(raw[k]);
                }

                word = folded[..raw.Length];
            }

            // Such a word is a name only if it is capitalized, which the tokenizer has already noted.
            bool name = (token.Flags & TokenFlags.Capitalized) != 0 && IsLikelyName(text, token.Start, raw);
            ScoreWord(word, name ? NameWeight : 1.0, ref evidence);
            return;
        }

        int position = token.Start;
        int end = token.End;
        while (evidence.Words < MaxWords && NextRun(text, ref position, end, out int start))
        {
            AddWord(text, start, text[start..position], folded, ref evidence);
        }
    }

    /// <summary>One word as <see cref="Identify(ReadOnlySpan{char})"/> reads it from the raw text.</summary>
    private void AddWord(ReadOnlySpan<char> text, int start, ReadOnlySpan<char> raw, Span<char> folded, ref Evidence evidence)
    {
        // Letters below U+00C0 are neither non-Latin nor accented: most words skip both checks below.
        bool plain = AllBelowLatin1Letters(raw);
        int nonLatin = plain ? 0 : CountNonLatinLetters(raw);
        if (nonLatin > 0)
        {
            evidence.NonLatinLetters += nonLatin;
            return;
        }

        evidence.LatinLetters += raw.Length;
        if (raw.Length > MaxWordLength)
        {
            return;
        }

        double weight = IsLikelyName(text, start, raw) ? NameWeight : 1.0;
        if (!plain)
        {
            AddRawCues(raw, weight, ref evidence);
        }

        int length = TermNormalizer.Fold(raw, folded);
        ScoreWord(folded[..length], weight, ref evidence);
    }

    // Whether an ASCII token is exactly one word: letters, with apostrophes only between letters.
    private static bool IsOneAsciiWord(ReadOnlySpan<char> raw)
    {
        for (int i = 0; i < raw.Length; i++)
        {
            char c = raw[i];
            if (!char.IsAsciiLetter(c)
                && (c != '\'' || i == 0 || i + 1 >= raw.Length || !char.IsAsciiLetter(raw[i + 1])))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The next word in <c>text[position..end]</c>, by the rule of <see cref="WordCursor"/>.</summary>
    private static bool NextRun(ReadOnlySpan<char> text, ref int position, int end, out int start)
    {
        while (position < end && !WordCursor.IsWordChar(text[position]))
        {
            position++;
        }

        start = position;
        while (position < end)
        {
            char c = text[position];
            if (WordCursor.IsWordChar(c)
                || (WordCursor.IsApostrophe(c) && position + 1 < end && WordCursor.IsWordChar(text[position + 1])))
            {
                position++;
            }
            else
            {
                break;
            }
        }

        return position > start;
    }
}
