using System.Buffers;
using System.Collections.Frozen;
using System.Text;
using FramingAnalysis.Internal;
using FramingAnalysis.Lexicons;

namespace FramingAnalysis.Sentiment.Vader;

/// <summary>
/// A VADER-compatible sentiment scorer: given a lexicon in VADER's format (and optionally its emoji descriptions) it
/// reproduces the reference vaderSentiment 3.3.2 <c>polarity_scores</c> figures (compound, pos, neg, neu): the rules of
/// Hutto &amp; Gilbert, "VADER: A Parsimonious Rule-based Model for Sentiment Analysis of Social Media Text",
/// ICWSM 2014, in the order and with the floating-point steps of the reference's <c>vaderSentiment.py</c>
/// (see docs/vader-compatibility.md).
/// </summary>
/// <remarks>
/// <para>Make one with <see cref="Create"/> and reuse it. Thread safety: instances are immutable; <see cref="Score"/>
/// and <see cref="ScoreWithEvidence"/> may be called from many threads at once.</para>
/// <para>Cost: linear in the text length (n log n in its sentiment words when it contains "but"). <see cref="Score"/>
/// allocates only for emoji replacement and, in a text with "but", a small index of the valences; per-token work
/// uses pooled buffers. <see cref="ScoreWithEvidence"/> also allocates one string per token.</para>
/// <para>This scorer does its own whitespace tokenization, as the reference does, because compatibility depends on
/// it; use the library's text pipeline and lexicon scorers for everything else.</para>
/// </remarks>
public sealed partial class VaderScorer
{
    private readonly SentimentLexicon _lexicon;
    private readonly FrozenDictionary<int, string> _emoji;
    private readonly FrozenDictionary<string, double>.AlternateLookup<ReadOnlySpan<char>> _boosters;
    private readonly FrozenDictionary<string, double>.AlternateLookup<ReadOnlySpan<char>> _specialCases;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _negations;
    private readonly int _maxPhraseChars;
    private readonly bool _referenceQuirks;

    private VaderScorer(
        SentimentLexicon lexicon,
        FrozenDictionary<int, string> emoji,
        FrozenDictionary<string, double> boosters,
        FrozenDictionary<string, double> specialCases,
        FrozenSet<string> negations,
        bool referenceQuirks)
    {
        _lexicon = lexicon;
        _emoji = emoji;
        _boosters = boosters.GetAlternateLookup<ReadOnlySpan<char>>();
        _specialCases = specialCases.GetAlternateLookup<ReadOnlySpan<char>>();
        _negations = negations.GetAlternateLookup<ReadOnlySpan<char>>();
        _referenceQuirks = referenceQuirks;
        int max = 0;
        foreach (string key in boosters.Keys)
        {
            max = Math.Max(max, key.Length);
        }

        foreach (string key in specialCases.Keys)
        {
            max = Math.Max(max, key.Length);
        }

        _maxPhraseChars = max;
    }

    /// <summary>The lexicon the scorer looks lowercased tokens up in.</summary>
    public SentimentLexicon Lexicon => _lexicon;

    /// <summary>
    /// Builds a scorer. The options are validated and compiled once here.
    /// </summary>
    /// <param name="lexicon">
    /// A lexicon in VADER's scale, usually from <see cref="LexiconLoader.LoadVader(string, LexiconLoadOptions?)"/>.
    /// Tokens are lowercased before lookup, so entries with capitals (":D") never match, as in the reference.
    /// </param>
    /// <param name="emojiDescriptions">
    /// Emoji to description, usually from <see cref="LoadEmojiDescriptions(string)"/>; <see langword="null"/> for none.
    /// Only single-code-point keys can match, because the reference replaces the text code point by code point.
    /// </param>
    /// <param name="options">Word tables and switches; <see langword="null"/> for <see cref="VaderOptions.Default"/>.</param>
    /// <returns>An immutable, thread-safe scorer.</returns>
    /// <exception cref="ArgumentException">A table has an empty key, a key longer than 200 characters, or a non-finite value.</exception>
    public static VaderScorer Create(SentimentLexicon lexicon, IReadOnlyDictionary<string, string>? emojiDescriptions = null, VaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        options ??= VaderOptions.Default;
        ArgumentNullException.ThrowIfNull(options.Boosters, nameof(options.Boosters));
        ArgumentNullException.ThrowIfNull(options.SpecialCases, nameof(options.SpecialCases));
        ArgumentNullException.ThrowIfNull(options.Negations, nameof(options.Negations));

        var emoji = new Dictionary<int, string>();
        if (emojiDescriptions is not null)
        {
            foreach (KeyValuePair<string, string> pair in emojiDescriptions)
            {
                if (pair.Key is null || pair.Value is null)
                {
                    throw new ArgumentException("Emoji keys and descriptions must not be null.", nameof(emojiDescriptions));
                }

                if (Rune.DecodeFromUtf16(pair.Key, out Rune rune, out int used) == OperationStatus.Done && used == pair.Key.Length)
                {
                    emoji[rune.Value] = pair.Value;
                }
            }
        }

        var negations = new HashSet<string>(StringComparer.Ordinal);
        foreach (string word in options.Negations)
        {
            negations.Add(NormalizeKey(word, nameof(options.Negations)));
        }

        return new VaderScorer(
            lexicon,
            emoji.ToFrozenDictionary(),
            CompileTable(options.Boosters, nameof(options.Boosters)),
            CompileTable(options.SpecialCases, nameof(options.SpecialCases)),
            negations.ToFrozenSet(StringComparer.Ordinal),
            options.ReferenceQuirks);
    }

