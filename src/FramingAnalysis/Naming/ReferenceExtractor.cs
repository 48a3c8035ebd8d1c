using System.Collections.Frozen;
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
/// as a label. A predicate after a negator (<c>is not a model</c>) gives no label: its words would say the opposite. A
/// pronoun reference (<c>it</c>, <c>ella</c>) gives none either: the stance stage resolves it to the target named last,
/// which is a guess.
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
    public static TargetReference? Extract(AnalyzedText text, StanceLanguagePack pack, Stopwords stopwords, FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> aliasWords,
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

        // A pronoun (it, they, ella) heads no noun phrase, and which target it stands for is the stance stage's guess: it
        // counts as a reference but gives no label.
        var pronoun = first == last && stopwords.Contains(text.Key(first));
        var phraseFirst = first;
        var phraseLast = last;
        if (!pronoun)
        {
            // Inside the mention: the modifiers a determiner-led alias match let through (the so-called reform), never its
            // first or last word (the determiner and the head noun of an anaphor such as "the measure").
            for (var i = first + 1; i < last; i++)
            {
                if (words.IsLabel(i))
                {
                    labels.Add(words.Label(i, LabelAttachment.Modifier));
                }
            }

            if (pack.ModifiersBeforeNoun && !pack.IsDeterminer(text.Key(first)))
            {
                phraseFirst = LeftOfMention(words, first, sentenceStart, labels);
            }

            if (pack.ModifiersAfterNoun)
            {
                // The target's own words extend the phrase without being labels (el modelo costaserenense).
                for (var i = last + 1; i < sentenceEnd && i - last <= 3; i++)
                {
                    if (words.IsOwnWord(i))
                    {
                        phraseLast = i;
                        continue;
                    }

                    if (!words.IsLabel(i) || !words.IsAdjectival(i))
                    {
                        break;
                    }

                    phraseLast = i;
                    labels.Add(words.Label(i, LabelAttachment.Modifier));
                }
            }
        }

        var next = phraseLast + 1;
        if (!pronoun && next < sentenceEnd && tokens[next].Kind == TokenKind.Punctuation && text.TokenText(next) is ",")
        {
            Apposition(words, next + 1, sentenceEnd, labels);
        }
        else if (!pronoun && CopulaAt(text, pack, next, sentenceEnd) is var after and >= 0)
        {
            Predicate(words, after, sentenceEnd, labels);
        }

        var from = tokens[phraseFirst].Start;
        var to = tokens[phraseLast].End;
        var anchorFrom = tokens[first].Start;
        var anchorTo = tokens[last].End;
        return new TargetReference(target, voice, text.Text[anchorFrom..anchorTo], anchorFrom, anchorTo - anchorFrom, text.Text[from..to], from, to - from, labels)
        {
            IsPronoun = pronoun,
        };
    }

    /// <summary>
    /// <c>, a controversial mega-prison,</c>: a determiner right after the comma, then the content words up to a comma,
    /// a full stop, the end of the sentence or a function word (a relative clause or a preposition starts there:
    /// <c>, una cárcel ejemplar que …</c>), at most six. Without the determiner it is a list or a clause, not an
    /// apposition; a negator inside it, or no end within six words, gives nothing.
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
        var closed = false;
        for (; j < end && j - i <= MaxAppositionWords; j++)
        {
            var token = text.TokenAt(j);
            if (token.Kind == TokenKind.Punctuation)
            {
                closed = text.TokenText(j) is "," or "." or ";" or ")" or "—" or "–";
                break;
            }

            if (token.Kind != TokenKind.Word || words.Pack.IsNegator(text.Key(j)))
            {
                return;
            }

            if (!words.IsContent(j))
            {
                closed = found.Count > 0;
                break;
            }

            if (words.IsLabel(j))
            {
                found.Add(words.Label(j, LabelAttachment.Apposition));
            }
        }

        if (closed || j >= end)
        {
            labels.AddRange(found);
        }
    }

    /// <summary>
    /// The words before a mention that belong to its noun phrase: lowercase modifiers count only when a determiner or a
    /// possessive name closes them on the left (<c>the controversial prison</c>, <c>El Salvador's massive gang detention
    /// facility</c>), because without one the word before a name is most often a verb (<c>visited CECOT</c>).
    /// Capitalized words next to the mention are names and titles (<c>Valdorian President</c>): in the phrase, never labels.
    /// Returns the phrase's first token.
    /// </summary>
    private static int LeftOfMention(in Context words, int first, int sentenceStart, List<TargetLabel> labels)
    {
        var text = words.Text;
        var pack = words.Pack;
        var phraseFirst = first;
        List<TargetLabel>? pending = null;
        for (var i = first - 1; i >= sentenceStart && first - i <= MaxPhraseWords; i--)
        {
            var token = text.TokenAt(i);
            if (token.Kind != TokenKind.Word || pack.IsNegator(text.Key(i)))
            {
                break;
            }

            if (pack.IsDeterminer(text.Key(i)))
            {
                if (pending is not null)
                {
                    labels.InsertRange(0, pending);
                }

                return i;
            }

            var name = token.Has(TokenFlags.Capitalized) && !IsSentenceInitial(text, i, sentenceStart);
            if (name)
            {
                if (token.Has(TokenFlags.Apostrophe))
                {
                    // A possessive name closes the phrase's modifiers (Bukele's crackdown), and may itself have a name before it.
                    if (pending is not null)
                    {
                        labels.InsertRange(0, pending);
                    }

                    phraseFirst = i;
                    while (i - 1 >= sentenceStart && text.TokenAt(i - 1).Kind == TokenKind.Word && text.TokenAt(i - 1).Has(TokenFlags.Capitalized) && !pack.IsDeterminer(text.Key(i - 1)))
                    {
                        phraseFirst = --i;
                    }

                    return phraseFirst;
                }

                if (pending is null)
                {
                    phraseFirst = i;
                    continue;
                }

                break;
            }

            if (!words.IsContent(i))
            {
                break;
            }

            if (words.IsLabel(i))
            {
                (pending ??= []).Insert(0, words.Label(i, LabelAttachment.Modifier));
            }
        }

        return phraseFirst;
    }

    /// <summary>
    /// <c>is a disaster</c>, <c>es una experiencia exitosa</c>, <c>is brutal</c>: after the copula either a determiner
    /// and up to three content words (a noun predicate), or words that end like adjectives of the language or carry
    /// valence (not participles: <c>was replaced</c> is a passive). A negator right after the copula gives nothing.
    /// </summary>
    private static void Predicate(in Context words, int i, int end, List<TargetLabel> labels)
    {
        var text = words.Text;
        if (i >= end || text.TokenAt(i).Kind != TokenKind.Word || words.Pack.IsNegator(text.Key(i)))
        {
            return;
        }

        var nounPhrase = words.Pack.IsDeterminer(text.Key(i));
        if (nounPhrase)
        {
            i++;
        }

        for (var j = i; j < end && j - i < MaxPredicateWords; j++)
        {
            if (!words.IsLabel(j) || (!nounPhrase && !words.IsPredicateAdjective(j)))
            {
                break;
            }

            labels.Add(words.Label(j, LabelAttachment.Predicate));
        }
    }

    /// <summary>
    /// Where the predicate after a copula starts, or -1 when no copula follows at <paramref name="i"/>: up to two copula
    /// particles before it (a reflexive or an auxiliary: <c>se convirtió</c>, <c>has become</c>, <c>se ha convertido</c>)
    /// and up to two copulas or particles after it (<c>convirtió en</c>, <c>is seen as</c>).
    /// </summary>
    private static int CopulaAt(AnalyzedText text, StanceLanguagePack pack, int i, int end)
    {
        for (var skipped = 0; skipped < 2 && i < end && text.TokenAt(i).Kind == TokenKind.Word && pack.IsCopulaParticle(text.Key(i)) && !pack.IsCopula(text.Key(i)); skipped++)
        {
            i++;
        }

        if (i >= end || text.TokenAt(i).Kind != TokenKind.Word || !pack.IsCopula(text.Key(i)))
        {
            return -1;
        }

        // After it, up to two more copulas or particles: "is seen as", "fue considerado como" stays a copula chain.
        i++;
        for (var skipped = 0; skipped < 2 && i < end && text.TokenAt(i).Kind == TokenKind.Word && (pack.IsCopulaParticle(text.Key(i)) || pack.IsCopula(text.Key(i))); skipped++)
        {
            i++;
        }

        return i;
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
    private readonly record struct Context(AnalyzedText Text, StanceLanguagePack Pack, Stopwords Stopwords, FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AliasWords)
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
            return key.Length > 1 && !Stopwords.Contains(key) && !Pack.IsDeterminer(key) && !Pack.IsCopula(key) && !Pack.IsNegator(key) && !Pack.IsPreposition(key)
                && !char.IsDigit(key[0]);
        }

        /// <summary>A content word of the target's own name or aliases (<c>costaserenense</c> for a target called "modelo costaserenense").</summary>
        public bool IsOwnWord(int i) => IsContent(i) && AliasWords.Contains(Text.Key(i));

        /// <summary>A content word written in lowercase that is not one of the target's own words.</summary>
        public bool IsLabel(int i) =>
            IsContent(i) && !Text.TokenAt(i).Has(TokenFlags.Capitalized) && !AliasWords.Contains(Text.Key(i));

        /// <summary>
        /// After a noun: ends like an adjective or a participle (<c>salvadoreño</c>, <c>abarrotada</c>, <c>exitosa</c>).
        /// Valence alone is not enough there: a verb right after its subject carries valence too (<c>la presidenta logra</c>).
        /// </summary>
        public bool IsAdjectival(int i)
        {
            var key = Text.Key(i);
            return Pack.LooksAdjective(key) || Pack.LooksParticiple(key);
        }

        /// <summary>After a copula without a determiner: ends like an adjective, or carries valence, and is not a participle.</summary>
        public bool IsPredicateAdjective(int i)
        {
            var key = Text.Key(i);
            return !Pack.LooksParticiple(key) && (Pack.LooksAdjective(key) || HasValence(i));
        }

        private bool HasValence(int i) => Pack.Sentiment.WordValence(Text.Key(i), Text.Stem(i), out _) != 0 || Evaluative(i) != 0;

        private double Evaluative(int i) =>
            Pack.Cues.Match(Text, i, Text.TokenCount, out var cue) > 0 && cue!.Payload.Type == StanceCueType.Evaluative ? cue.Payload.Weight : 0;

        public TargetLabel Label(int i, LabelAttachment attachment)
        {
            var token = Text.TokenAt(i);
            var valence = Pack.Sentiment.WordValence(Text.Key(i), Text.Stem(i), out _);
            var evaluative = Evaluative(i);
            return new TargetLabel(Text.Key(i).ToString(), Text.Text.Substring(token.Start, token.Length), attachment, token.Start, token.Length, valence, evaluative);
        }
    }
}
