using System.Buffers;
using System.Collections.Frozen;
using FramingAnalysis.Languages;
using FramingAnalysis.Stance;
using FramingAnalysis.Text;

namespace FramingAnalysis.ML;

/// <summary>
/// Turns a unit's text into the token columns of a <see cref="FeatureRow"/> with the FramingAnalysis tokenizer,
/// folder and stemmers. Pure and thread-safe.
/// </summary>
internal static class TokenFeaturizer
{
    /// <summary>Prefix of tokens inside a negation scope.</summary>
    public const string NegationPrefix = "NEG_";

    // Negators that open a scope, folded (jamás → jamas). "n't" is recognised from the tokenizer's NegationClitic flag.
    private static readonly FrozenSet<string> Negators = FrozenSet.ToFrozenSet(
        ["not", "no", "never", "nor", "cannot", "nunca", "jamas", "sin", "tampoco", "ni"], StringComparer.Ordinal);

    /// <summary>Prefix of tokens in the clause after a contrast word.</summary>
    public const string ContrastPrefix = "BUT_";

    // Contrast markers, folded. "sin embargo" is recognised from its two words (and "sin" there is not a negator).
    private static readonly FrozenSet<string> ContrastWords = FrozenSet.ToFrozenSet(
        ["but", "however", "although", "though", "yet", "pero", "aunque", "sino"], StringComparer.Ordinal);

    private static readonly SearchValues<char> SentenceEnds = SearchValues.Create(".!?;…");

    /// <summary>The placeholder a masked mention of the target becomes (<see cref="FeatureSettings.MaskTarget"/>).</summary>
    public const string TargetPlaceholder = "<target>";

    /// <summary>Prefix of tokens within <see cref="FeatureSettings.TargetWindow"/> tokens of a mention of the target.</summary>
    public const string WindowPrefix = "W_";

    // ML.NET needs the extra-feature column to have a fixed size even when no extra features are used; ML.NET only reads it.
    private static readonly float[] NoExtra = [0f];

    // The lexicon column's value when lexicon features are off (fixed size; never read then).
    private static readonly float[] NoLexicon = new float[TargetView.LexiconCount];

    /// <summary>The id a target is known by in features: folded, spaces and hyphens as underscores (<c>Tax reform</c> → <c>tax_reform</c>).</summary>
    public static string TargetId(string? target)
    {
        if (string.IsNullOrWhiteSpace(target))
        {
            return string.Empty;
        }

        var folded = TermNormalizer.Fold(target.Trim());
        return string.Create(folded.Length, folded, static (dest, src) =>
        {
            for (var i = 0; i < src.Length; i++)
            {
                dest[i] = char.IsWhiteSpace(src[i]) || src[i] == '-' ? '_' : src[i];
            }
        });
    }

    /// <summary>Builds the row for one example.</summary>
    public static FeatureRow Featurize(string text, string language, string? target, FeatureSettings settings, float[]? extra = null, string? label = null, LearningTask task = LearningTask.Stance, StanceTarget? aliases = null)
    {
        var tokens = new List<Token>(64);
        Tokenizer.Default.Tokenize(text, tokens);
        var words = new List<string>(tokens.Count * 2);
        var charWords = new List<string>(tokens.Count);
        IStemmer? stemmer = settings.Stem && LanguagePacks.Find(language) is { StemsLearnedFeatures: true } pack ? pack.Stemmer : null;

        // Where the target is mentioned, by token: -1, or the index of the mention the token belongs to; and whether a token is
        // within the window of some mention.
        var view = settings.NeedsTargetView ? TargetView.Of(text, language, target, settings.LexiconFeatures, task, aliases) : null;
        var mentionOf = MentionIndex(tokens, view, out var anyMention);
        var near = anyMention && settings.TargetWindow > 0 ? Window(mentionOf, settings.TargetWindow) : null;
        var mask = anyMention && settings.MaskTarget;

        var negated = false;
        var contrast = false;
        char[] buffer = ArrayPool<char>.Shared.Rent(256);
        try
        {
            for (var t = 0; t < tokens.Count; t++)
            {
                var token = tokens[t];
                var surface = token.Slice(text);
                string? value;
                string? charValue = null;
                var isWord = false;
                if (mask && mentionOf[t] >= 0)
                {
                    // One placeholder per mention, however many tokens it spans.
                    if (t > 0 && mentionOf[t - 1] == mentionOf[t])
                    {
                        continue;
                    }

                    value = TargetPlaceholder;
                    charWords.Add(value);
                    words.Add(negated ? NegationPrefix + value : value);
                    continue;
                }

                switch (token.Kind)
                {
                    case TokenKind.Word:
                        value = Normalize(surface, stemmer, ref buffer, out var folded);
                        charValue = settings.CharNgramsOverStems ? value : folded;
                        isWord = true;
                        if (settings.NegationScope && (token.Has(TokenFlags.NegationClitic) || IsNegator(folded, text, tokens, t)))
                        {
                            // The negator itself is kept unmarked; the scope starts after it.
                            words.Add(value);
                            charWords.Add(charValue);
                            negated = true;
                            continue;
                        }

                        if (settings.ContrastScope && IsContrast(folded, text, tokens, t))
                        {
                            words.Add(value);
                            charWords.Add(charValue);
                            contrast = true;
                            continue;
                        }

                        break;
                    case TokenKind.Number:
                        value = "<num>";
                        break;
                    case TokenKind.Url:
                        value = "<url>";
                        break;
                    case TokenKind.Email:
                        value = "<email>";
                        break;
                    case TokenKind.Punctuation:
                        // Punctuation closes a negation scope; a sentence end closes a contrast scope.
                        // '!' and '?' are kept as features of their own.
                        negated = false;
                        if (surface.ContainsAny(SentenceEnds))
                        {
                            contrast = false;
                        }

                        value = surface.Contains('!') ? "!" : surface.Contains('?') ? "?" : null;
                        break;
                    case TokenKind.Mention:
                    case TokenKind.Hashtag:
                        value = TermNormalizer.Fold(surface.ToString());
                        break;
                    default:
                        // Emoji, emoticons and symbols are kept as written.
                        value = surface.ToString();
                        break;
                }

                if (value is null)
                {
                    continue;
                }

                charWords.Add(charValue ?? value);
                var marked = negated && isWord ? NegationPrefix + value : value;
                words.Add(marked);
                if (near is not null && near[t] && mentionOf[t] < 0)
                {
                    words.Add(WindowPrefix + marked);
                }
                if (contrast && isWord)
                {
                    // After "but" / "pero" the clause that decides the stance usually follows; its words also count as such.
                    words.Add(ContrastPrefix + marked);
                }
            }
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }

        if (view is not null && settings.LexiconFeatures)
        {
            // The rule scorer's evidence about the target, as tokens (TargetView.Cues).
            words.AddRange(view.Cues);
        }

        var targetId = TargetId(target);
        string[] crossed = [];
        if (settings.TargetInteractions && targetId.Length > 0)
        {
            crossed = new string[words.Count];
            var prefix = "T=" + targetId + "|";
            for (var i = 0; i < words.Count; i++)
            {
                crossed[i] = prefix + words[i];
            }
        }

        return new FeatureRow
        {
            Tokens = [.. words],
            CharText = string.Join(' ', charWords),
            TargetTokens = crossed,
            Target = targetId,
            Extra = extra ?? NoExtra,
            Lexicon = view is not null && settings.LexiconFeatures ? view.Lexicon : NoLexicon,
            Text = text,
            LabelText = label ?? string.Empty,
        };
    }

