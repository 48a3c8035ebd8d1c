using System.Collections.Frozen;
using FramingAnalysis.Languages;

namespace FramingAnalysis.Text;

public sealed partial class LanguageIdentifier
{
    // The extra languages (registered packs with a profile), after English and Spanish; empty for the built-in model.
    private readonly Extra[] _extras;

    // Per thread, per call: each extra language's word sum (2k) and trigram sum (2k + 1). Only used with extras.
    [ThreadStatic]
    private static double[]? t_extraSums;


    /// <summary>The identifier of the built-in model plus extra languages; shares the model's tables.</summary>
    private LanguageIdentifier(LanguageIdentifier model, Extra[] extras)
    {
        _trigrams = model._trigrams;
        _words = model._words;
        _extras = extras;
        _modelled = [.. BuiltInModelled, .. extras.Select(e => e.Code)];
        Languages = Array.AsReadOnly(_modelled);
    }

    /// <summary>
    /// The identifier for the registered language packs: the built-in English and Spanish model, plus every other
    /// registered pack that has a <see cref="LanguagePack.Identification"/> profile. Built on first use (about a
    /// millisecond of loading resources and counting trigrams) and shared until a pack is registered. With only the
    /// built-in packs it is the built-in model alone.
    /// </summary>
    public static LanguageIdentifier Default => Registered.Value;

    private static readonly PerRegistration<LanguageIdentifier> Registered = new(For);

    /// <summary>
    /// The languages the identifier scores, in the order of <see cref="LanguageGuess.Scores"/>: the built-in model's
    /// English and Spanish, then every other registered pack with a <see cref="LanguagePack.Identification"/> profile,
    /// in registration order. A pack without one is not scored (its text is recognised by its declared language; see
    /// <see cref="TextPipeline.Analyze(string, string?)"/>).
    /// </summary>
    public IReadOnlyList<string> Languages { get; }

    /// <summary>Whether the identifier scores a language (one of <see cref="Languages"/>).</summary>
    /// <param name="language">A language code (ordinal).</param>
    public bool Models(string language)
    {
        foreach (var code in _modelled)
        {
            if (string.Equals(code, language, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The built-in model, with the profiles of the given packs other than English and Spanish added.</summary>
    private static LanguageIdentifier For(IReadOnlyList<LanguagePack> packs)
    {
        var extras = new List<Extra>();
        foreach (var pack in packs)
        {
            if (!BuiltInModelled.Contains(pack.Code) && pack.Identification is { } profile && extras.Count < LanguageScores.MaxLanguages - BuiltInModelled.Length)
            {
                extras.Add(new Extra(pack.Code, profile.Words.GetAlternateLookup<ReadOnlySpan<char>>(), profile.Trigrams));
            }
        }

        return extras.Count == 0 ? BuiltInInstance.Value : new LanguageIdentifier(BuiltInInstance.Value, [.. extras]);
    }

    private void BeginExtras()
    {
        var sums = t_extraSums;
        if (sums is null || sums.Length < 2 * _extras.Length)
        {
            t_extraSums = sums = new double[2 * LanguageScores.MaxLanguages];
        }

        Array.Clear(sums);
    }

    /// <summary>Adds a folded word's evidence for each extra language: its listed weight, and its letters when the model's languages take them too.</summary>
    private void ScoreExtras(ReadOnlySpan<char> word, double weight, bool letters)
    {
        var sums = t_extraSums!;
        for (var k = 0; k < _extras.Length; k++)
        {
            var extra = _extras[k];
            if (extra.Words.TryGetValue(word, out var listed))
            {
                sums[2 * k] += weight * listed;
            }

            if (letters)
            {
                sums[(2 * k) + 1] += weight * TrigramSum(extra.Trigrams, word);
            }
        }
    }

    /// <summary>The summed trigram log-probabilities of a folded word under one profile, read as the model reads it.</summary>
    private static double TrigramSum(float[] trigrams, ReadOnlySpan<char> word)
    {
        double sum = 0;
        int a = Boundary;
        int b = Boundary;
        foreach (char letter in word)
        {
            int c = Symbol(letter);
            sum += trigrams[TrigramIndex(a, b, c)];
            a = b;
            b = c;
        }

        return sum + trigrams[TrigramIndex(a, b, Boundary)];
    }

    /// <summary>
    /// <see cref="Decide"/> over English, Spanish and the extra languages: each language's log-score is its prior, its
    /// trigram evidence, its word evidence and (English and Spanish only) its orthographic cues; "other" reads letters as
    /// the nearest language minus the penalty; the winner must reach the minimum posterior and beat every other language.
    /// </summary>
    private LanguageGuess DecideWithExtras(in Evidence e)
    {
        var sums = t_extraSums!;
        int n = 2 + _extras.Length;
        Span<double> scores = stackalloc double[LanguageScores.MaxLanguages];
        scores[0] = LogPriorLanguage + (TrigramWeight * e.TrigramEn) + e.WordEn + e.CueEn;
        scores[1] = LogPriorLanguage + (TrigramWeight * e.TrigramEs) + e.WordEs + e.CueEs;
        double nearest = Math.Max(e.TrigramEn, e.TrigramEs);
        for (var k = 0; k < _extras.Length; k++)
        {
            scores[2 + k] = LogPriorLanguage + (TrigramWeight * sums[(2 * k) + 1]) + sums[2 * k];
            nearest = Math.Max(nearest, sums[(2 * k) + 1]);
        }

        double otherTrigrams = Math.Max(e.Trigrams * UniformTrigramLogProbability, nearest - (e.Trigrams * OtherTrigramPenalty));
        double other = LogPriorOther + (TrigramWeight * otherTrigrams) + e.WordOther + e.CueOther;
        double max = other;
        for (var i = 0; i < n; i++)
        {
            max = Math.Max(max, scores[i]);
        }

        double sum = 0;
        for (var i = 0; i < n; i++)
        {
            scores[i] = Math.Exp(scores[i] - max);
            sum += scores[i];
        }

        double pOther = Math.Exp(other - max);
        sum += pOther;
        var best = 0;
        for (var i = 0; i < n; i++)
        {
            scores[i] /= sum;
            if (scores[i] > scores[best])
            {
                best = i;
            }
        }

        pOther /= sum;
        var probabilities = new LanguageScores(_modelled, scores[..n]);
        var unique = true;
        for (var i = 0; i < n; i++)
        {
            unique &= i == best || scores[i] < scores[best];
        }

        return scores[best] >= MinimumPosterior && unique
            ? new LanguageGuess(_modelled[best], scores[best], probabilities, e.Words)
            : new LanguageGuess(LanguageGuess.Undetermined, pOther, probabilities, e.Words);
    }

    /// <summary>One extra language: its code, word weights and trigram profile.</summary>
    private sealed record Extra(string Code, FrozenDictionary<string, float>.AlternateLookup<ReadOnlySpan<char>> Words, float[] Trigrams);
}
