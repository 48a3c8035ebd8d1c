using System.Runtime.InteropServices;
using FramingAnalysis.Text;

namespace FramingAnalysis.Stance.Rules;

/// <summary>
/// The composition stage: turns what the cue stage found in a sentence about a target into contributions to that
/// target's raw score, each with its evidence, weighted by where it stands relative to the mention.
/// </summary>
/// <remarks>
/// <para><b>Where.</b> A word is <i>attached</i> to a mention when it modifies it (up to three words before it, in its
/// clause: <c>the controversial mega-prison</c>), is its predicate (up to eight words after it, in its clause: <c>X has
/// faced scrutiny</c>, <c>X se convirtió en un referente</c>), or stands in an apposition right after it (<c>CECOT, una
/// de las claves …</c>); otherwise it is elsewhere in the mention's clause, or in another clause of the sentence
/// (weights in <see cref="StanceOptions"/>).</para>
/// <para><b>What.</b> Stance cues with their lexicon weights; the lexicon valence of other words (÷ 4, as sentiment
/// valences run to ±4); and good-for/bad-for events (Choi &amp; Wiebe 2014; Deng &amp; Wiebe 2015): a predicate that
/// reduces, combats, ends or prevents a bad thing (<c>lowered homicide rates</c>, <c>clave contra el crimen
/// organizado</c>), or says that a bad thing fell (<c>el desempleo baja</c>), or helps a good one judges its agent well; one that harms or suspends a good thing (<c>suspended
/// constitutional rights</c>) badly; and such a predicate right before the mention judges the target itself (<c>support
/// X</c>, <c>suspend X</c>). The good and bad things of the effect lexicon are topic words (crime, prison, violencia):
/// alone they say nothing about a target, so their sentiment valence is not counted.</para>
/// <para><b>Modifiers.</b> A negator up to three words before, in the same clause, flips a contribution (× −0.74, the
/// VADER negation scalar, Hutto &amp; Gilbert 2014). After a contrast marker (<c>but</c>, <c>pero</c>, <c>sin
/// embargo</c>) the second clause decides: words after it weigh <see cref="AfterContrast"/>, words before it
/// <see cref="BeforeContrast"/>; a concessive clause (<c>while</c>, <c>aunque</c>) weighs <see cref="Concessive"/>.</para>
/// </remarks>
internal static class TargetEvaluation
{
    /// <summary>The weight of words after a contrast marker.</summary>
    public const double AfterContrast = 1.5;

    /// <summary>The weight of words before a contrast marker.</summary>
    public const double BeforeContrast = 0.4;

    /// <summary>The weight of words in a concessive clause.</summary>
    public const double Concessive = 0.5;

    /// <summary>The reported speech of a sentence (start and end token, −1 when none) and whether it names the target being evaluated.</summary>
    private readonly record struct Report(int Start, int End, bool NamesTarget);

    /// <summary>How much of a sentence its sentence-sentiment evidence quotes, in characters (its offsets cover all of it).</summary>
    private const int EvidenceSentenceLength = 160;

    /// <summary>The VADER negation scalar.</summary>
    private const double NegationScalar = -0.74;

    /// <summary>How many words before an item a negator still flips it.</summary>
    private const int NegationReach = 3;

    /// <summary>How many mentions of one target in one sentence are weighed (more add nothing new and would cost per item).</summary>
    private const int MaxMentionsPerTarget = 8;

    // Marks a negator in the valence memo (valences are finite).
    private const double NegatorMark = double.PositiveInfinity;

    /// <summary>The evidence kinds of the cue types, lower-cased once.</summary>
    private static readonly string[] CueTypeNames = Array.ConvertAll(Enum.GetNames<StanceCueType>(), n => n.ToLowerInvariant());