    /// <summary>
    /// Scores a text like the reference <c>polarity_scores</c>. Never throws for any non-null string; every figure is
    /// in its documented range.
    /// </summary>
    /// <param name="text">Any text; a sentence, a post or a paragraph (VADER scores its input as one unit).</param>
    /// <returns>The compound, positive, negative and neutral figures.</returns>
    public VaderScores Score(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Analyze(text, evidence: null, out _);
    }

    /// <summary>
    /// Scores a text and returns, for every token, its lexicon valence, its final valence and the rules that applied,
    /// with offsets into <paramref name="text"/>. Costs one string per token more than <see cref="Score"/>.
    /// </summary>
    /// <param name="text">Any text.</param>
    /// <returns>The same figures as <see cref="Score"/> plus the evidence.</returns>
    public VaderResult ScoreWithEvidence(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var evidence = new List<VaderTokenEvidence>();
        VaderScores scores = Analyze(text, evidence, out double punctuation);
        return new VaderResult(scores, evidence.AsReadOnly(), punctuation);
    }

    private static FrozenDictionary<string, double> CompileTable(IReadOnlyDictionary<string, double> table, string name)
    {
        var map = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (KeyValuePair<string, double> pair in table)
        {
            if (!double.IsFinite(pair.Value))
            {
                throw new ArgumentException($"The value of '{pair.Key}' in {name} is not finite.", name);
            }

            map[NormalizeKey(pair.Key, name)] = pair.Value;
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>Lowercases a table key and collapses its whitespace to single spaces, as phrases are matched.</summary>
    private static string NormalizeKey(string key, string name)
    {
        if (string.IsNullOrWhiteSpace(key))
        {
            throw new ArgumentException($"{name} contains an empty key.", name);
        }

        string normalized = string.Join(' ', key.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
        if (normalized.Length > 200)
        {
            throw new ArgumentException($"{name} contains a key longer than 200 characters.", name);
        }

        return normalized;
    }

    private VaderScores Analyze(string text, List<VaderTokenEvidence>? evidence, out double punctuation)
    {
        string processed = ReplaceEmoji(text, evidence is not null, out int[]? originStart, out int[]? originEnd);

        char[] lowerBuffer = ArrayPool<char>.Shared.Rent(Math.Max(processed.Length, 1));
        Token[] tokenBuffer = ArrayPool<Token>.Shared.Rent(Math.Min(processed.Length / 3 + 2, 1024));
        double[]? valenceBuffer = null;
        VaderRules[]? rules = null;
        try
        {
            Span<char> lower = lowerBuffer.AsSpan(0, processed.Length);
            processed.AsSpan().ToLowerInvariant(lower);

            int count = Tokenize(processed, ref tokenBuffer);
            valenceBuffer = ArrayPool<double>.Shared.Rent(Math.Max(count, 1));
            Span<Token> tokens = tokenBuffer.AsSpan(0, count);
            Span<double> valences = valenceBuffer.AsSpan(0, count);
            if (evidence is not null)
            {
                rules = new VaderRules[count];
            }

            punctuation = 0;
            if (count == 0)
            {
                // The reference returns all zeros when there is nothing to score.
                return default;
            }

            bool capDifferential = Classify(processed, lower, tokens);
            Span<char> phrase = _maxPhraseChars <= 256 ? stackalloc char[256] : new char[_maxPhraseChars];
            for (int i = 0; i < count; i++)
            {
                VaderRules applied = VaderRules.None;
                valences[i] = TokenValence(i, tokens, lower, capDifferential, phrase, ref applied);
                if (rules is not null)
                {
                    rules[i] = applied;
                }
            }

            ApplyBut(tokens, lower, valences, rules);
            punctuation = PunctuationEmphasis(processed);
            VaderScores scores = Summarize(valences, punctuation);

            if (evidence is not null)
            {
                for (int i = 0; i < count; i++)
                {
                    Token t = tokens[i];
                    int from = originStart is null ? t.Start : originStart[t.Start];
                    int to = originEnd is null ? t.Start + t.Length : originEnd[t.Start + t.Length - 1];
                    evidence.Add(new VaderTokenEvidence(
                        processed.Substring(t.Start, t.Length), i, from..to, t.InLexicon, t.LexiconValence, valences[i], rules![i]));
                }
            }

            return scores;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(lowerBuffer);
            ArrayPool<Token>.Shared.Return(tokenBuffer);
            if (valenceBuffer is not null)
            {
                ArrayPool<double>.Shared.Return(valenceBuffer);
            }
        }
    }

    /// <summary>Compound, pos, neg and neu from the final token valences (Hutto &amp; Gilbert, 2014).</summary>
    private static VaderScores Summarize(ReadOnlySpan<double> valences, double punctuation)
    {
        double sum = PythonSum(valences), positive = 0, negative = 0;
        int neutral = 0;
        foreach (double v in valences)
        {
            if (v > 0)
            {
                positive += v + 1; // +1 compensates for neutral words, which count 1 each.
            }
            else if (v < 0)
            {
                negative += v - 1;
            }
            else
            {
                neutral++;
            }
        }

        // Punctuation emphasis intensifies whatever direction the text already has; it never creates one.
        if (sum > 0)
        {
            sum += punctuation;
        }
        else if (sum < 0)
        {
            sum -= punctuation;
        }

        if (positive > Math.Abs(negative))
        {
            positive += punctuation;
        }
        else if (positive < Math.Abs(negative))
        {
            negative -= punctuation;
        }

        double total = positive + Math.Abs(negative) + neutral;
        return new VaderScores(
            PythonRounding.Round(Normalize(sum), 4),
            PythonRounding.Round(Share(positive, total), 3),
            PythonRounding.Round(Share(negative, total), 3),
            PythonRounding.Round(Share(neutral, total), 3));
    }

    /// <summary>
    /// The reference's <c>float(sum(sentiments))</c> as CPython 3.12 and later compute it: left to right with
    /// Neumaier's compensation, the compensation added once at the end when it is non-zero and finite. (CPython 3.11
    /// and earlier add plainly; the two differ only in the last bits, which have not been seen to change a rounded
    /// figure.)
    /// </summary>
    private static double PythonSum(ReadOnlySpan<double> values)
    {
        double sum = 0, compensation = 0;
        foreach (double x in values)
        {
            double t = sum + x;
            compensation += Math.Abs(sum) >= Math.Abs(x) ? (sum - t) + x : (x - t) + sum;
            sum = t;
        }

        return compensation != 0 && double.IsFinite(compensation) ? sum + compensation : sum;
    }

    private static double Share(double part, double total)
    {
        double share = Math.Abs(part / total);
        return double.IsNaN(share) ? 0 : Math.Min(share, 1.0); // NaN only for overflowing lexicon values.
    }

    /// <summary>x / √(x² + α), clamped to [-1, 1] (Hutto &amp; Gilbert, 2014: α = 15 approximates the maximum expected value).</summary>
    private static double Normalize(double score)
    {
        if (double.IsNaN(score))
        {
            return 0; // Only reachable with absurd lexicon values whose sum overflows (∞ − ∞).
        }

        double squared = score * score;
        if (double.IsInfinity(squared))
        {
            return Math.Sign(score); // The limit of x / √(x² + α) for |x| → ∞.
        }

        return Math.Clamp(score / Math.Sqrt(squared + NormalizationAlpha), -1.0, 1.0);
    }
}
