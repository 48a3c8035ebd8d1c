using FramingAnalysis.Lexicons;
using FramingAnalysis.Text;

namespace FramingAnalysis.Stance.Rules;

/// <summary>
/// The cue stage: finds, per sentence, the target mentions (through <see cref="MentionFinder"/>), the stance cues, the
/// good-for/bad-for entries, the first anaphor and the first attribution, into the unit's scratch. A sentence can only be
/// about a target if it names one, or if an earlier one did or the article carries one into the unit (its anaphors then
/// refer to it): until then, cues are not looked for.
/// </summary>
internal static class CueScanner
{
    /// <summary>Scans every sentence; <paramref name="carries"/> says the unit starts with a target to carry.</summary>
    public static void Scan(AnalyzedText text, StanceLanguagePack pack, MentionFinder mentions, StanceScratch scratch, Span<bool> named, bool carries)
    {
        var sentences = text.SentenceCount;
        for (var s = 0; s < sentences; s++)
        {
            ScanSentence(text, pack, mentions, scratch, named, s, withCues: carries);
            carries |= scratch.Scans[s].FoundCount > 0;
        }
    }

    /// <summary>Looks for the cues of the sentences <see cref="Scan"/> did not need them in (a comment read as about the article's targets needs them all).</summary>
    public static void Complete(AnalyzedText text, StanceLanguagePack pack, MentionFinder mentions, StanceScratch scratch, Span<bool> named)
    {
        var sentences = text.SentenceCount;
        for (var s = 0; s < sentences; s++)
        {
            if (!scratch.Scans[s].WithCues)
            {
                ScanSentence(text, pack, mentions, scratch, named, s, withCues: true);
            }
        }
    }

    /// <summary>
    /// Finds the mentions, cues and effects of one sentence (longest match first; a mention wins over a cue at the same
    /// token). Without <paramref name="withCues"/>, only looks for a mention first, and stops there when there is none.
    /// </summary>
    private static void ScanSentence(AnalyzedText text, StanceLanguagePack pack, MentionFinder mentions, StanceScratch scratch, Span<bool> named, int sentence, bool withCues)
    {
        var tokens = text.TokenSpan;
        var first = text.SentenceSpans[sentence].FirstToken;
        var end = first + text.SentenceSpans[sentence].TokenCount;
        var noMentionBefore = first;
        if (!withCues)
        {
            noMentionBefore = FirstMention(text, mentions, named, first, end);
            if (noMentionBefore == end)
            {
                scratch.Scans[sentence] = new SentenceScan { Anaphor = -1, AnaphorLength = 1, Attribution = -1 };
                return;
            }
        }

        var found = scratch.Found;
        var hits = scratch.Hits;
        var effects = scratch.Effects;
        var covered = scratch.Covered;
        var scan = new SentenceScan { FoundStart = found.Count, HitStart = hits.Count, EffectStart = effects.Count, Anaphor = -1, AnaphorLength = 1, Attribution = -1, WithCues = true };
        for (var i = first; i < end;)
        {
            if (tokens[i].Kind == TokenKind.Punctuation)
            {
                i++;
                continue;
            }

            var probe = new TokenProbe(text, i);
            var target = -1;
            string? entry = null;
            var mentionLength = i < noMentionBefore ? 0 : mentions.Match(text, i, end, probe, named, out target, out entry);
            if (mentionLength > 0)
            {
                found.Add(new Mention(i, mentionLength, target, false, entry));
                named[target] = true;

                // With modifiers inside the mention ("the so-called reform"), scan them for cues too.
                i += mentionLength > 1 && entry is not null && mentionLength > WordCount(entry) ? 1 : mentionLength;
                continue;
            }

            var cueLength = pack.Cues.Match(text, i, end, probe, out var cue);
            if (cueLength > 1 && i + 1 >= noMentionBefore && MentionInside(text, mentions, i + 1, i + cueLength, end, named))
            {
                // A target's own alias inside a cue phrase is the target ("the mayor" when the target is the mayor), not an
                // anaphor or a cue: step on, and the next token starts the mention.
                i++;
                continue;
            }

            if (cueLength > 0)
            {
                var (type, weight) = cue!.Payload;
                if (type == StanceCueType.Anaphor && scan.Anaphor < 0)
                {
                    scan.Anaphor = i;
                    scan.AnaphorLength = cueLength;
                    scan.AnaphorEntry = cue.Text;
                }
                else if (type == StanceCueType.Attribution && scan.Attribution < 0)
                {
                    scan.Attribution = i;
                    scan.AttributionLength = cueLength;
                }

                hits.Add(new CueHit(i, cueLength, type, weight, cue.Text));
                covered.AsSpan(i, cueLength).Fill(1);
                i += cueLength;
                continue;
            }

            var effectLength = pack.Effects.Match(text, i, end, probe, out var effect);
            if (effectLength > 0)
            {
                effects.Add(new EffectHit(i, effectLength, effect!.Payload.Kind, effect.Payload.Weight, effect.Text));
                covered.AsSpan(i, effectLength).Fill(2);
                i += effectLength;
                continue;
            }

            i++;
        }

        scan.FoundCount = found.Count - scan.FoundStart;
        scan.HitCount = hits.Count - scan.HitStart;
        scan.EffectCount = effects.Count - scan.EffectStart;
        scratch.Scans[sentence] = scan;
    }

    private static bool MentionInside(AnalyzedText text, MentionFinder mentions, int from, int to, int end, ReadOnlySpan<bool> named)
    {
        for (var k = from; k < to; k++)
        {
            if (mentions.Match(text, k, end, new TokenProbe(text, k), named, out _, out _) > 0)
            {
                return true;
            }
        }

        return false;
    }

    private static int WordCount(string entry)
    {
        var count = 1;
        foreach (var c in entry)
        {
            if (c == ' ')
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>
    /// The first token of the range where a mention starts, or <paramref name="end"/>. The scan proper may find fewer
    /// (a cue it matched can cover the start of one), never more: a sentence where this is the end names no target.
    /// </summary>
    private static int FirstMention(AnalyzedText text, MentionFinder mentions, ReadOnlySpan<bool> named, int first, int end)
    {
        var tokens = text.TokenSpan;
        for (var i = first; i < end; i++)
        {
            if (tokens[i].Kind != TokenKind.Punctuation
                && (mentions.StartsAlias(text, i, end) || (mentions.HasDerived && mentions.MatchDerived(text, i, named, out _, out _) > 0)))
            {
                return i;
            }
        }

        return end;
    }
}
