using System.Globalization;
using System.Runtime.InteropServices;
using FramingAnalysis.Lexicons;
using FramingAnalysis.Sentiment;
using FramingAnalysis.Text;

namespace FramingAnalysis.Stance;

/// <summary>
/// The built-in cue-based stance scorer for English and Spanish. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// <para><b>Mentions.</b> A target is mentioned where one of its aliases matches (folded keys, stems, multi-word,
/// possessives). <b>Carry:</b> after a mention, a later sentence that contains a generic anaphor (<c>the facility</c>,
/// <c>it</c>, <c>la medida</c>) is about the most recently mentioned target, within a unit and, through a
/// <see cref="StanceContext"/>, into the next units of the same article. A reader comment that names no target and has
/// no anaphor is read as being about every target the article's own units named (reason "carried from article",
/// confidence × 0.75): comments answer the article.</para>
/// <para><b>Cues</b> in a sentence about a target add to its raw score: evaluative labels, endorsement and opposition
/// predicates, hedges and comment-style cues with their lexicon weights (comment cues × 1.5 in comments), and the lexicon
/// sentiment of the clause that holds the mention (weight 0.6). A clause after a contrast marker (<c>but</c>,
/// <c>sin embargo</c>) weighs 1.5 and the one before it 0.5; a concessive clause (<c>while</c>, <c>aunque</c>) weighs 0.5.</para>
/// <para><b>Voices.</b> Text inside quotation marks in a sentence with an attribution (<c>said</c>, <c>afirmó</c>), and
/// whole sentences of reported speech (<c>según …</c>, <c>X said that …</c>), are the quoted voice, with the speaker
/// taken from the capitalized words next to the attribution. Embedded posts are the embedded voice (speaker: the post's
/// author) and comments the audience voice.</para>
/// <para><b>Score.</b> Per voice, score = tanh(raw / 1.5) in [−1, 1]; label favor ≥ threshold, against ≤ −threshold;
/// confidence = |score| scaled by the number of cues (1 − e^(−cues/2)). A unit that never mentions a target, directly or
/// by carry, gets neutral, confidence 0, reason "no mention".</para>
/// </remarks>
public sealed class RuleStanceScorer : StanceScorer
{
    private readonly StanceOptions _options;
    private readonly IReadOnlyList<StanceTarget> _targets;
    private readonly string[] _targetNames;
    private readonly LanguageLexicons _en;
    private readonly LanguageLexicons _es;
    private readonly StanceResult?[] _unmentioned;

    private RuleStanceScorer(IReadOnlyList<StanceTarget> targets, StanceOptions options)
    {
        _targets = targets;
        _options = options;
        _targetNames = new string[targets.Count];
        for (var t = 0; t < targets.Count; t++)
        {
            _targetNames[t] = targets[t].Name;
        }

        _en = Load("en");
        _es = Load("es");
        _unmentioned = new StanceResult?[targets.Count * VoiceCount * 2];
    }

    /// <summary>Resource name → version of the cue lexicons, for run manifests.</summary>
    public SortedDictionary<string, string> CueVersions { get; } = new(StringComparer.Ordinal);

    /// <summary>Makes a scorer for targets with the built-in cue lexicons.</summary>
    public static RuleStanceScorer Create(IReadOnlyList<StanceTarget> targets, StanceOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(targets);
        return new RuleStanceScorer(targets, options ?? StanceOptions.Default);
    }

    /// <inheritdoc/>
    public override IReadOnlyList<StanceTarget> Targets => _targets;

    /// <inheritdoc/>
    public override IReadOnlyList<StanceResult> Score(AnalyzedText text, TextUnit unit, StanceContext? context)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(unit);
        var lexicons = text.Language == "es" ? _es : _en;
        var targets = _targetNames.Length;
        var scratch = StanceScratch.Rent(targets, text.TokenCount, text.SentenceCount);
        var lastTarget = context?.LastTarget ?? -1;