    /// <summary>
    /// Adds the contributions of sentence <paramref name="sentence"/> to the accumulators of the targets in
    /// <paramref name="found"/>: to the quoted accumulator for items inside <paramref name="reported"/>, else to the
    /// unit's own; every contribution × <paramref name="scale"/> (less than 1 for a sentence that is only near the target),
    /// and the sentiment ones (sentence compound, word valences) also × <paramref name="sentimentScale"/>.
    /// </summary>
    public static void Evaluate(AnalyzedText text, StanceLanguagePack pack, StanceOptions options, StanceScratch scratch, Voice ownVoice, int sentence, ReadOnlySpan<Mention> found, (int Start, int End) reported, double sentenceCompound, double scale = 1.0, double sentimentScale = 1.0)
    {
        var scan = scratch.Scans[sentence];
        var first = text.SentenceSpans[sentence].FirstToken;
        var end = first + text.SentenceSpans[sentence].TokenCount;
        var hits = CollectionsMarshal.AsSpan(scratch.Hits).Slice(scan.HitStart, scan.HitCount);
        var effects = CollectionsMarshal.AsSpan(scratch.Effects).Slice(scan.EffectStart, scan.EffectCount);
        var clause = scratch.Clause;
        NumberClauses(text, first, end, clause);
        var (contrast, concessionStart, concessionEnd) = Markers(text, hits, first, end);
        LookUpValences(text, pack, scratch, first, end);
        var valence = scratch.Valence;
        var covered = scratch.Covered;
        var tokens = text.TokenSpan;

        // A sentence that names good or bad things (crime, rights, violencia) is about a topic: its compound is taken
        // without the topic words, and its other clauses are also read word by word, topic words left out.
        var topical = false;
        foreach (ref readonly var effect in effects)
        {
            topical |= effect.Kind is StanceEffect.Good or StanceEffect.Bad;
        }

        var otherClause = topical ? options.TopicalOtherClauseWeight : options.OtherClauseWeight;

        // The sentence's compound (x / √(x² + 15), as the sentiment scorer normalizes it) without the topic words' valences.
        var topicSum = 0.0;
        if (topical)
        {
            foreach (ref readonly var effect in effects)
            {
                for (var k = effect.Token; k < effect.Token + effect.Length && effect.Kind is StanceEffect.Good or StanceEffect.Bad; k++)
                {
                    if (scratch.Valence[k] is var v && !double.IsNaN(v) && v != NegatorMark)
                    {
                        topicSum += v;
                    }
                }
            }
        }

        var compound = sentenceCompound;
        if (topicSum != 0 && !double.IsNaN(compound))
        {
            // Back to the sum (the inverse of x / √(x² + 15)), less the topic words, and normalized again.
            var c = Math.Clamp(compound, -0.9999, 0.9999);
            var rest = (c * Math.Sqrt(15 / (1 - (c * c)))) - topicSum;
            compound = rest / Math.Sqrt((rest * rest) + 15);
        }

        for (var f = 0; f < found.Length; f++)
        {
            var target = found[f].Target;
            if (SeenBefore(found, f))
            {
                continue;
            }

            var mentions = Mentions(found, f, scratch.TargetMentions);

            // Reported speech is about the target only when it names it; a target outside it is usually its speaker, and
            // what a speaker says is their stance, not a stance toward them.
            var namedInReport = reported.Start < 0;
            foreach (var m in mentions)
            {
                namedInReport |= m.Length == 0 || (m.Token >= reported.Start && m.Token < reported.End);
            }

            var report = new Report(reported.Start, reported.End, namedInReport);

            // The sentence's own sentiment (the sentiment scorer's compound), in the voice of the target's first mention.
            if (compound != 0 && !double.IsNaN(compound))
            {
                var at = mentions[0].Length > 0 ? mentions[0].Token : first;
                var sentenceStart = text.TokenAt(first).Start;
                var sentenceEnd = text.TokenAt(end - 1).End;
                var weight = compound * options.SentenceSentimentWeight * scale * sentimentScale * (namedInReport ? 1.0 : options.SpeakerSentenceWeight);
                var inQuote = reported.Start >= 0 && mentions[0].Length > 0 && at >= reported.Start && at < reported.End;
                ref var acc = ref (inQuote ? ref scratch.Quoted[target] : ref scratch.Own[target]);
                acc.Mentioned = true;
                acc.Raw += weight;
                acc.Cues++;
                var shown = Math.Min(sentenceEnd - sentenceStart, EvidenceSentenceLength);
                acc.Evidence.Add(new StanceEvidence(sentenceStart, sentenceEnd - sentenceStart, text.Text.Substring(sentenceStart, shown), "sentence-sentiment", Math.Round(weight, 4)));
            }

            // Stance cues.
            foreach (ref readonly var hit in hits)
            {
                if (hit.Type is StanceCueType.Attribution or StanceCueType.Anaphor or StanceCueType.Contrast or StanceCueType.Concession)
                {
                    continue;
                }

                var where = Where(hit.Token, hit.Length, mentions, clause, first, options, cue: true);
                var w = hit.Weight * where * Position(hit.Token, contrast, concessionStart, concessionEnd) * Negation(text, pack, valence, clause, hit.Token, first);
                if (hit.Type == StanceCueType.Comment && ownVoice == Voice.Audience)
                {
                    w *= options.CommentCueBoost;
                }

                Add(text, scratch, report, scale, target, hit.Token, hit.Length, hit.Entry, CueTypeNames[(int)hit.Type], w);
            }

            // Good-for/bad-for events: a predicate and the good or bad thing it acts on, or the target itself as its object.
            for (var e = 0; e < effects.Length; e++)
            {
                ref readonly var predicate = ref effects[e];
                if (predicate.Kind is not (StanceEffect.GoodFor or StanceEffect.BadFor))
                {
                    continue;
                }

                var sign = predicate.Kind == StanceEffect.GoodFor ? 1.0 : -1.0;
                var negation = Negation(text, pack, valence, clause, predicate.Token, first);
                var position = Position(predicate.Token, contrast, concessionStart, concessionEnd);
                var objectEnd = predicate.Token + predicate.Length + options.EffectObjectReach;
                var thing = -1;
                for (var o = e + 1; o < effects.Length && effects[o].Token < objectEnd; o++)
                {
                    if (effects[o].Kind is StanceEffect.Good or StanceEffect.Bad && clause[effects[o].Token - first] == clause[predicate.Token - first])
                    {
                        thing = o;
                        break;
                    }
                }

                // No object: a decrease or increase said of its subject ("unemployment fell", "el desempleo baja").
                for (var o = e - 1; thing < 0 && o >= 0 && effects[o].Token + effects[o].Length >= predicate.Token - options.EffectObjectReach; o--)
                {
                    if (effects[o].Kind is StanceEffect.Good or StanceEffect.Bad && clause[effects[o].Token - first] == clause[predicate.Token - first])
                    {
                        thing = o;
                    }
                }

                if (thing >= 0)
                {
                    ref readonly var acted = ref effects[thing];
                    var value = sign * (acted.Kind == StanceEffect.Good ? 1.0 : -1.0);
                    var from = Math.Min(predicate.Token, acted.Token);
                    var to = Math.Max(predicate.Token + predicate.Length, acted.Token + acted.Length);
                    var where = Where(from, to - from, mentions, clause, first, options, cue: true);
                    var w = options.EffectWeight * predicate.Weight * acted.Weight * value * where * position * negation;
                    var kind = value > 0 ? "good-for: " : "bad-for: ";
                    Add(text, scratch, report, scale, target, from, to - from, kind + predicate.Entry + " + " + acted.Entry, "effect", w);
                    continue;
                }

                // The target as the predicate's object: "support X", "suspender X".
                foreach (var m in mentions)
                {
                    if (m.Length > 0 && m.Token >= predicate.Token + predicate.Length && m.Token <= predicate.Token + predicate.Length + 2
                        && clause[m.Token - first] == clause[predicate.Token - first])
                    {
                        var w = options.EffectWeight * options.EffectOnTargetWeight * predicate.Weight * sign * position * negation;
                        Add(text, scratch, report, scale, target, predicate.Token, predicate.Length, (sign > 0 ? "good-for target: " : "bad-for target: ") + predicate.Entry, "effect", w);
                        break;
                    }
                }
            }

            // The lexicon valence of the other words. A capitalized word inside a sentence is a name or part of one
            // (Judge Strange, the Justices, a task Force), not an evaluation.
            for (var k = first; k < end; k++)
            {
                var v = valence[k];
                if (tokens[k].Kind != TokenKind.Word || v == 0 || double.IsNaN(v) || v == NegatorMark || covered[k] != 0 || InMention(mentions, k)
                    || (options.SkipCapitalizedWords && SentenceCasing.IsNameInside(text, k, first)))
                {
                    continue;
                }

                var where = Where(k, 1, mentions, clause, first, options, cue: false, otherClause);
                if (where == 0)
                {
                    continue;
                }

                var w = v / 4 * options.ClauseSentimentWeight * sentimentScale * where * Position(k, contrast, concessionStart, concessionEnd) * Negation(text, pack, valence, clause, k, first);
                Add(text, scratch, report, scale, target, k, 1, scratch.Entries[k], "word-sentiment", w);
            }
        }
    }

