using FramingAnalysis.Stance;
using FramingAnalysis.Text;

namespace FramingAnalysis.Naming;

/// <summary>
/// The naming stage (issue 26): around one mention of a target that the stance stage found, reads the noun phrase the
/// mention heads and the words a source attaches to it: modifiers inside the phrase, the words of an apposition after it
/// (<c>CECOT, a massive detention facility,</c>), and the words of a predicate linked by a copula (<c>la medida es un
/// éxito</c>). Shallow rules over tokens, no parser: what a phrase may hold is read from the language's stance pack
/// (determiners, copulas, negators, the side its adjectives stand on) and its stopwords. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// A label word is a lowercase content word (not a stopword, not a number, not part of the target's own name or
/// aliases): a capitalized word in a phrase is a name (<c>Bukele's crackdown</c>), kept in the phrase but never counted
/// as a label. A predicate after a negator (<c>is not a model</c>) gives no label: its words would say the opposite.
/// </remarks>
internal static class ReferenceExtractor
{
    /// <summary>Most words a phrase takes on each side of the mention, an apposition, or a predicate.</summary>
    private const int MaxPhraseWords = 4, MaxAppositionWords = 6, MaxPredicateWords = 3;

    /// <summary>
    /// Reads the reference at characters [<paramref name="start"/>, +<paramref name="length"/>) of
    /// <paramref name="text"/>; null when no token lies there.
    /// </summary>
    /// <param name="text">The unit's text stage.</param>
    /// <param name="pack">The stance pack of the unit's language.</param>
    /// <param name="stopwords">The language's stopwords.</param>
    /// <param name="aliasWords">Folded words of the target's name and aliases: never labels.</param>
    /// <param name="target">The target's name.</param>
    /// <param name="voice">Whose words these are.</param>
    /// <param name="start">Offset of the mention.</param>
    /// <param name="length">Length of the mention.</param>
    public static TargetReference? Extract(AnalyzedText text, StanceLanguagePack pack, Stopwords stopwords, IReadOnlySet<string> aliasWords,
        string target, Voice voice, int start, int length)
    {
        var tokens = text.TokenSpan;
        var first = FirstTokenAt(tokens, start);
        if (first < 0)
        {
            return null;
        }

        var last = first;
        while (last + 1 < tokens.Length && tokens[last + 1].Start < start + length)
        {
            last++;
        }

        var (sentenceStart, sentenceEnd) = SentenceOf(text, first);
        var labels = new List<TargetLabel>();
        var words = new Context(text, pack, stopwords, aliasWords);

        // Inside the mention: the modifiers a determiner-led alias match let through (the so-called reform).
        for (var i = first; i <= last; i++)
        {
            if (words.IsLabel(i))
            {
                labels.Add(words.Label(i, LabelAttachment.Modifier));
            }
        }

        var phraseFirst = first;
        if (pack.ModifiersBeforeNoun)
        {
            for (var i = first - 1; i >= sentenceStart && first - i <= MaxPhraseWords; i--)
            {
                if (tokens[i].Kind != TokenKind.Word || pack.IsNegator(text.Key(i)))
                {
                    break;
                }

                if (pack.IsDeterminer(text.Key(i)))
                {
                    phraseFirst = i;
                    break;
                }

                var name = tokens[i].Has(TokenFlags.Capitalized) && !IsSentenceInitial(text, i, sentenceStart);
                if (!name && !words.IsContent(i))
                {
                    break;
                }

                phraseFirst = i;
                if (!name && words.IsLabel(i))
                {
                    labels.Insert(0, words.Label(i, LabelAttachment.Modifier));
                }
            }
        }

        var phraseLast = last;
        if (pack.ModifiersAfterNoun)
        {
            for (var i = last + 1; i < sentenceEnd && i - last <= 2; i++)
            {
                if (!words.IsLabel(i) || pack.IsCopula(text.Key(i)))
                {
                    break;
                }

                phraseLast = i;
                labels.Add(words.Label(i, LabelAttachment.Modifier));
            }
        }

        var next = phraseLast + 1;
        if (next < sentenceEnd && tokens[next].Kind == TokenKind.Punctuation && text.TokenText(next) is ",")
        {
            Apposition(words, next + 1, sentenceEnd, labels);
        }
        else if (next < sentenceEnd && tokens[next].Kind == TokenKind.Word && pack.IsCopula(text.Key(next)))
        {
            Predicate(words, next + 1, sentenceEnd, labels);
        }

        var from = tokens[phraseFirst].Start;
        var to = tokens[phraseLast].End;
        var anchorFrom = tokens[first].Start;
        var anchorTo = tokens[last].End;
        return new TargetReference(target, voice, text.Text[anchorFrom..anchorTo], anchorFrom, anchorTo - anchorFrom, text.Text[from..to], from, to - from, labels);
    }