        // Matching does not depend on which target a sentence is about: it runs once, and the runs below read it.
        Scan(text, lexicons, scratch, carries: lastTarget >= 0);
        var anyMention = Run(text, unit, lexicons.Sentiment, scratch, -1, ref lastTarget);

        // A comment that names no target answers the article: it is read as about every target the article named.
        var fromArticle = false;
        if (!anyMention && unit.Kind == UnitKind.Comment && context is not null)
        {
            for (var t = 0; t < targets; t++)
            {
                if (context.Mentions[t] > 0)
                {
                    if (!fromArticle)
                    {
                        CompleteScan(text, lexicons, scratch);
                        fromArticle = true;
                    }

                    Run(text, unit, lexicons.Sentiment, scratch, t, ref lastTarget);
                }
            }
        }

        var mentioned = scratch.Mentioned;
        if (context is not null && unit.Voice != Voice.Audience)
        {
            for (var t = 0; t < targets; t++)
            {
                if (mentioned[t])
                {
                    context.Mentions[t]++;
                }
            }

            context.LastTarget = lastTarget;
        }

        var own = scratch.Own;
        var quoted = scratch.Quoted;
        var count = targets;
        for (var t = 0; t < targets; t++)
        {
            if (quoted[t].Mentioned)
            {
                count++;
            }
        }

        var ownVoice = unit.Voice;
        var ownSpeaker = ownVoice == Voice.Embedded ? unit.Author : null;
        var results = new StanceResult[count];
        var r = 0;
        for (var t = 0; t < targets; t++)
        {
            var name = _targetNames[t];
            results[r++] = own[t].Mentioned
                ? Finish(name, own[t], ownVoice, ownSpeaker, fromArticle)
                : Unmentioned(t, ownVoice, ownSpeaker, mentioned[t]);
            if (quoted[t].Mentioned)
            {
                results[r++] = Finish(name, quoted[t], Voice.Quoted, quoted[t].Speaker, false);
            }
        }

