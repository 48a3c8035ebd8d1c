namespace FramingAnalysis.Text;

/// <summary>
/// Which capitalized words of a sentence are names, for the rules that a name carries no lexicon meaning: a lower-case
/// frame cue never matches one (<see cref="Frames.FrameCueSyntax"/>), and names carry no sentiment or stance valence
/// ("María Dolores de Cospedal" is a person, not pains). Thread-safe (pure functions).
/// </summary>
internal static class SentenceCasing
{
    /// <summary>
    /// Whether a token reads as a name: a capitalized word (not ALL CAPS, not a hashtag) in a sentence not written in
    /// title case. Whether it is the first word of its sentence or clause is the caller's to say (see <see cref="OpensClause"/>).
    /// </summary>
    public static bool IsNameLike(in Token token, bool titleCase) =>
        !titleCase && token.Kind == TokenKind.Word && token.Has(TokenFlags.Capitalized);

    /// <summary>
    /// Whether the word after token <paramref name="index"/> starts a clause of its own, so that its capital is the
    /// sentence's and not a name's: after a colon, an opening quotation mark or bracket, inverted marks, or a dash.
    /// </summary>
    public static bool OpensClause(AnalyzedText text, int index) =>
        text.TokenAt(index).Kind == TokenKind.Punctuation
        && text.TokenText(index) is [':' or '“' or '"' or '«' or '‘' or '(' or '[' or '¡' or '¿' or '—' or '–' or '-'] or "--";

    /// <summary>
    /// Whether word <paramref name="k"/> reads as a name inside its sentence: capitalized but not ALL CAPS (emphasis), with
    /// some word or number before it in the sentence and no clause opener (<see cref="OpensClause"/>) in between, so not
    /// the first word of the sentence, of a quotation or of a parenthesis. Title case is the caller's to check.
    /// </summary>
    public static bool IsNameInside(AnalyzedText text, int k, int first)
    {
        ref readonly var token = ref text.TokenAt(k);
        if (!token.Has(TokenFlags.Capitalized) || token.Has(TokenFlags.AllCaps))
        {
            return false;
        }

        for (var j = k - 1; j >= first; j--)
        {
            if (OpensClause(text, j))
            {
                return false;
            }

            if (text.TokenAt(j).Kind is TokenKind.Word or TokenKind.Number)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the sentence of tokens <paramref name="first"/>..<paramref name="end"/> is written in title case, as
    /// headlines often are: of its words of four letters or more after the first, at least two are capitalized and at
    /// most one in five is not.
    /// </summary>
    public static bool IsTitleCase(AnalyzedText text, int first, int end)
    {
        int capitalized = 0, lower = 0;
        var seenFirst = false;
        for (var i = first; i < end; i++)
        {
            ref readonly var token = ref text.TokenAt(i);
            if (token.Kind != TokenKind.Word)
            {
                continue;
            }

            if (!seenFirst)
            {
                seenFirst = true;
                continue;
            }

            if (token.Length < 4 || token.Has(TokenFlags.AllCaps))
            {
                continue;
            }

            if (token.Has(TokenFlags.Capitalized))
            {
                capitalized++;
            }
            else
            {
                lower++;
            }
        }

        return capitalized >= 2 && lower * 4 <= capitalized;
    }
}
