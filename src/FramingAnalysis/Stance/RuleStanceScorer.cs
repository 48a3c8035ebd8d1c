using System.Globalization;
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
    private readonly Dictionary<string, PhraseMatcher<int>> _aliases = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PhraseMatcher<(StanceCueType Type, double Weight)>> _cues = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SentimentLanguagePack> _sentiment = new(StringComparer.Ordinal);

    private RuleStanceScorer(IReadOnlyList<StanceTarget> targets, StanceOptions options)
    {
        _targets = targets;
        _options = options;
        foreach (var language in new[] { "en", "es" })
        {
            var stemmer = TextPipeline.StemmerFor(language);
            var aliasEntries = new List<(string, int)>();
            for (var t = 0; t < targets.Count; t++)
            {
                foreach (var (lang, aliases) in targets[t].Aliases)
                {
                    if (lang == "*" || lang == language || LanguageCodes.Primary(lang) == language)
                    {
                        aliasEntries.AddRange(aliases.Select(a => (a, t)));
                    }
                }
            }

            _aliases[language] = new PhraseMatcher<int>(aliasEntries, stemmer) { MaxModifierGap = 2 };
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

            // Cue authors mark inflections with '*'; whole-word stem matching would let "humane" match "human".
            _cues[language] = new PhraseMatcher<(StanceCueType, double)>(cues, stemmer, useStems: false);
            _sentiment[language] = SentimentLanguagePack.BuiltIn(language);
            CueVersions[table.Name] = table.Version ?? "unversioned";
        }
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
        var language = text.Language == "es" ? "es" : "en";
        var aliases = _aliases[language];
        var cues = _cues[language];
        var pack = _sentiment[language];
        var targets = _targets.Count;
        var ownVoice = unit.Voice;
        var own = new Accumulator[targets];
        var quoted = new Accumulator[targets];
        var lastTarget = context?.LastTarget ?? -1;
        var mentioned = new bool[targets];
        var anyMention = false;

        // Two lists for the whole unit, cleared per sentence: most sentences name no target, and allocating them per
        // sentence was most of this scorer's garbage (benchmarks/README.md).
        var found = new List<(int Token, int Length, int Target, bool Carried)>();
        var cueHits = new List<(int Token, int Length, StanceCueType Type, double Weight, string Text)>();
        Run(-1);

        // A comment that names no target answers the article: it is read as about every target the article named.
        var fromArticle = false;
        if (!anyMention && unit.Kind == UnitKind.Comment && context is not null)
        {
            for (var t = 0; t < targets; t++)
            {
                if (context.Mentions[t] > 0)
                {
                    fromArticle = true;
                    Run(t);
                }
            }
        }

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

        void Run(int forced)
        {
        foreach (var sentence in text.Sentences)
        {
            var first = sentence.FirstToken;
            var end = first + sentence.TokenCount;
            found.Clear();
            cueHits.Clear();
            var anaphor = -1;
            var anaphorLength = 1;
            var attribution = -1;
            for (var i = first; i < end;)
            {
                if (text.Tokens[i].Kind == TokenKind.Punctuation)
                {
                    i++;
                    continue;
                }

                var aliasLength = aliases.Match(text, i, end, out var alias);
                if (aliasLength > 0)
                {
                    found.Add((i, aliasLength, alias!.Payload, false));

                    // With modifiers inside the mention ("the so-called reform"), scan them for cues too.
                    i += aliasLength > alias.Words.Length ? 1 : aliasLength;
                    continue;
                }

                var cueLength = cues.Match(text, i, end, out var cue);
                if (cueLength > 0)
                {
                    var (type, weight) = cue!.Payload;
                    if (type == StanceCueType.Anaphor && anaphor < 0)
                    {
                        anaphor = i;
                        anaphorLength = cueLength;
                    }
                    else if (type == StanceCueType.Attribution && attribution < 0)
                    {
                        attribution = i;
                    }

                    cueHits.Add((i, cueLength, type, weight, cue.Text));
                    i += cueLength;
                    continue;
                }

                i++;
            }

            if (found.Count == 0 && forced >= 0)
            {
                found.Add((first, 0, forced, true));
            }
            else if (found.Count == 0 && anaphor >= 0 && lastTarget >= 0)
            {
                found.Add((anaphor, anaphorLength, lastTarget, true));
            }

            if (found.Count == 0)
            {
                continue;
            }

            var (quoteStart, quoteEnd) = QuoteSpan(text, first, end);
            var reported = attribution >= 0 && ownVoice == Voice.Outlet;
            var speaker = reported ? Speaker(text, attribution, first, end) : ownVoice == Voice.Embedded ? unit.Author : null;
            var contrastAt = cueHits.FindIndex(c => c.Type == StanceCueType.Contrast && c.Token > first);
            var contrastToken = contrastAt >= 0 ? cueHits[contrastAt].Token : -1;
            var concession = cueHits.FindIndex(c => c.Type == StanceCueType.Concession);
            var concessionStart = concession >= 0 ? cueHits[concession].Token : -1;
            var concessionEnd = concessionStart >= 0 ? NextBreak(text, concessionStart, end) : -1;

            foreach (var (token, length, target, carried) in found)
            {
                mentioned[target] = true;
                anyMention = true;
                lastTarget = target;
                var inQuote = reported && (quoteStart < 0 || (token >= quoteStart && token < quoteEnd));
                ref var acc = ref (inQuote ? ref quoted[target] : ref own[target]);
                if (inQuote)
                {
                    acc.Speaker ??= speaker;
                }

                acc.Mentioned = true;
                acc.Carried |= carried;
                if (length > 0)
                {
                    var mentionStart = text.Tokens[token].Start;
                    var mentionEnd = text.Tokens[token + length - 1].End;
                    acc.Evidence.Add(new StanceEvidence(mentionStart, mentionEnd - mentionStart, text.Text[mentionStart..mentionEnd], carried ? "carry" : "mention", 0));
                }

                // Clause sentiment around the mention (the whole sentence for a comment read as about the article).
                var (clauseStart, clauseEnd) = length > 0 ? Clause(text, token, first, end) : (first, end);
                var clause = ClauseSentiment(text, pack, clauseStart, clauseEnd, token, length);
                if (clause != 0)
                {
                    var w = Math.Clamp(clause / 4, -1.5, 1.5) * _options.ClauseSentimentWeight * Position(token, contrastToken, concessionStart, concessionEnd);
                    acc.Raw += w;
                    acc.Cues++;
                    var s = text.Tokens[clauseStart].Start;
                    var e = text.Tokens[clauseEnd - 1].End;
                    acc.Evidence.Add(new StanceEvidence(s, e - s, text.Text[s..e], "clause-sentiment", Math.Round(w, 4)));
                }
            }

            // Sentence-level cues go to every target of the sentence, in the voice where they stand.
            foreach (var (token, length, type, weight, cueText) in cueHits)
            {
                if (type is StanceCueType.Attribution or StanceCueType.Anaphor or StanceCueType.Contrast or StanceCueType.Concession)
                {
                    continue;
                }

                var w = weight * Position(token, contrastToken, concessionStart, concessionEnd);
                if (type == StanceCueType.Comment && ownVoice == Voice.Audience)
                {
                    w *= _options.CommentCueBoost;
                }

                var inQuote = reported && (quoteStart < 0 || (token >= quoteStart && token < quoteEnd));
                for (var f = 0; f < found.Count; f++)
                {
                    if (SeenBefore(found, f))
                    {
                        continue;
                    }

                    var target = found[f].Target;
                    ref var acc = ref (inQuote ? ref quoted[target] : ref own[target]);
                    acc.Mentioned = true;
                    acc.Raw += w;
                    acc.Cues++;
                    var s = text.Tokens[token].Start;
                    var e = text.Tokens[token + length - 1].End;
                    acc.Evidence.Add(new StanceEvidence(s, e - s, text.Text[s..e], CueTypeNames[(int)type], Math.Round(w, 4)));
                }
            }
        }

        }

        var results = new List<StanceResult>(targets);
        for (var t = 0; t < targets; t++)
        {
            var name = _targets[t].Name;
            results.Add(own[t].Mentioned
                ? Finish(name, own[t], ownVoice, ownVoice == Voice.Embedded ? unit.Author : null, fromArticle)
                : new StanceResult(name, StanceLabel.Neutral, 0, 0, ownVoice, ownVoice == Voice.Embedded ? unit.Author : null, mentioned[t] ? "mentioned only in quotes" : "no mention", []));
            if (quoted[t].Mentioned)
            {
                results.Add(Finish(name, quoted[t], Voice.Quoted, quoted[t].Speaker, false));
            }
        }

        return results;
    }

    /// <summary>Evidence kinds by <see cref="StanceCueType"/>, lower-cased once instead of per cue.</summary>
    private static readonly string[] CueTypeNames = Array.ConvertAll(Enum.GetNames<StanceCueType>(), n => n.ToLowerInvariant());

    /// <summary>Whether the target of <c>found[index]</c> already occurs earlier in the list (a sentence names few targets).</summary>
    private static bool SeenBefore(List<(int Token, int Length, int Target, bool Carried)> found, int index)
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

    private StanceResult Finish(string target, Accumulator acc, Voice voice, string? speaker, bool fromArticle)
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
        return new StanceResult(target, label, score, confidence, voice, speaker, reason, acc.Evidence);
    }

    private static double Position(int token, int contrast, int concessionStart, int concessionEnd)
    {
        if (contrast >= 0)
        {
            return token < contrast ? 0.5 : 1.5;
        }

        return concessionStart >= 0 && token > concessionStart && token < concessionEnd ? 0.5 : 1.0;
    }

    /// <summary>Lexicon sentiment of a clause, the mention's own words excluded, with simple negation.</summary>
    private static double ClauseSentiment(AnalyzedText text, SentimentLanguagePack pack, int start, int end, int mention, int mentionLength)
    {
        double sum = 0;
        var negate = false;
        for (var i = start; i < end; i++)
        {
            if (i >= mention && i < mention + mentionLength)
            {
                continue;
            }

            var token = text.Tokens[i];
            if (token.Kind != TokenKind.Word)
            {
                continue;
            }

            var key = text.Key(i);
            if (token.Has(TokenFlags.NegationClitic) || key is "not" or "no" or "never" or "nunca" or "jamas" or "sin" or "without")
            {
                negate = true;
                continue;
            }

            var v = pack.WordValence(key, text.Stem(i), out _);
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
        if (text.Tokens[i].Kind != TokenKind.Punctuation)
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
            if (text.Tokens[i].Kind != TokenKind.Punctuation)
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
        static bool Cap(AnalyzedText t, int i) => t.Tokens[i].Kind == TokenKind.Word && (t.Tokens[i].Has(TokenFlags.Capitalized) || t.Tokens[i].Has(TokenFlags.AllCaps)) && !IsCalendarWord(t.Key(i));
        var i = attribution + 1;
        while (i < end && text.Tokens[i].Kind == TokenKind.Word && !Cap(text, i) && i - attribution <= 3)
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
            return text.Text[text.Tokens[s].Start..text.Tokens[i - 1].End];
        }

        var j = attribution - 1;
        var e = j;
        while (j >= first && Cap(text, j))
        {
            j--;
        }

        return e > j ? text.Text[text.Tokens[j + 1].Start..text.Tokens[e].End] : null;
    }

    // "said on Monday": days and months are capitalized but never speakers.
    private static bool IsCalendarWord(ReadOnlySpan<char> key) => key is
        "monday" or "tuesday" or "wednesday" or "thursday" or "friday" or "saturday" or "sunday"
        or "january" or "february" or "march" or "april" or "may" or "june" or "july" or "august" or "september" or "october" or "november" or "december"
        or "lunes" or "martes" or "miercoles" or "jueves" or "viernes" or "sabado" or "domingo"
        or "enero" or "febrero" or "marzo" or "abril" or "mayo" or "junio" or "julio" or "agosto" or "septiembre" or "octubre" or "noviembre" or "diciembre";

    private struct Accumulator
    {
        private List<StanceEvidence>? _evidence;

        public bool Mentioned;
        public bool Carried;
        public double Raw;
        public int Cues;
        public string? Speaker;

        public List<StanceEvidence> Evidence => _evidence ??= [];
    }
}
