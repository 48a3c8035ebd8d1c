namespace FramingAnalysis.Text;

/// <summary>
/// Whether a word written with a capital is most likely a name rather than the common word it spells (<c>Dolores</c>
/// in "María Dolores de Cospedal", <c>Hope</c> in "Hope Hicks", <c>Victoria</c> in "Felipe Victoria"): used so that a
/// name carries no lexicon meaning. Shared by the sentiment and stance stages.
/// </summary>
internal static class NameLike
{
    /// <summary>
    /// A word capitalized but not all capitals (ALL CAPS is emphasis), not the first word of its sentence or of a quotation,
    /// heading or parenthesis inside it: with some word or number before it in the sentence and no opening quote, colon,
    /// parenthesis or dash in between.
    /// </summary>
    /// <param name="text">The text stage.</param>
    /// <param name="k">The token.</param>
    /// <param name="first">The first token of its sentence.</param>
    public static bool Is(AnalyzedText text, int k, int first)
    {
        ref readonly var token = ref text.TokenAt(k);
        if (!token.Has(TokenFlags.Capitalized) || token.Has(TokenFlags.AllCaps))
        {
            return false;
        }

        for (var j = k - 1; j >= first; j--)
        {
            var kind = text.TokenAt(j).Kind;
            if (kind == TokenKind.Word || kind == TokenKind.Number)
            {
                return true;
            }

            if (kind == TokenKind.Punctuation && text.TokenText(j) is [':' or '“' or '"' or '«' or '¡' or '¿' or '(' or '—' or '-'])
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a sentence is written in title case (a headline such as "Vance Praises Prison Model For Its Results"): a
    /// function word of three letters or more capitalized inside it ("For", "With", "Para"), which sentence case never
    /// does; or at least six words of four letters or more, 60% of them capitalized. In such a sentence capitals say
    /// nothing about names. A short headline of content words alone ("Vance Praises Prison Model") cannot be told
    /// from a row of names and is read as one.
    /// </summary>
    public static bool IsTitleCase(AnalyzedText text, int first, int end)
    {
        var stopwords = Stopwords.ForOrNone(text.Language);
        int long_ = 0, capitalized = 0;
        var seenWord = false;
        for (var i = first; i < end; i++)
        {
            ref readonly var token = ref text.TokenAt(i);
            if (token.Kind != TokenKind.Word)
            {
                continue;
            }

            var caps = token.Has(TokenFlags.Capitalized) && !token.Has(TokenFlags.AllCaps);
            if (seenWord && caps && token.Length >= 3 && stopwords.Contains(text.Key(i)))
            {
                return true;
            }

            seenWord = true;
            if (token.Length >= 4)
            {
                long_++;
                capitalized += caps ? 1 : 0;
            }
        }

        return long_ >= 6 && capitalized * 10 >= long_ * 6;
    }
}