    // For each token, the index of the mention of the target it lies in (by character overlap), or -1.
    private static int[] MentionIndex(List<Token> tokens, TargetView? view, out bool any)
    {
        var result = new int[tokens.Count];
        Array.Fill(result, -1);
        any = false;
        if (view is null || view.Mentions.Count == 0)
        {
            return result;
        }

        var m = 0;
        for (var t = 0; t < tokens.Count; t++)
        {
            var token = tokens[t];
            while (m < view.Mentions.Count && view.Mentions[m].End <= token.Start)
            {
                m++;
            }

            if (m < view.Mentions.Count && view.Mentions[m].Start < token.End)
            {
                result[t] = m;
                any = true;
            }
        }

        return result;
    }

    // Whether each token is within `width` tokens of a token of some mention.
    private static bool[] Window(int[] mentionOf, int width)
    {
        var near = new bool[mentionOf.Length];
        for (var t = 0; t < mentionOf.Length; t++)
        {
            if (mentionOf[t] < 0)
            {
                continue;
            }

            for (var k = Math.Max(0, t - width); k <= Math.Min(mentionOf.Length - 1, t + width); k++)
            {
                near[k] = true;
            }
        }

        return near;
    }

    private static bool IsNegator(string folded, string text, List<Token> tokens, int index) =>
        Negators.Contains(folded) && !(folded == "sin" && NextWordIs(text, tokens, index, "embargo"));

    // "sin embargo" opens the scope at "embargo", so that neither of its two words is itself marked.
    private static bool IsContrast(string folded, string text, List<Token> tokens, int index) =>
        ContrastWords.Contains(folded) || (folded == "embargo" && index > 0 && tokens[index - 1].Kind == TokenKind.Word &&
            tokens[index - 1].Slice(text).Equals("sin", StringComparison.OrdinalIgnoreCase));

    private static bool NextWordIs(string text, List<Token> tokens, int index, string word) =>
        index + 1 < tokens.Count && tokens[index + 1].Kind == TokenKind.Word &&
        tokens[index + 1].Slice(text).Equals(word, StringComparison.OrdinalIgnoreCase);

    private static string Normalize(ReadOnlySpan<char> surface, IStemmer? stemmer, ref char[] buffer, out string folded)
    {
        var needed = surface.Length * TermNormalizer.MaxExpansion;
        if (buffer.Length < needed)
        {
            ArrayPool<char>.Shared.Return(buffer);
            buffer = ArrayPool<char>.Shared.Rent(needed);
        }

        var length = TermNormalizer.Fold(surface, buffer);
        ReadOnlySpan<char> key = TermNormalizer.StripPossessive(buffer.AsSpan(0, length));
        folded = new string(buffer.AsSpan(0, length));
        if (stemmer is null)
        {
            return key.Length == length ? folded : new string(key);
        }

        Span<char> stem = key.Length <= 128 ? stackalloc char[128] : new char[key.Length];
        var n = stemmer.Stem(key, stem);
        return new string(stem[..n]);
    }
}