        StanceScratch.Return(scratch);
        return results;
    }

    /// <summary>The number of <see cref="Voice"/> values, for the cache of <see cref="Unmentioned"/>.</summary>
    private const int VoiceCount = 4;

    /// <summary>
    /// The neutral result of a target that a unit's own voice does not name (reason "no mention", or "mentioned only in
    /// quotes"). Results are immutable, so the ones without a speaker are made once per target, voice and reason and
    /// shared by every unit, as <see cref="Frames.FrameResult.Empty"/> is.
    /// </summary>
    private StanceResult Unmentioned(int target, Voice voice, string? speaker, bool inQuotes)
    {
        var reason = inQuotes ? "mentioned only in quotes" : "no mention";
        if (speaker is not null || (uint)voice >= VoiceCount)
        {
            return StanceResult.NotMentioned(_targetNames[target], voice, speaker, reason);
        }

        // Two threads may both make one; either is fine (they are equal), and a reference is written atomically.
        ref var cached = ref _unmentioned[(((target * VoiceCount) + (int)voice) * 2) + (inQuotes ? 1 : 0)];
        return cached ??= StanceResult.NotMentioned(_targetNames[target], voice, null, reason);
    }

    /// <summary>
    /// The text at <paramref name="start"/>..<paramref name="end"/>, for evidence: <paramref name="entry"/> (the
    /// lexicon's own string) when the characters are the same, which saves a string per cue written as listed.
    /// </summary>
    private static string EvidenceText(string text, int start, int end, string? entry) =>
        entry is not null && text.AsSpan(start, end - start).SequenceEqual(entry) ? entry : text[start..end];

    /// <summary>Evidence kinds by <see cref="StanceCueType"/>, lower-cased once instead of per cue.</summary>
    private static readonly string[] CueTypeNames = Array.ConvertAll(Enum.GetNames<StanceCueType>(), n => n.ToLowerInvariant());

    /// <summary>Builds the alias matcher of the targets, the cue matcher and the sentiment lexicon of one language.</summary>
    private LanguageLexicons Load(string language)
    {
        var stemmer = TextPipeline.StemmerFor(language);
        var aliasEntries = new List<(string, int)>();
        for (var t = 0; t < _targets.Count; t++)
        {
            foreach (var (lang, aliases) in _targets[t].Aliases)
            {
                if (lang == "*" || lang == language || LanguageCodes.Primary(lang) == language)
                {
                    foreach (var alias in aliases)
                    {
                        aliasEntries.Add((alias, t));
                    }
                }
            }
        }

        var table = ResourceTable.BuiltIn($"stance-cues.{language}.tsv");
        int cue = table.Column("cue"), type = table.Column("type"), weight = table.Column("weight");
        var cues = new List<(string, (StanceCueType, double))>();
        foreach (var (line, cells) in table.Rows)
        {
            if (!Enum.TryParse<StanceCueType>(cells[type].Trim(), ignoreCase: true, out var kind))
            {
                throw new FormatException($"{table.Source}:{line}: type: unknown cue type '{cells[type]}'");
            }

            cues.Add((cells[cue].Trim(), (kind, double.Parse(cells[weight], CultureInfo.InvariantCulture))));
        }

        CueVersions[table.Name] = table.Version ?? "unversioned";

        // Cue authors mark inflections with '*'; whole-word stem matching would let "humane" match "human".
        return new LanguageLexicons(
            new PhraseMatcher<int>(aliasEntries, stemmer) { MaxModifierGap = 2 },
            new PhraseMatcher<(StanceCueType, double)>(cues, stemmer, useStems: false),
            SentimentLanguagePack.BuiltIn(language));
    }

    /// <summary>
    /// Matches every sentence (<see cref="ScanSentence"/>). A sentence can only be about a target if it names one, or
    /// if an earlier one did or <paramref name="carries"/> says the unit starts with a target to carry (its anaphors
    /// then refer to it): until then, cues are not looked for.
    /// </summary>
    private static void Scan(AnalyzedText text, LanguageLexicons lexicons, StanceScratch scratch, bool carries)
    {
        var sentences = text.SentenceCount;
        for (var s = 0; s < sentences; s++)
        {
            ScanSentence(text, lexicons, scratch, s, withCues: carries);
            carries |= scratch.Scans[s].FoundCount > 0;
        }
    }

    /// <summary>Looks for the cues of the sentences <see cref="Scan"/> did not need them in (a comment read as about the article's targets needs them all).</summary>
    private static void CompleteScan(AnalyzedText text, LanguageLexicons lexicons, StanceScratch scratch)
    {
        var sentences = text.SentenceCount;
        for (var s = 0; s < sentences; s++)
        {
            if (!scratch.Scans[s].WithCues)
            {
                ScanSentence(text, lexicons, scratch, s, withCues: true);
            }
        }
    }

    /// <summary>
    /// Finds the target mentions and the cues of sentence <paramref name="sentence"/> (longest match first; an alias wins
    /// over a cue at the same token), and its first anaphor and attribution. Without <paramref name="withCues"/>, only
    /// looks for an alias first, and stops there when there is none: a sentence that names no target and cannot carry
    /// one needs no cues (<see cref="SentenceScan.WithCues"/> is then false).
    /// </summary>
    private static void ScanSentence(AnalyzedText text, LanguageLexicons lexicons, StanceScratch scratch, int sentence, bool withCues)
    {
        var tokens = text.TokenSpan;
        var first = text.SentenceSpans[sentence].FirstToken;
        var end = first + text.SentenceSpans[sentence].TokenCount;
        // Without cues, the first alias is looked for first: none before it, so the scan below need not look again.
        var noAliasBefore = first;
        if (!withCues)
        {
            noAliasBefore = FirstAlias(text, lexicons.Aliases, tokens, first, end);
            if (noAliasBefore == end)
            {
                scratch.Scans[sentence] = new SentenceScan { Anaphor = -1, AnaphorLength = 1, Attribution = -1 };
                return;
            }
        }

        var found = scratch.Found;
        var hits = scratch.Hits;
        var scan = new SentenceScan { FoundStart = found.Count, HitStart = hits.Count, Anaphor = -1, AnaphorLength = 1, Attribution = -1, WithCues = true };
        for (var i = first; i < end;)
        {
            if (tokens[i].Kind == TokenKind.Punctuation)
            {
                i++;
                continue;
            }

            // One read of the token for both matchers.
            var probe = new TokenProbe(text, i);
            PhraseMatcher<int>.Candidate? alias = null;
            var aliasLength = i < noAliasBefore ? 0 : lexicons.Aliases.Match(text, i, end, probe, out alias);
            if (aliasLength > 0)
            {
                found.Add(new Mention(i, aliasLength, alias!.Payload, false, alias.Text));

                // With modifiers inside the mention ("the so-called reform"), scan them for cues too.
                i += aliasLength > alias.Words.Length ? 1 : aliasLength;
                continue;
            }

            var cueLength = lexicons.Cues.Match(text, i, end, probe, out var cue);
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
                }

                hits.Add(new CueHit(i, cueLength, type, weight, cue.Text));
                i += cueLength;
                continue;
            }

            i++;
        }

        scan.FoundCount = found.Count - scan.FoundStart;
        scan.HitCount = hits.Count - scan.HitStart;
        scratch.Scans[sentence] = scan;
    }

    /// <summary>
    /// The first token of the range where an alias starts, or <paramref name="end"/>. The scan proper may find fewer
    /// aliases (a cue it matched can cover the start of one), never more: a sentence where this is the end names no target.
    /// </summary>
    private static int FirstAlias(AnalyzedText text, PhraseMatcher<int> aliases, ReadOnlySpan<Token> tokens, int first, int end)
    {
        for (var i = first; i < end; i++)
        {
            if (tokens[i].Kind != TokenKind.Punctuation && aliases.Match(text, i, end, out _) > 0)
            {
                return i;
            }
        }

        return end;
    }

    /// <summary>
    /// Scores every sentence about a target into the accumulators: the sentences that name one, those whose anaphor
    /// carries the last target, or, with <paramref name="forced"/> ≥ 0, every sentence as about that target. Returns
    /// whether any sentence was about a target.
    /// </summary>
    private bool Run(AnalyzedText text, TextUnit unit, SentimentLanguagePack pack, StanceScratch scratch, int forced, ref int lastTarget)
    {
        var any = false;
        var sentences = text.SentenceCount;
        for (var s = 0; s < sentences; s++)
        {
            ref readonly var scan = ref scratch.Scans[s];
            if (scan.FoundCount > 0 || forced >= 0 || (scan.Anaphor >= 0 && lastTarget >= 0))
            {
                any |= RunSentence(text, unit, pack, scratch, s, forced, ref lastTarget);
            }
        }

        return any;
    }

    /// <summary>
    /// Scores sentence <paramref name="sentence"/> into the accumulators if it is about a target: if it names one, if
    /// its anaphor carries the last target, or, with <paramref name="forced"/> ≥ 0, as about that target. Returns
    /// whether it was about a target.
    /// </summary>
    private bool RunSentence(AnalyzedText text, TextUnit unit, SentimentLanguagePack pack, StanceScratch scratch, int sentence, int forced, ref int lastTarget)
    {
        var tokens = text.TokenSpan;
        var allFound = CollectionsMarshal.AsSpan(scratch.Found);
        var allHits = CollectionsMarshal.AsSpan(scratch.Hits);
        var own = scratch.Own;
        var quoted = scratch.Quoted;
        var ownVoice = unit.Voice;
        var scan = scratch.Scans[sentence];
        var first = text.SentenceSpans[sentence].FirstToken;
        var end = first + text.SentenceSpans[sentence].TokenCount;
        var carry = default(Mention);
        scoped ReadOnlySpan<Mention> found;
        if (scan.FoundCount > 0)
        {
            found = allFound.Slice(scan.FoundStart, scan.FoundCount);
        }
        else if (forced >= 0)
        {
            carry = new Mention(first, 0, forced, true, null);
            found = new ReadOnlySpan<Mention>(in carry);
        }
        else if (scan.Anaphor >= 0 && lastTarget >= 0)
        {
            carry = new Mention(scan.Anaphor, scan.AnaphorLength, lastTarget, true, scan.AnaphorEntry);
            found = new ReadOnlySpan<Mention>(in carry);
        }
        else
        {
            return false;
        }

        var hits = allHits.Slice(scan.HitStart, scan.HitCount);

        // Quotation marks only matter in reported speech.
        var reported = scan.Attribution >= 0 && ownVoice == Voice.Outlet;
        var (quoteStart, quoteEnd) = reported ? QuoteSpan(text, first, end) : (-1, -1);
        var contrastToken = -1;
        var concessionStart = -1;
        foreach (ref readonly var hit in hits)
        {
            if (contrastToken < 0 && hit.Type == StanceCueType.Contrast && hit.Token > first)
            {
                contrastToken = hit.Token;
            }
            else if (concessionStart < 0 && hit.Type == StanceCueType.Concession)
            {
                concessionStart = hit.Token;
            }
        }

        var concessionEnd = concessionStart >= 0 ? NextBreak(text, concessionStart, end) : -1;

        // The speaker only matters for a mention in quotes: it is looked for once per sentence, when first needed.
        string? speaker = null;
        var speakerKnown = false;
        foreach (ref readonly var mention in found)
        {
            var (token, length, target, carried, entry) = mention;
            scratch.Mentioned[target] = true;
            lastTarget = target;
            var inQuote = reported && (quoteStart < 0 || (token >= quoteStart && token < quoteEnd));
            ref var acc = ref (inQuote ? ref quoted[target] : ref own[target]);
            if (inQuote && acc.Speaker is null)
            {
                if (!speakerKnown)
                {
                    speaker = Speaker(text, scan.Attribution, first, end);
                    speakerKnown = true;
                }

                acc.Speaker = speaker;
            }

            acc.Mentioned = true;
            acc.Carried |= carried;
            if (length > 0)
            {
                var mentionStart = tokens[token].Start;
                var mentionEnd = tokens[token + length - 1].End;
                acc.Evidence.Add(new StanceEvidence(mentionStart, mentionEnd - mentionStart, EvidenceText(text.Text, mentionStart, mentionEnd, entry), carried ? "carry" : "mention", 0));
            }

            // Clause sentiment around the mention (the whole sentence for a comment read as about the article).
            var (clauseStart, clauseEnd) = length > 0 ? Clause(text, token, first, end) : (first, end);
            var clause = ClauseSentiment(text, pack, scratch.Valence, clauseStart, clauseEnd, token, length);
            if (clause != 0)
            {
                var w = Math.Clamp(clause / 4, -1.5, 1.5) * _options.ClauseSentimentWeight * Position(token, contrastToken, concessionStart, concessionEnd);
                acc.Raw += w;
                acc.Cues++;
                var from = tokens[clauseStart].Start;
                var to = tokens[clauseEnd - 1].End;
                acc.Evidence.Add(new StanceEvidence(from, to - from, text.Text[from..to], "clause-sentiment", Math.Round(w, 4)));
            }
        }

        // Sentence-level cues go to every target of the sentence, in the voice where they stand.
        foreach (ref readonly var hit in hits)
        {
            var type = hit.Type;
            if (type is StanceCueType.Attribution or StanceCueType.Anaphor or StanceCueType.Contrast or StanceCueType.Concession)
            {
                continue;
            }

            var w = hit.Weight * Position(hit.Token, contrastToken, concessionStart, concessionEnd);
            if (type == StanceCueType.Comment && ownVoice == Voice.Audience)
            {
                w *= _options.CommentCueBoost;
            }

            var inQuote = reported && (quoteStart < 0 || (hit.Token >= quoteStart && hit.Token < quoteEnd));
            var from = tokens[hit.Token].Start;
            var to = tokens[hit.Token + hit.Length - 1].End;
            string? cueText = null;
            for (var f = 0; f < found.Length; f++)
            {
                if (SeenBefore(found, f))
                {
                    continue;
                }

                ref var acc = ref (inQuote ? ref quoted[found[f].Target] : ref own[found[f].Target]);
                acc.Mentioned = true;
                acc.Raw += w;
                acc.Cues++;

                // One string per cue, shared by the evidence of every target it counts for.
                cueText ??= EvidenceText(text.Text, from, to, hit.Entry);
                acc.Evidence.Add(new StanceEvidence(from, to - from, cueText, CueTypeNames[(int)type], Math.Round(w, 4)));
            }
        }

        return true;
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

    private StanceResult Finish(string target, in Accumulator acc, Voice voice, string? speaker, bool fromArticle)
    {
        var score = Math.Round(Math.Tanh(acc.Raw / 1.5), 4);
        var label = score >= _options.Threshold ? StanceLabel.Favor : score <= -_options.Threshold ? StanceLabel.Against : StanceLabel.Neutral;
        var confidence = Math.Round(Math.Abs(score) * (1 - Math.Exp(-acc.Cues / 2.0)), 4);
        if (label == StanceLabel.Neutral)
        {
            confidence = Math.Round(1 - Math.Abs(score), 4) * 0.5;
        }

        // A stance read from an unnamed target is less certain than one about a named target.
        if (fromArticle)
        {
            confidence = Math.Round(confidence * 0.75, 4);
        }

        var reason = fromArticle ? "carried from article" : acc.Carried ? "carried" : "mentioned";
        StanceEvidence[] evidence = acc.Evidence.Count == 0 ? [] : acc.Evidence.ToArray();
        return new StanceResult(target, label, score, confidence, voice, speaker, reason, evidence);
    }

    private static double Position(int token, int contrast, int concessionStart, int concessionEnd)
    {
        if (contrast >= 0)
        {
            return token < contrast ? 0.5 : 1.5;
        }

        return concessionStart >= 0 && token > concessionStart && token < concessionEnd ? 0.5 : 1.0;
    }

    // Marks a negator in the clause-sentiment memo (valences are finite).
    private const double NegatorMark = double.PositiveInfinity;

    // not, no, never, nunca, jamás, sin, without (folded keys), by length first.
    private static bool IsNegator(ReadOnlySpan<char> key) => key.Length switch
    {
        2 => key is "no",
        3 => key is "not" or "sin",
        5 => key is "never" or "nunca" or "jamas",
        7 => key is "without",
        _ => false,
    };

    /// <summary>
    /// Lexicon sentiment of a clause, the mention's own words excluded, with simple negation. Word valences are looked
    /// up at most once per unit and kept in <paramref name="valence"/> (NaN: not looked up yet; <see cref="NegatorMark"/>:
    /// a negator), because the clauses of several mentions, and the runs of a comment read as about each of the
    /// article's targets, overlap.
    /// </summary>
    private static double ClauseSentiment(AnalyzedText text, SentimentLanguagePack pack, double[] valence, int start, int end, int mention, int mentionLength)
    {
        var tokens = text.TokenSpan;

        // The sentiment scorer's lookups in the same pack, when it has scored this text (NaN where it looked none up).
        var known = text.WordValences(pack);
        double sum = 0;
        var negate = false;
        for (var i = start; i < end; i++)
        {
            if (i >= mention && i < mention + mentionLength)
            {
                continue;
            }

            ref readonly var token = ref tokens[i];
            if (token.Kind != TokenKind.Word)
            {
                continue;
            }

            var v = valence[i];
            if (double.IsNaN(v))
            {
                var key = text.Key(i);
                v = valence[i] = token.Has(TokenFlags.NegationClitic) || IsNegator(key) ? NegatorMark
                    : !known.IsEmpty && !double.IsNaN(known[i]) ? known[i]
                    : pack.WordValence(key, text.Stem(i), out _);
            }

            if (v == NegatorMark)
            {
                negate = true;
                continue;
            }

            sum += negate ? v * -0.74 : v;
        }

        return sum;
    }

    private static (int Start, int End) Clause(AnalyzedText text, int token, int first, int end)
    {
        var start = token;
        while (start > first && !IsBreak(text, start - 1))
        {
            start--;
        }

        var stop = token;
        while (stop < end && !IsBreak(text, stop))
        {
            stop++;
        }

        return (start, Math.Max(stop, token + 1));
    }

    private static int NextBreak(AnalyzedText text, int from, int end)
    {
        for (var i = from + 1; i < end; i++)
        {
            if (IsBreak(text, i))
            {
                return i;
            }
        }

        return end;
    }

    private static bool IsBreak(AnalyzedText text, int i)
    {
        if (text.TokenAt(i).Kind != TokenKind.Punctuation)
        {
            return false;
        }

        var s = text.TokenText(i);
        return s.Length > 0 && s[0] is ',' or ';' or ':' or '—' or '–' or '.' or '!' or '?' or '(' or ')';
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

    /// <summary>The capitalized words right after or right before the attribution cue (<c>Vance said</c>, <c>según el ministro Ruiz</c>).</summary>
    private static string? Speaker(AnalyzedText text, int attribution, int first, int end)
    {
        static bool Cap(AnalyzedText t, int i) => t.TokenAt(i).Kind == TokenKind.Word && (t.TokenAt(i).Has(TokenFlags.Capitalized) || t.TokenAt(i).Has(TokenFlags.AllCaps)) && !IsCalendarWord(t.Key(i));
        var i = attribution + 1;
        while (i < end && text.TokenAt(i).Kind == TokenKind.Word && !Cap(text, i) && i - attribution <= 3)
        {
            i++;
        }

        var s = i;
        while (i < end && Cap(text, i))
        {
            i++;
        }

        if (i > s)
        {
            return text.Text[text.TokenAt(s).Start..text.TokenAt(i - 1).End];
        }

        var j = attribution - 1;
        var e = j;
        while (j >= first && Cap(text, j))
        {
            j--;
        }

        return e > j ? text.Text[text.TokenAt(j + 1).Start..text.TokenAt(e).End] : null;
    }

    // "said on Monday": days and months are capitalized but never speakers.
    private static bool IsCalendarWord(ReadOnlySpan<char> key) => key is
        "monday" or "tuesday" or "wednesday" or "thursday" or "friday" or "saturday" or "sunday"
        or "january" or "february" or "march" or "april" or "may" or "june" or "july" or "august" or "september" or "october" or "november" or "december"
        or "lunes" or "martes" or "miercoles" or "jueves" or "viernes" or "sabado" or "domingo"
        or "enero" or "febrero" or "marzo" or "abril" or "mayo" or "junio" or "julio" or "agosto" or "septiembre" or "octubre" or "noviembre" or "diciembre";

    /// <summary>The aliases, cues and sentiment lexicon of one language.</summary>
    private sealed record LanguageLexicons(PhraseMatcher<int> Aliases, PhraseMatcher<(StanceCueType Type, double Weight)> Cues, SentimentLanguagePack Sentiment);

    /// <summary>
    /// A target found in a sentence: first token, length (0 for a whole sentence read as about it), target, whether it
    /// was carried, and the alias or anaphor as listed (null for a whole sentence).
    /// </summary>
    private readonly record struct Mention(int Token, int Length, int Target, bool Carried, string? Entry);

    /// <summary>A stance cue found in a sentence, with the cue as listed in the lexicon.</summary>
    private readonly record struct CueHit(int Token, int Length, StanceCueType Type, double Weight, string Entry);

    /// <summary>What <see cref="Scan"/> found in one sentence: its ranges of the unit's mentions and cue hits, its first anaphor and attribution (-1: none).</summary>
    private struct SentenceScan
    {
        public int FoundStart;
        public int FoundCount;
        public int HitStart;
        public int HitCount;
        public int Anaphor;
        public int AnaphorLength;
        public string? AnaphorEntry;
        public int Attribution;

        /// <summary>Whether the cues were looked for (false: the sentence names no target, and only that is known).</summary>
        public bool WithCues;
    }

    /// <summary>The stance of one voice toward one target while a unit is read; its evidence list is reused and copied into the result.</summary>
    private struct Accumulator
    {
        public List<StanceEvidence> Evidence;
        public bool Mentioned;
        public bool Carried;
        public double Raw;
        public int Cues;
        public string? Speaker;
    }

    /// <summary>
    /// Per-thread working memory of <see cref="Score(AnalyzedText, TextUnit, StanceContext?)"/>: the scan of the unit's
    /// sentences, the accumulators and the valence cache. Reused from unit to unit, so that only the results and their
    /// evidence are allocated per unit. Holds no reference to the text between calls.
    /// </summary>
    private sealed class StanceScratch
    {
        /// <summary>Buffers bigger than this are not kept for the next unit (one huge unit must not pin memory).</summary>
        private const int MaxKept = 4096;

        [ThreadStatic]
        private static StanceScratch? t_cached;

        /// <summary>The outlet's (or post's, or comment's) own voice, per target.</summary>
        public Accumulator[] Own { get; private set; } = [];

        /// <summary>The quoted voice, per target.</summary>
        public Accumulator[] Quoted { get; private set; } = [];

        /// <summary>Whether each target was named in the unit, in any voice.</summary>
        public bool[] Mentioned { get; private set; } = [];

        /// <summary>What <see cref="Scan"/> found, per sentence.</summary>
        public SentenceScan[] Scans { get; private set; } = [];

        /// <summary>Word valence per token, NaN until looked up.</summary>
        public double[] Valence { get; private set; } = [];

        /// <summary>The target mentions of the unit, sentence after sentence.</summary>
        public List<Mention> Found { get; } = new(16);

        /// <summary>The cue hits of the unit, sentence after sentence.</summary>
        public List<CueHit> Hits { get; private set; } = new(64);

        /// <summary>This thread's scratch (a new one if it is in use), reset for a unit of that many targets, tokens and sentences.</summary>
        public static StanceScratch Rent(int targets, int tokens, int sentences)
        {
            var s = t_cached ?? new StanceScratch();
            t_cached = null;
            if (s.Own.Length < targets)
            {
                s.Own = NewAccumulators(targets);
                s.Quoted = NewAccumulators(targets);
                s.Mentioned = new bool[targets];
            }

            for (var t = 0; t < targets; t++)
            {
                Reset(ref s.Own[t]);
                Reset(ref s.Quoted[t]);
            }

            Array.Clear(s.Mentioned, 0, targets);
            if (s.Scans.Length < sentences)
            {
                s.Scans = new SentenceScan[Math.Max(sentences, s.Scans.Length * 2)];
            }

            if (s.Valence.Length < tokens)
            {
                s.Valence = new double[Math.Max(tokens, s.Valence.Length * 2)];
            }

            s.Valence.AsSpan(0, tokens).Fill(double.NaN);
            s.Found.Clear();
            s.Hits.Clear();
            return s;
        }

        /// <summary>Gives the scratch back to this thread, dropping buffers that a huge unit made too big.</summary>
        public static void Return(StanceScratch s)
        {
            if (s.Valence.Length > MaxKept || s.Scans.Length > MaxKept || s.Hits.Capacity > MaxKept)
            {
                s.Valence = [];
                s.Scans = [];
                s.Hits = new(64);
            }

            t_cached = s;
        }

        private static Accumulator[] NewAccumulators(int targets)
        {
            var accumulators = new Accumulator[targets];
            for (var t = 0; t < targets; t++)
            {
                accumulators[t].Evidence = new List<StanceEvidence>(16);
            }

            return accumulators;
        }

        private static void Reset(ref Accumulator acc)
        {
            if (acc.Evidence.Capacity > MaxKept)
            {
                acc.Evidence = new List<StanceEvidence>(16);
            }

            acc.Evidence.Clear();
            acc.Mentioned = false;
            acc.Carried = false;
            acc.Raw = 0;
            acc.Cues = 0;
            acc.Speaker = null;
        }
    }
}