    /// <summary>
    /// <c>, a controversial mega-prison,</c>: a determiner right after the comma, then up to six words closed by a comma,
    /// a full stop or the end of the sentence. Without the determiner it is a list or a clause, not an apposition.
    /// </summary>
    private static void Apposition(in Context words, int i, int end, List<TargetLabel> labels)
    {
        var text = words.Text;
        if (i >= end || text.TokenAt(i).Kind != TokenKind.Word || !words.Pack.IsDeterminer(text.Key(i)))
        {
            return;
        }

        var found = new List<TargetLabel>();
        var j = i + 1;
        for (; j < end && j - i <= MaxAppositionWords; j++)
        {
            var token = text.TokenAt(j);
            if (token.Kind == TokenKind.Punctuation)
            {
                break;
            }

            if (token.Kind == TokenKind.Word && words.Pack.IsNegator(text.Key(j)))
            {
                return;
            }

            if (words.IsLabel(j))
            {
                found.Add(words.Label(j, LabelAttachment.Apposition));
            }
        }

        var closed = j >= end || (text.TokenAt(j).Kind == TokenKind.Punctuation && text.TokenText(j) is "," or "." or ";" or ")" or "—" or "–");
        if (closed)
        {
            labels.AddRange(found);
        }
    }

    /// <summary>
    /// <c>is a disaster</c>, <c>es una experiencia exitosa</c>: after the copula an optional determiner, then up to three
    /// content words; a negator or a function word ends it (<c>is not</c> gives nothing).
    /// </summary>
    private static void Predicate(in Context words, int i, int end, List<TargetLabel> labels)
    {
        var text = words.Text;
        if (i < end && text.TokenAt(i).Kind == TokenKind.Word && words.Pack.IsNegator(text.Key(i)))
        {
            return;
        }

        if (i < end && text.TokenAt(i).Kind == TokenKind.Word && words.Pack.IsDeterminer(text.Key(i)))
        {
            i++;
        }

        for (var j = i; j < end && j - i < MaxPredicateWords; j++)
        {
            if (!words.IsLabel(j))
            {
                break;
            }

            labels.Add(words.Label(j, LabelAttachment.Predicate));
        }
    }

    private static int FirstTokenAt(ReadOnlySpan<Token> tokens, int start)
    {
        int lo = 0, hi = tokens.Length - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (tokens[mid].End > start)
            {
                found = mid;
                hi = mid - 1;
            }
            else
            {
                lo = mid + 1;
            }
        }

        return found;
    }

    private static (int Start, int End) SentenceOf(AnalyzedText text, int token)
    {
        foreach (var s in text.SentenceSpans)
        {
            if (token >= s.FirstToken && token < s.FirstToken + s.TokenCount)
            {
                return (s.FirstToken, s.FirstToken + s.TokenCount);
            }
        }

        return (0, text.TokenCount);
    }

    private static bool IsSentenceInitial(AnalyzedText text, int i, int sentenceStart)
    {
        for (var j = sentenceStart; j < i; j++)
        {
            if (text.TokenAt(j).Kind == TokenKind.Word)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>What the rules read about one unit's words.</summary>
    private readonly record struct Context(AnalyzedText Text, StanceLanguagePack Pack, Stopwords Stopwords, IReadOnlySet<string> AliasWords)
    {
        /// <summary>A word that is not a function word of the language (stopword, determiner, copula, negator) and not a number.</summary>
        public bool IsContent(int i)
        {
            var token = Text.TokenAt(i);
            if (token.Kind != TokenKind.Word)
            {
                return false;
            }

            var key = Text.Key(i);
            return key.Length > 1 && !Stopwords.Contains(key) && !Pack.IsDeterminer(key) && !Pack.IsCopula(key) && !Pack.IsNegator(key) && !char.IsDigit(key[0]);
        }

        /// <summary>A content word written in lowercase that is not one of the target's own words.</summary>
        public bool IsLabel(int i) =>
            IsContent(i) && !Text.TokenAt(i).Has(TokenFlags.Capitalized) && !AliasWords.Contains(Text.Key(i).ToString());

        public TargetLabel Label(int i, LabelAttachment attachment)
        {
            var token = Text.TokenAt(i);
            var valence = Pack.Sentiment.WordValence(Text.Key(i), Text.Stem(i), out _);
            var evaluative = 0.0;
            if (Pack.Cues.Match(Text, i, Text.TokenCount, out var cue) > 0 && cue!.Payload.Type == StanceCueType.Evaluative)
            {
                evaluative = cue.Payload.Weight;
            }

            return new TargetLabel(Text.Key(i).ToString(), Text.Text.Substring(token.Start, token.Length), attachment, token.Start, token.Length, valence, evaluative);
        }
    }
}
