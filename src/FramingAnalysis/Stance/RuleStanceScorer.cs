using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using FramingAnalysis.Languages;
using FramingAnalysis.Sentiment;
using FramingAnalysis.Stance.Rules;
using FramingAnalysis.Text;

namespace FramingAnalysis.Stance;

/// <summary>
/// The built-in rule stance scorer: stance toward named targets, per voice, with evidence for every contribution. Runs
/// over the registered <see cref="StanceLanguagePack"/> of the unit's language (English and Spanish are built in).
/// Immutable and thread-safe.
/// </summary>
/// <remarks>
/// <para>Named stages, in order:</para>
/// <list type="number">
/// <item><b>Mentions</b> (<c>Rules/MentionFinder</c>): aliases, @handles and #hashtags, acronyms, a surname after the full
/// name, possessives. <b>Carry:</b> a later sentence with a generic anaphor (<c>the facility</c>, <c>la medida</c>) is about
/// the most recently mentioned target, within a unit and, through a <see cref="StanceContext"/>, into the next units of
/// the article. A reader comment that names no target is read as being about every target the article's own units named
/// (reason "carried from article", confidence × 0.75): comments answer the article.</item>
/// <item><b>Cues</b> (<c>Rules/CueScanner</c>): stance cues and good-for/bad-for entries of the pack, per sentence.</item>
/// <item><b>Voices</b> (<c>Rules/VoiceRules</c>): reported speech governed by an attribution is the quoted voice, with its
/// speaker; embedded posts are the embedded voice and comments the audience voice.</item>
/// <item><b>Composition</b> (<c>Rules/TargetEvaluation</c>): evaluation directed at the target: attached modifiers,
/// predicates and appositions weigh most, good-for/bad-for events judge their agent, topic words say nothing alone,
/// negation flips, and after <c>but</c>/<c>pero</c> the second clause decides.</item>
/// <item><b>Scoring</b>: per voice, score = tanh(raw / 1.5) in [−1, 1]; favor ≥ threshold, against ≤ −threshold;
/// confidence = |score| × (1 − e^(−cues/2)). A voice that does not refer to a target has no stance toward it
/// (<see cref="StanceResult.Mentioned"/> false, reason "no mention" or "mentioned only in quotes").</item>
/// </list>
/// </remarks>
public sealed class RuleStanceScorer : StanceScorer
{
    /// <summary>The options of the sentiment scorer stance runs for sentence compounds: no evidence (it reads only compounds).</summary>
    private static readonly SentimentOptions CompoundsOnly = SentimentOptions.Default with { IncludeEvidence = false };

    private readonly StanceOptions _options;
    private readonly IReadOnlyList<StanceTarget> _targets;
    private readonly string[] _targetNames;
    private readonly ConcurrentDictionary<string, (StanceLanguagePack Pack, MentionFinder Mentions, RuleSentimentScorer Sentiment)?> _languages = new(StringComparer.Ordinal);
    private readonly StanceResult?[] _unmentioned;

    /// <summary>Packs given to <see cref="Create(IReadOnlyList{StanceTarget}, StanceOptions?, IEnumerable{StanceLanguagePack})"/>, by language; they win over registered ones.</summary>
    private readonly Dictionary<string, StanceLanguagePack> _packs;

    private RuleStanceScorer(IReadOnlyList<StanceTarget> targets, StanceOptions options, IEnumerable<StanceLanguagePack>? packs = null)
    {
        _packs = new Dictionary<string, StanceLanguagePack>(StringComparer.Ordinal);
        foreach (var pack in packs ?? [])
        {
            _packs[pack.Language] = pack;
        }

        _targets = targets;
        _options = options;
        _targetNames = new string[targets.Count];
        for (var t = 0; t < targets.Count; t++)
        {
            _targetNames[t] = targets[t].Name;
        }

        _unmentioned = new StanceResult?[targets.Count * VoiceSet.Count * 2];
    }

    /// <summary>Makes a scorer for targets with the registered (by default the built-in) language packs.</summary>
    public static RuleStanceScorer Create(IReadOnlyList<StanceTarget> targets, StanceOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(targets);
        return new RuleStanceScorer(targets, options ?? StanceOptions.Default);
    }