    /// <summary>Adds one contribution with its evidence to the target's accumulator of the voice where the item stands.</summary>
    private static void Add(AnalyzedText text, StanceScratch scratch, Report reported, double scale, int target, int token, int length, string? entry, string cue, double weight)
    {
        weight *= scale;
        if (weight == 0)
        {
            return;
        }

        var inQuote = reported.Start >= 0 && token >= reported.Start && token < reported.End;
        if (inQuote && !reported.NamesTarget)
        {
            // Reported speech that does not name the target says nothing about it.
            return;
        }

        ref var acc = ref (inQuote ? ref scratch.Quoted[target] : ref scratch.Own[target]);
        acc.Mentioned = true;
        acc.Raw += weight;
        acc.Cues++;
        var from = text.TokenAt(token).Start;
        var to = text.TokenAt(token + length - 1).End;
        var written = entry is not null && text.Text.AsSpan(from, to - from).SequenceEqual(entry) ? entry : cue == "word-sentiment" || entry is null ? text.Text[from..to] : entry;
        acc.Evidence.Add(new StanceEvidence(from, to - from, written, cue, Math.Round(weight, 4)));
    }

    /// <summary>
    /// The weight of an item at <paramref name="token"/> for the nearest of the target's mentions: attached, same clause,
    /// or another clause of the sentence; a whole sentence read as about the target (a mention of length 0) weighs every
    /// item as its clause.
    /// </summary>
    private static double Where(int token, int length, ReadOnlySpan<Mention> mentions, int[] clause, int first, StanceOptions options, bool cue, double otherClause = 0)
    {
        var best = cue ? options.OtherClauseCueWeight : otherClause;
        foreach (var m in mentions)
        {
            if (m.Length == 0)
            {
                best = Math.Max(best, options.ClauseWeight);
                continue;
            }

            var itemClause = clause[token - first];
            var mentionClause = clause[m.Token - first];
            var mentionEnd = m.Token + m.Length;
            double w;
            if (itemClause == mentionClause)
            {
                var attached = (token < m.Token && m.Token - (token + length) < 3) || (token >= mentionEnd && token - mentionEnd < 8);
                w = attached ? options.AttachedWeight : options.ClauseWeight;
            }
            else if (itemClause == mentionClause + 1 && mentionEnd - first < clause.Length && clause[mentionEnd - first] != mentionClause && token - mentionEnd < 10)
            {
                // An apposition: the clause that starts right after the mention.
                w = options.AttachedWeight;
            }
            else
            {
                w = cue ? options.OtherClauseCueWeight : otherClause;
            }

            best = Math.Max(best, w);
        }

        return best;
    }

