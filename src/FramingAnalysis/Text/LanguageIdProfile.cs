using System.Collections.Frozen;

namespace FramingAnalysis.Text;

/// <summary>
/// What the <see cref="LanguageIdentifier"/> needs to score one more language: its most frequent words with a weight
/// each (in nats, as in the built-in <c>langid.*.tsv</c> lists: about 1 for a common word, 3 for one that is nearly proof
/// of the language) and some running text from which a character-trigram profile is counted. A
/// <see cref="Languages.LanguagePack"/> returns one from <see cref="Languages.LanguagePack.Identification"/>. Immutable
/// and thread-safe.
/// </summary>
/// <remarks>
/// The built-in English and Spanish model has orthographic cues besides words and trigrams (<c>¿</c>, <c>ñ</c>,
/// contractions); a profile has words and trigrams only, so a few hundred frequent words and a thousand words of sample
/// text are what make it competitive. A word is folded (<see cref="TermNormalizer.Fold(string)"/>) before it is stored.
/// </remarks>
public sealed class LanguageIdProfile
{
    private LanguageIdProfile(FrozenDictionary<string, float> words, float[] trigrams)
    {
        Words = words;
        Trigrams = trigrams;
    }

    /// <summary>How many frequent words the profile lists.</summary>
    public int WordCount => Words.Count;

    /// <summary>Folded word → weight in nats.</summary>
    internal FrozenDictionary<string, float> Words { get; }

    /// <summary>The trigram log-probabilities, indexed like the identifier's own profiles.</summary>
    internal float[] Trigrams { get; }

    /// <summary>Counts a profile from frequent words and sample text (both in any case and accents).</summary>
    /// <param name="frequentWords">Word → weight in nats (positive); a word listed twice keeps its larger weight.</param>
    /// <param name="sampleText">Running text in the language: sentences, paragraphs.</param>
    /// <exception cref="ArgumentException">No words and no sample text, or a weight that is not a positive number.</exception>
    public static LanguageIdProfile Create(IEnumerable<KeyValuePair<string, double>> frequentWords, IEnumerable<string> sampleText)
    {
        ArgumentNullException.ThrowIfNull(frequentWords);
        ArgumentNullException.ThrowIfNull(sampleText);
        var words = new Dictionary<string, float>(StringComparer.Ordinal);
        var counts = new LanguageIdentifier.TrigramCounts();
        foreach (var text in sampleText)
        {
            counts.AddText(text ?? string.Empty, 1);
        }

        foreach (var (word, weight) in frequentWords)
        {
            if (!(weight > 0) || double.IsInfinity(weight))
            {
                throw new ArgumentException($"The weight of '{word}' must be a positive number of nats.", nameof(frequentWords));
            }

            var folded = TermNormalizer.Fold(word.Trim());
            if (folded.Length > 0)
            {
                words[folded] = Math.Max((float)weight, words.GetValueOrDefault(folded));

                // As for the built-in profiles, the listed words count toward the letters in proportion to their weight.
                counts.AddText(folded, weight);
            }
        }

        if (!counts.HasData)
        {
            throw new ArgumentException("A profile needs frequent words or sample text.", nameof(sampleText));
        }

        return new LanguageIdProfile(words.ToFrozenDictionary(StringComparer.Ordinal), counts.ToLogProbabilities());
    }
}