    /// <summary>
    /// Makes a scorer that reads <paramref name="packs"/> for their languages (instead of the registered or built-in
    /// ones) and the registered packs for any other language: a language or a lexicon of one's own without touching
    /// the process-wide registry.
    /// </summary>
    public static RuleStanceScorer Create(IReadOnlyList<StanceTarget> targets, StanceOptions? options, IEnumerable<StanceLanguagePack> packs)
    {
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentNullException.ThrowIfNull(packs);
        return new RuleStanceScorer(targets, options ?? StanceOptions.Default, packs);
    }

    /// <inheritdoc/>
    public override IReadOnlyList<StanceTarget> Targets => _targets;

    /// <summary>The options in use.</summary>
    public StanceOptions Options => _options;

    /// <inheritdoc/>
    public override string Name => "rules";

    /// <summary>
    /// The versions of the stance tables of every language the scorer can read: the packs it was given, and the stance
    /// pack of each registered <see cref="LanguagePack"/>.
    /// </summary>
    public override IReadOnlyDictionary<string, string> ResourceVersions
    {
        get
        {
            var versions = new SortedDictionary<string, string>(StringComparer.Ordinal);
            foreach (var language in LanguagePacks.All.Select(p => p.Code).Union(_packs.Keys, StringComparer.Ordinal))
            {
                if ((_packs.GetValueOrDefault(language) ?? StanceLanguagePack.Find(language)) is { } pack)
                {
                    foreach (var (name, version) in pack.Versions)
                    {
                        versions[name] = version;
                    }
                }
            }

            return versions;
        }
    }

    /// <inheritdoc/>
    public override IReadOnlyList<StanceResult> Score(AnalyzedText text, TextUnit unit, StanceContext? context)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(unit);
        var targets = _targetNames.Length;
        if (Language(text.Language) is not var (pack, mentions, sentiment))
        {
            return NoneMentioned(unit);
        }

        var scratch = StanceScratch.Rent(targets, text.TokenCount, text.SentenceCount);
        scratch.SentimentScorer = sentiment;
        if (context is { UnitSentiment: { } given, UnitSentimentScorer: { } by } && by.SameCompounds(sentiment, text.Language)
            && given.Sentences.Count == text.SentenceCount)
        {
            scratch.Sentences = given.Sentences;
        }
        var lastTarget = context?.LastTarget ?? -1;
        Span<bool> named = targets <= 64 ? stackalloc bool[targets] : new bool[targets];
        if (context is not null)
        {
            for (var t = 0; t < targets && t < context.Mentions.Length; t++)
            {
                named[t] = context.Mentions[t] > 0;
            }
        }

        // Matching does not depend on which target a sentence is about: it runs once, and the runs below read it.
        CueScanner.Scan(text, pack, mentions, scratch, named, carries: lastTarget >= 0);
        var anyMention = Run(text, unit, pack, scratch, -1, ref lastTarget);
        if (anyMention && _options.UnitBackoffWeight > 0)
        {
            Backoff(text, unit, pack, mentions, scratch, named);
        }

        // A comment that names no target answers the article: it is read as about every target the article named.
        var fromArticle = false;
        if (!anyMention && unit.Kind == UnitKind.Comment && context is not null)
        {
            for (var t = 0; t < targets && t < context.Mentions.Length; t++)
            {
                if (context.Mentions[t] > 0)
                {
                    if (!fromArticle)
                    {
                        CueScanner.Complete(text, pack, mentions, scratch, named);
                        fromArticle = true;
                    }

                    Run(text, unit, pack, scratch, t, ref lastTarget);
                }
            }
        }

        var mentioned = scratch.Mentioned;
        if (context is not null && unit.Voice != Voice.Audience)
        {
            for (var t = 0; t < targets && t < context.Mentions.Length; t++)
            {
                if (mentioned[t])
                {
                    context.Mentions[t]++;
                }
            }

            context.LastTarget = lastTarget;
        }

