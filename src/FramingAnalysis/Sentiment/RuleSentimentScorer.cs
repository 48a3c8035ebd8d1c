using System.Buffers;
using FramingAnalysis.Languages;
using FramingAnalysis.Lexicons;
using FramingAnalysis.Text;

namespace FramingAnalysis.Sentiment;

/// <summary>
/// The built-in lexicon-plus-rules sentiment scorer for English and Spanish, in the spirit of VADER (Hutto &amp; Gilbert,
/// ICWSM 2014). Immutable after construction and safe to share between threads; the same text always gets the same score.
/// </summary>
/// <remarks>
/// <para>Per sentence: each word, idiom, emoji or emoticon with a valence in [−4, 4] contributes; a booster or dampener up
/// to <see cref="SentimentOptions.ModifierWindow"/> words before adds ±0.293 (decaying 1, 0.95, 0.9 with distance), a
/// negator in that window multiplies by −0.74 once (so Spanish double negation, <c>no … nunca</c>, does not cancel; a
/// language pack may set a smaller factor for negative words, <see cref="SentimentLanguagePack.NegatedNegativeScalar"/>),
/// an ALL-CAPS word in a mixed-case sentence gains 0.733, words before a contrastive conjunction (<c>but</c>,
/// <c>pero</c>) weigh 0.5 and after it 1.5, a concessive clause (<c>although</c>, <c>aunque</c>) weighs 0.5, and each
/// <c>!</c> (at most four; a Spanish <c>¡…!</c> pair counts once) adds 0.292 in the direction of the sum. Windows never
/// cross clause punctuation. The sentence compound is x / √(x² + 15).</para>
/// <para>Per unit: the compound is the weighted mean of the sentence compounds (weight 1; a sentence that opens with a
/// contrast marker such as <c>Sin embargo,</c> or <c>However,</c> weighs 1.5 and the sentence before it 0.5). The
/// positive / negative / neutral shares pool VADER's masses over all sentences.</para>
/// <para>Cost: linear in the text. Working arrays are per thread and reused; a call allocates the result, its sentence
/// array and its evidence array, plus a string only where a token is written differently from its lexicon entry.</para>
/// </remarks>
public sealed class RuleSentimentScorer : SentimentScorer
{
    // Hutto & Gilbert (2014): empirically derived constants of VADER.
    private const double BoosterIncrement = 0.293;
    private const double CapsIncrement = 0.733;
    private const double NegationScalar = -0.74;
    private const double ExclamationIncrement = 0.292;
    private const double NormalizationAlpha = 15;

    private static readonly double[] Decay = [1.0, 0.95, 0.9, 0.85, 0.8, 0.75];

    private readonly SentimentOptions _options;
    private readonly IReadOnlyDictionary<string, SentimentLanguagePack> _packs;
    private readonly SentimentLanguagePack _fallback;

    private enum Role : byte
    {
        None,
        Phrase,
        Booster,
        Dampener,
        Negator,
        Contrast,
        Concession,
        Break,
    }