    /// <summary>The first mentions of the target of <c>found[index]</c> (at most <see cref="MaxMentionsPerTarget"/>), into <paramref name="buffer"/>.</summary>
    private static ReadOnlySpan<Mention> Mentions(ReadOnlySpan<Mention> found, int index, Mention[] buffer)
    {
        var count = 0;
        for (var k = index; k < found.Length && count < MaxMentionsPerTarget; k++)
        {
            if (found[k].Target == found[index].Target)
            {
                buffer[count++] = found[k];
            }
        }

        return buffer.AsSpan(0, count);
    }

    /// <summary>Allocation-free buffer size for <see cref="Mentions"/>.</summary>
    public const int MentionBuffer = MaxMentionsPerTarget;

    private static bool InMention(ReadOnlySpan<Mention> mentions, int token)
    {
        foreach (var m in mentions)
        {
            if (token >= m.Token && token < m.Token + m.Length)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the target of <c>found[index]</c> already occurs earlier in the list (a sentence names few targets).</summary>
    private static bool SeenBefore(ReadOnlySpan<Mention> found, int index)
    {
        for (var k = 0; k < index; k++)
        {
            if (found[k].Target == found[index].Target)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Numbers the clauses of the sentence: <c>clause[k − first]</c> is the index of token k's clause (a break token belongs to the clause it ends).</summary>
    private static void NumberClauses(AnalyzedText text, int first, int end, int[] clause)
    {
        var c = 0;
        for (var k = first; k < end; k++)
        {
            clause[k - first] = c;
            if (VoiceRules.IsBreak(text, k))
            {
                c++;
            }
        }
    }

    /// <summary>The first contrast marker after the sentence start, and the first concessive clause (start and end), or -1.</summary>
    private static (int Contrast, int ConcessionStart, int ConcessionEnd) Markers(AnalyzedText text, ReadOnlySpan<CueHit> hits, int first, int end)
    {
        int contrast = -1, concession = -1;
        foreach (ref readonly var hit in hits)
        {
            if (contrast < 0 && hit.Type == StanceCueType.Contrast && hit.Token > first)
            {
                contrast = hit.Token;
            }
            else if (concession < 0 && hit.Type == StanceCueType.Concession)
            {
                concession = hit.Token;
            }
        }

        var concessionEnd = -1;
        if (concession >= 0)
        {
            concessionEnd = end;
            for (var i = concession + 1; i < end; i++)
            {
                if (VoiceRules.IsBreak(text, i))
                {
                    concessionEnd = i;
                    break;
                }
            }
        }

        return (contrast, concession, concessionEnd);
    }

    private static double Position(int token, int contrast, int concessionStart, int concessionEnd)
    {
        if (contrast >= 0)
        {
            return token < contrast ? BeforeContrast : AfterContrast;
        }

        return concessionStart >= 0 && token > concessionStart && token < concessionEnd ? Concessive : 1.0;
    }

    /// <summary>−0.74 when a negator stands up to three words before the item in its clause, else 1.</summary>
    private static double Negation(AnalyzedText text, StanceLanguagePack pack, double[] valence, int[] clause, int token, int first)
    {
        var words = 0;
        for (var k = token - 1; k >= first && words < NegationReach; k--)
        {
            if (clause[k - first] != clause[token - first])
            {
                break;
            }

            ref readonly var t = ref text.TokenAt(k);
            if (t.Kind != TokenKind.Word)
            {
                continue;
            }

            words++;
            if (valence[k] == NegatorMark || t.Has(TokenFlags.NegationClitic) || pack.IsNegator(text.Key(k)))
            {
                return NegationScalar;
            }
        }

        return 1.0;
    }

    /// <summary>Looks up the word valences of a sentence once per unit (NaN: not yet; <see cref="NegatorMark"/>: a negator).</summary>
    private static void LookUpValences(AnalyzedText text, StanceLanguagePack pack, StanceScratch scratch, int first, int end)
    {
        var valence = scratch.Valence;
        if (!double.IsNaN(valence[first]) || first >= end)
        {
            return;
        }

        var entries = scratch.Entries;
        for (var k = first; k < end; k++)
        {
            ref readonly var token = ref text.TokenAt(k);
            entries[k] = null;
            valence[k] = token.Kind != TokenKind.Word ? 0
                : token.Has(TokenFlags.NegationClitic) || pack.IsNegator(text.Key(k)) ? NegatorMark
                : pack.Sentiment.WordValence(text.Key(k), text.Stem(k), out _, out entries[k]);
        }
    }
}