        var results = Finish(unit, scratch, fromArticle);
        StanceScratch.Return(scratch);
        return results;
    }

    /// <summary>The pack and mention finder of a language (or of the default pack), built on first use; null when no pack serves it.</summary>
    private (StanceLanguagePack Pack, MentionFinder Mentions, RuleSentimentScorer Sentiment)? Language(string language) =>
        _languages.GetOrAdd(language, l => (_packs.GetValueOrDefault(LanguageCodes.Primary(l)) ?? StanceLanguagePack.FindOrDefault(l)) is { } pack
            ? (pack, new MentionFinder(_targets, pack.Language, pack.Stemmer), new RuleSentimentScorer(CompoundsOnly, new Dictionary<string, SentimentLanguagePack> { [l] = pack.Sentiment }))
            : null);

    /// <summary>
    /// Scores every sentence about a target into the accumulators: the sentences that name one, those whose anaphor
    /// carries the last target, or, with <paramref name="forced"/> ≥ 0, every sentence as about that target. Returns
    /// whether any sentence was about a target.
    /// </summary>
    private bool Run(AnalyzedText text, TextUnit unit, StanceLanguagePack pack, StanceScratch scratch, int forced, ref int lastTarget)
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
    /// The rest of a unit that names a target is near it: its sentences that are about no target add their evaluation to
    /// every target of the unit's own voice, × <see cref="StanceOptions.UnitBackoffWeight"/> (a tweet or a comment stays on
    /// its subject).
    /// </summary>
    private void Backoff(AnalyzedText text, TextUnit unit, StanceLanguagePack pack, MentionFinder mentions, StanceScratch scratch, Span<bool> named)
    {
        var completed = false;
        var sentences = text.SentenceCount;
        for (var s = 0; s < sentences; s++)
        {
            if (scratch.Scans[s].FoundCount > 0 || (scratch.Scans[s].WithCues && scratch.Scans[s].Anaphor >= 0))
            {
                continue;
            }

            if (!completed)
            {
                CueScanner.Complete(text, pack, mentions, scratch, named);
                completed = true;
            }

            var first = text.SentenceSpans[s].FirstToken;
            for (var t = 0; t < _targetNames.Length; t++)
            {
                if (scratch.Own[t].Mentioned)
                {
                    var near = new Mention(first, 0, t, true, null);
                    TargetEvaluation.Evaluate(text, pack, _options, scratch, unit.Voice, s, new ReadOnlySpan<Mention>(in near), (-1, -1), SentenceCompound(text, scratch, s), _options.UnitBackoffWeight);
                }
            }
        }
    }

    /// <summary>Scores one sentence about a target: marks its mentions in the voice where they stand, then composes its evaluation.</summary>
    private bool RunSentence(AnalyzedText text, TextUnit unit, StanceLanguagePack pack, StanceScratch scratch, int sentence, int forced, ref int lastTarget)
    {
        var tokens = text.TokenSpan;
        var scan = scratch.Scans[sentence];
        var first = text.SentenceSpans[sentence].FirstToken;
        var end = first + text.SentenceSpans[sentence].TokenCount;
        var carry = default(Mention);
        scoped ReadOnlySpan<Mention> found;
        if (scan.FoundCount > 0)
        {
            found = CollectionsMarshal.AsSpan(scratch.Found).Slice(scan.FoundStart, scan.FoundCount);
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

        // Reported speech only matters in the outlet's own words.
        (int Start, int End) reported = unit.Voice == Voice.Outlet ? VoiceRules.ReportedSpan(text, first, end, scan.Attribution, scan.AttributionLength) : (-1, -1);
        string? speaker = null;
        var speakerKnown = false;
        foreach (ref readonly var mention in found)
        {
            var (token, length, target, carried, entry) = mention;
            scratch.Mentioned[target] = true;
            lastTarget = target;
            var inQuote = reported.Start >= 0 && length > 0 && token >= reported.Start && token < reported.End;
            ref var acc = ref (inQuote ? ref scratch.Quoted[target] : ref scratch.Own[target]);
            if (inQuote && acc.Speaker is null)
            {
                if (!speakerKnown)
                {
                    speaker = VoiceRules.Speaker(text, pack, scan.Attribution, first, end);
                    speakerKnown = true;
                }

                acc.Speaker = speaker;
            }

            acc.Mentioned = true;
            acc.Carried |= carried;
            if (length > 0)
            {
                var from = tokens[token].Start;
                var to = tokens[token + length - 1].End;
                var written = entry is not null && text.Text.AsSpan(from, to - from).SequenceEqual(entry) ? entry : text.Text[from..to];
                acc.Evidence.Add(new StanceEvidence(from, to - from, written, carried ? "carry" : "mention", 0));
            }
        }

        TargetEvaluation.Evaluate(text, pack, _options, scratch, unit.Voice, sentence, found, reported, SentenceCompound(text, scratch, sentence), 1.0, forced >= 0 ? _options.ArticleCarryWeight : 1.0);
        return true;
    }

    /// <summary>
    /// The sentiment scorer's compound of sentence <paramref name="sentence"/> (its full rules: boosters, negation,
    /// idioms, emoji, contrast), scored once per unit when a sentence about a target first needs it; NaN when the sentence
    /// has none.
    /// </summary>
    private double SentenceCompound(AnalyzedText text, StanceScratch scratch, int sentence)
    {
        if (_options.SentenceSentimentWeight == 0)
        {
            return double.NaN;
        }

        var sentences = scratch.Sentences ??= scratch.SentimentScorer!.Score(text).Sentences;
        var start = text.TokenAt(text.SentenceSpans[sentence].FirstToken).Start;
        if (sentences.Count == text.SentenceCount && sentences[sentence].Start <= start)
        {
            return sentences[sentence].Compound;
        }

        foreach (var s in sentences)
        {
            if (start >= s.Start && start < s.Start + s.Length)
            {
                return s.Compound;
            }
        }

        return double.NaN;
    }

    /// <summary>The results of the unit: one per target for its own voice, plus a quoted one for each target named in reported speech.</summary>
    private StanceResult[] Finish(TextUnit unit, StanceScratch scratch, bool fromArticle)
    {
        var targets = _targetNames.Length;
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
            results[r++] = own[t].Mentioned
                ? Result(_targetNames[t], own[t], ownVoice, ownSpeaker, fromArticle)
                : Unmentioned(t, ownVoice, ownSpeaker, scratch.Mentioned[t]);
            if (quoted[t].Mentioned)
            {
                results[r++] = Result(_targetNames[t], quoted[t], Voice.Quoted, quoted[t].Speaker, false);
            }
        }

        return results;
    }

    /// <summary>The results of a unit in a language no pack serves: every target unmentioned.</summary>
    private StanceResult[] NoneMentioned(TextUnit unit)
    {
        var results = new StanceResult[_targetNames.Length];
        var speaker = unit.Voice == Voice.Embedded ? unit.Author : null;
        for (var t = 0; t < results.Length; t++)
        {
            results[t] = Unmentioned(t, unit.Voice, speaker, false);
        }

        return results;
    }

    /// <summary>
    /// The result of a target that a unit's own voice does not refer to (reason "no mention", or "mentioned only in
    /// quotes"). Results are immutable, so the ones without a speaker are made once per target, voice and reason and
    /// shared by every unit.
    /// </summary>
    private StanceResult Unmentioned(int target, Voice voice, string? speaker, bool inQuotes)
    {
        var reason = inQuotes ? "mentioned only in quotes" : "no mention";
        if (speaker is not null || (uint)voice >= VoiceSet.Count)
        {
            return StanceResult.NotMentioned(_targetNames[target], voice, speaker, reason);
        }

        // Two threads may both make one; either is fine (they are equal), and a reference is written atomically.
        ref var cached = ref _unmentioned[(((target * VoiceSet.Count) + (int)voice) * 2) + (inQuotes ? 1 : 0)];
        return cached ??= StanceResult.NotMentioned(_targetNames[target], voice, null, reason);
    }

    private StanceResult Result(string target, in Accumulator acc, Voice voice, string? speaker, bool fromArticle)
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
}