    /// <summary>
    /// Makes a scorer from options and sentiment packs (language code → pack). Text in a language without a pack is read
    /// with the pack of <see cref="LanguagePacks.Default"/>'s language when given, else with the first pack.
    /// </summary>
    public RuleSentimentScorer(SentimentOptions options, IReadOnlyDictionary<string, SentimentLanguagePack> packs)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(packs);
        options.Validate();
        _options = options;
        _packs = packs;
        _fallback = packs.TryGetValue(LanguagePacks.Default.Code, out var fallback) ? fallback : packs.Values.First();
        var versions = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var pack in packs.Values)
        {
            foreach (var (k, v) in pack.Versions)
            {
                versions[k] = v;
            }
        }

        ResourceVersions = versions;
    }

    /// <summary>
    /// The scorer with the sentiment pack of every registered <see cref="LanguagePack"/> (the built-in English and
    /// Spanish ones, and any registered before this call) and the given (or default) options.
    /// </summary>
    public static RuleSentimentScorer CreateDefault(SentimentOptions? options = null)
    {
        var packs = new Dictionary<string, SentimentLanguagePack>(StringComparer.Ordinal);
        foreach (var pack in LanguagePacks.All)
        {
            packs[pack.Code] = pack.Sentiment;
        }

        return new(options ?? SentimentOptions.Default, packs);
    }

    /// <inheritdoc/>
    public override string Name => "rules";

    /// <summary>The options the scorer was made with.</summary>
    public SentimentOptions Options => _options;

    /// <summary>
    /// Whether this scorer gives text in <paramref name="language"/> the same sentence compounds as
    /// <paramref name="other"/>: the same pack instance and the same modifier window (thresholds and evidence do not
    /// change compounds). The analyzer uses it to hand its sentiment to the stance scorer instead of scoring twice.
    /// </summary>
    internal bool SameCompounds(RuleSentimentScorer other, string language) =>
        _options.ModifierWindow == other._options.ModifierWindow && _options.NamesCarryNoSentiment == other._options.NamesCarryNoSentiment
        && ReferenceEquals(_packs.TryGetValue(language, out var mine) ? mine : _fallback, other._packs.TryGetValue(language, out var theirs) ? theirs : other._fallback);

    /// <inheritdoc/>
    public override IReadOnlyDictionary<string, string> ResourceVersions { get; }

    /// <inheritdoc/>
    public override SentimentResult Score(AnalyzedText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var n = text.TokenCount;
        if (n == 0 || text.SentenceCount == 0)
        {
            return SentimentResult.Empty;
        }

        var pack = _packs.TryGetValue(text.Language, out var p) ? p : _fallback;
        var w = Workspace.For(n);
        Mark(text, pack, w, _options.NamesCarryNoSentiment);
        var evidence = _options.IncludeEvidence ? w.Evidence : null;
        evidence?.Clear();
        var sentenceSpans = text.SentenceSpans;
        var sentences = new SentenceSentiment[sentenceSpans.Length];
        double pos = 0, neg = 0;
        var neu = 0;
        for (var s = 0; s < sentences.Length; s++)
        {
            sentences[s] = ScoreSentence(text, sentenceSpans[s], w, evidence, pack);
            pos += sentences[s].PositiveMass;
            neg += sentences[s].NegativeMass;
            neu += sentences[s].NeutralCount;
        }

        ApplySentenceContrast(text, sentences, w.Roles);
        double weighted = 0, weights = 0;
        foreach (var s in sentences)
        {
            if (s.PositiveMass + s.NegativeMass + s.NeutralCount > 0)
            {
                weighted += s.Compound * s.Weight;
                weights += s.Weight;
            }
        }

        var compound = weights > 0 ? Math.Clamp(weighted / weights, -1, 1) : 0;
        var total = pos + neg + neu;
        var (sp, sn, su) = total > 0 ? (pos / total, neg / total, neu / total) : (0d, 0d, 0d);
        return new SentimentResult(
            Math.Round(compound, 4),
            Math.Round(sp, 3),
            Math.Round(sn, 3),
            Math.Round(su, 3),
            _options.LabelFor(compound),
            sentences,
            evidence is null || evidence.Count == 0 ? [] : evidence.ToArray());
    }

    /// <summary>
    /// One thread's per-token working arrays, grown as needed and reused across calls (the scorer itself stays
    /// immutable; nothing here outlives a call to <see cref="Score"/>).
    /// </summary>
    private sealed class Workspace
    {
        [ThreadStatic]
        private static Workspace? t_current;

        public Role[] Roles = [];
        public double[] Valence = [];
        public double[] BaseValence = [];
        public SentimentRules[] Rules = [];
        public double[] ModifierValue = [];
        public int[] PhraseStart = [];
        public string?[] Entries = [];
        public readonly List<SentimentEvidence> Evidence = new(32);

        // Units above this many tokens get a workspace of their own, so a thread never keeps huge arrays alive.
        private const int MaxKept = 1 << 14;

        public static Workspace For(int tokens)
        {
            var w = tokens > MaxKept ? new Workspace() : t_current ??= new Workspace();
            if (w.Roles.Length < tokens)
            {
                var size = Math.Max(tokens, w.Roles.Length * 2);
                w.Roles = new Role[size];
                w.Valence = new double[size];
                w.BaseValence = new double[size];
                w.Rules = new SentimentRules[size];
                w.ModifierValue = new double[size];
                w.PhraseStart = new int[size];
                w.Entries = new string?[size];
            }

            return w;
        }
    }

    /// <summary>First pass: give each token its role (modifier, break, part of a phrase) and base valence.</summary>
    private static void Mark(AnalyzedText text, SentimentLanguagePack pack, Workspace w, bool skipNames)
    {
        var n = text.TokenCount;
        var tokens = text.TokenSpan;
        var roles = w.Roles;
        var baseValence = w.BaseValence;
        var rules = w.Rules;
        var modifierValue = w.ModifierValue;
        var phraseStart = w.PhraseStart;
        var entries = w.Entries;

        foreach (var sentence in text.SentenceSpans)
        {
            var end = sentence.FirstToken + sentence.TokenCount;
            for (var i = sentence.FirstToken; i < end; i++)
            {
                roles[i] = Role.None;
                baseValence[i] = 0;
                rules[i] = SentimentRules.None;
                modifierValue[i] = 0;
                phraseStart[i] = i;
                entries[i] = null;
            }

            var t = sentence.FirstToken;
            // Whether the sentence is in title case is asked only when a capitalized word with valence comes up (0: not yet).
            var titleCase = 0;
            while (t < end && t < n)
            {
                var token = tokens[t];
                if (token.Kind == TokenKind.Punctuation)
                {
                    roles[t] = IsClauseBreak(text.TokenText(t)) ? Role.Break : Role.None;
                    t++;
                    continue;
                }

                if (token.Kind is TokenKind.Emoji or TokenKind.Emoticon)
                {
                    baseValence[t] = pack.SymbolValence(text.Key(t));
                    rules[t] = baseValence[t] != 0 ? (token.Kind == TokenKind.Emoji ? SentimentRules.Emoji : SentimentRules.Emoticon) : SentimentRules.None;
                    t++;
                    continue;
                }

                // One lookup of the key and one of the stem say whether the lexicon knows the word and whether an idiom
                // or modifier can start here; the phrase matchers run only where one can.
                var known = pack.Lookup(text, t, out var keyEntry, out var stemEntry);
                if (!known && token.Kind == TokenKind.Word && !pack.MayStartPhraseAnywhere)
                {
                    // Most words: unknown to the pack, so no phrase starts here and the word keeps no valence, rule or
                    // entry (as set above); only a negation clitic (don't, can't) still negates.
                    if (token.Has(TokenFlags.NegationClitic))
                    {
                        roles[t] = Role.Negator;
                        modifierValue[t] = NegationScalar;
                    }

                    t++;
                    continue;
                }

                PhraseMatcher<double>.Candidate? idiom = null;
                PhraseMatcher<SentimentModifier>.Candidate? modifier = null;
                var idiomLength = pack.MayStartIdiom(keyEntry, stemEntry) ? pack.Idioms.Match(text, t, end, out idiom) : 0;
                var modLength = pack.MayStartModifier(keyEntry, stemEntry) ? pack.Modifiers.Match(text, t, end, out modifier) : 0;
                if (idiomLength > 0 && idiomLength >= modLength && (idiomLength > 1 || modLength == 0))
                {
                    var last = t + idiomLength - 1;
                    for (var k = t; k < last; k++)
                    {
                        roles[k] = Role.Phrase;
                    }

                    baseValence[last] = idiom!.Payload;
                    rules[last] = SentimentRules.Idiom;
                    phraseStart[last] = t;
                    t += idiomLength;
                    continue;
                }

                if (modLength > 0)
                {
                    var last = t + modLength - 1;
                    for (var k = t; k < last; k++)
                    {
                        roles[k] = Role.Phrase;
                    }

                    var m = modifier!.Payload;
                    roles[last] = m.Kind switch
                    {
                        ModifierKind.Booster => Role.Booster,
                        ModifierKind.Dampener => Role.Dampener,
                        ModifierKind.Negator => Role.Negator,
                        ModifierKind.Contrast => Role.Contrast,
                        _ => Role.Concession,
                    };
                    modifierValue[last] = m.Value;
                    phraseStart[last] = t;
                    t += modLength;
                    continue;
                }

                if (token.Kind == TokenKind.Word && token.Has(TokenFlags.NegationClitic))
                {
                    roles[t] = Role.Negator;
                    modifierValue[t] = NegationScalar;
                }

                if (token.Kind == TokenKind.Word)
                {
                    baseValence[t] = pack.WordValence(text.Key(t), text.Stem(t), keyEntry, stemEntry, out rules[t], out entries[t]);
                    if (skipNames && baseValence[t] != 0 && SentenceCasing.IsNameInside(text, t, sentence.FirstToken))
                    {
                        if (titleCase == 0)
                        {
                            titleCase = SentenceCasing.IsTitleCase(text, sentence.FirstToken, Math.Min(end, n)) ? 1 : -1;
                        }

                        if (titleCase < 0)
                        {
                            baseValence[t] = 0;
                            rules[t] = SentimentRules.None;
                            entries[t] = null;
                        }
                    }
                }
                else if (token.Kind == TokenKind.Hashtag)
                {
                    var tokenKey = text.Key(t);
                    var tag = tokenKey.Length > 1 ? tokenKey[1..] : tokenKey;
                    baseValence[t] = pack.WordValence(tag, default, pack.Lookup(tag), default, out rules[t], out entries[t]);
                }

                t++;
            }
        }
    }

    private SentenceSentiment ScoreSentence(AnalyzedText text, SentenceSpan sentence, Workspace w, List<SentimentEvidence>? evidence, SentimentLanguagePack pack)
    {
        var negatedNegativeScalar = pack.NegatedNegativeScalar ?? NegationScalar;
        var tokens = text.TokenSpan;
        var roles = w.Roles;
        var baseValence = w.BaseValence;
        var valence = w.Valence;
        var rules = w.Rules;
        var modifierValue = w.ModifierValue;
        var phraseStart = w.PhraseStart;
        var first = sentence.FirstToken;
        var end = first + sentence.TokenCount;
        int caps = 0, words = 0;
        var contrastAt = -1;
        var concessionAt = -1;
        var exclamations = 0;
        var questions = 0;
        for (var i = first; i < end; i++)
        {
            var token = tokens[i];
            if (token.Kind == TokenKind.Word)
            {
                words++;
                if (token.Has(TokenFlags.AllCaps))
                {
                    caps++;
                }
            }
            else if (token.Kind == TokenKind.Punctuation)
            {
                var span = text.TokenText(i);
                exclamations += span.Count('!');
                questions += span.Count('?');
            }

            if (roles[i] == Role.Contrast && contrastAt < 0 && i > FirstWord(tokens, first, end))
            {
                contrastAt = i;
            }
            else if (roles[i] == Role.Concession && concessionAt < 0)
            {
                concessionAt = i;
            }
        }

        var mixedCase = caps > 0 && caps < words;
        var concessionEnd = concessionAt >= 0 ? NextBreak(roles, concessionAt + 1, end) : -1;
        double sum = 0, pos = 0, neg = 0;
        var neutral = 0;
        for (var i = first; i < end; i++)
        {
            var v = baseValence[i];
            valence[i] = 0;
            if (v == 0)
            {
                if (tokens[i].Kind == TokenKind.Word && roles[i] is Role.None)
                {
                    neutral++;
                }

                continue;
            }

            var applied = rules[i];
            var sign = Math.Sign(v);
            if (mixedCase && tokens[i].Has(TokenFlags.AllCaps))
            {
                v += sign * CapsIncrement;
                applied |= SentimentRules.AllCaps;
            }

            // Walk back over the modifier window; clause punctuation ends it.
            var negated = false;
            var superlative = false;

            // An emoji or emoticon stands outside the syntax: 'no son madres ;)' does not negate the wink.
            var symbol = tokens[i].Kind is TokenKind.Emoji or TokenKind.Emoticon;
            string? modifiers = null;
            var distance = 0;
            for (var j = phraseStart[i] - 1; j >= first && distance < _options.ModifierWindow; j--)
            {
                var role = roles[j];
                if (role == Role.Break)
                {
                    break;
                }

                var kind = tokens[j].Kind;
                if (role == Role.Phrase || kind == TokenKind.Punctuation || pack.IsClitic(text.Key(j)))
                {
                    continue;
                }

                distance++;
                if (role is Role.Booster or Role.Dampener)
                {
                    var scalar = modifierValue[j] != 0 ? modifierValue[j] : (role == Role.Booster ? BoosterIncrement : -BoosterIncrement);
                    if (mixedCase && tokens[j].Has(TokenFlags.AllCaps))
                    {
                        scalar += Math.Sign(scalar) * CapsIncrement;
                    }

                    v += sign * scalar * Decay[distance - 1];
                    applied |= role == Role.Booster ? SentimentRules.Booster : SentimentRules.Dampener;
                    modifiers = Append(modifiers, text, phraseStart[j], j);
                }
                else if (role == Role.Negator && !symbol)
                {
                    // 'Nothing is better than', 'no hay nada más triste que': a negative pronoun with a comparison praises
                    // or blames to the highest degree; the 'no' of Spanish negative concord goes with it.
                    if (phraseStart[j] == j && pack.IsNegativePronoun(text.Key(j)) && pack.IsComparedBefore(text, i, first, end))
                    {
                        superlative = true;
                    }
                    else
                    {
                        negated = true;
                    }

                    modifiers = Append(modifiers, text, phraseStart[j], j);
                }
            }

            if (superlative)
            {
                negated = false;
                v += sign * BoosterIncrement;
                applied |= SentimentRules.Superlative;
            }

            if (negated)
            {
                // A language pack may shrink the flip of a negative word ('no es malo' is not the mirror of 'es malo').
                v *= v < 0 ? negatedNegativeScalar : NegationScalar;
                applied |= SentimentRules.Negation;
            }

            if (contrastAt >= 0)
            {
                var weight = i < contrastAt ? 0.5 : modifierValue[contrastAt] > 0 ? modifierValue[contrastAt] : 1.5;
                v *= weight;
                applied |= i < contrastAt ? SentimentRules.BeforeContrast : SentimentRules.AfterContrast;
            }
            else if (concessionAt >= 0 && i > concessionAt && i < concessionEnd)
            {
                v *= 0.5;
                applied |= SentimentRules.Concession;
            }

            valence[i] = v;
            sum += v;
            if (v > 0)
            {
                pos += v + 1;
            }
            else if (v < 0)
            {
                neg += v - 1;
            }

            if (evidence is not null)
            {
                var start = tokens[phraseStart[i]].Start;
                var length = tokens[i].End - start;
                var written = text.Text.AsSpan(start, length);

                // The lexicon's own key string serves as the entry, and as the surface when the token is written
                // exactly so (most words): no new string for them.
                var entry = (applied & SentimentRules.Idiom) != 0 ? null : w.Entries[i] ?? text.Key(i).ToString();
                var surface = entry is not null && written.SequenceEqual(entry) ? entry : text.Text.Substring(start, length);
                evidence.Add(new SentimentEvidence(start, length, surface, entry ?? surface.ToLowerInvariant(), baseValence[i], Math.Round(v, 4), applied, modifiers ?? string.Empty));
            }
        }

        // Punctuation emphasis (VADER): up to four '!' add 0.292 each; '??' and more add 0.18 each (0.96 above three).
        var emphasis = Math.Min(exclamations, 4) * ExclamationIncrement;
        if (questions > 1)
        {
            emphasis += questions <= 3 ? questions * 0.18 : 0.96;
        }

        if (sum > 0)
        {
            sum += emphasis;
            pos += emphasis;
        }
        else if (sum < 0)
        {
            sum -= emphasis;
            neg -= emphasis;
        }

        var compound = sum == 0 ? 0 : Math.Clamp(sum / Math.Sqrt((sum * sum) + NormalizationAlpha), -1, 1);
        return new SentenceSentiment(sentence.Start, sentence.Length, compound, sum, 1.0, pos, Math.Abs(neg), neutral);
    }

    /// <summary>A sentence that opens with a contrast marker weighs 1.5 and the sentence before it 0.5.</summary>
    private static void ApplySentenceContrast(AnalyzedText text, SentenceSentiment[] sentences, Role[] roles)
    {
        for (var s = 1; s < sentences.Length; s++)
        {
            var span = text.SentenceSpans[s];
            var firstWord = FirstWord(text.TokenSpan, span.FirstToken, span.FirstToken + span.TokenCount);
            if (firstWord < 0)
            {
                continue;
            }

            // The marker may be a phrase ("Sin embargo"): find the first non-phrase role.
            var k = firstWord;
            while (k < span.FirstToken + span.TokenCount && roles[k] == Role.Phrase)
            {
                k++;
            }

            if (k < span.FirstToken + span.TokenCount && roles[k] == Role.Contrast)
            {
                sentences[s] = sentences[s] with { Weight = 1.5 };
                sentences[s - 1] = sentences[s - 1] with { Weight = sentences[s - 1].Weight * 0.5 };
            }
        }
    }

    private static int FirstWord(ReadOnlySpan<Token> tokens, int first, int end)
    {
        for (var i = first; i < end; i++)
        {
            if (tokens[i].Kind != TokenKind.Punctuation)
            {
                return i;
            }
        }

        return -1;
    }

    private static int NextBreak(Role[] roles, int from, int end)
    {
        for (var i = from; i < end; i++)
        {
            if (roles[i] == Role.Break)
            {
                return i;
            }
        }

        return end;
    }

    private static bool IsClauseBreak(ReadOnlySpan<char> punct)
    {
        foreach (var c in punct)
        {
            if (c is ',' or ';' or ':' or '.' or '!' or '?' or '—' or '–' or '(' or ')' or '…' or '¿' or '¡')
            {
                return true;
            }
        }

        return false;
    }

    private static string Append(string? existing, AnalyzedText text, int start, int end)
    {
        var word = text.Text[text.TokenAt(start).Start..text.TokenAt(end).End];
        return existing is null ? word : word + " " + existing;
    }
}
