using System.Collections.Frozen;
using System.Globalization;
using System.Runtime.CompilerServices;
using FramingAnalysis.Internal;

namespace FramingAnalysis.Text;

public sealed partial class LanguageIdentifier
{
    // Trigram alphabet: word boundary, a–z, ñ, apostrophe, anything else.
    private const int Alphabet = 30;
    private const int Boundary = 0;
    private const int EnyeSymbol = 27;
    private const int ApostropheSymbol = 28;
    private const int OtherSymbol = 29;

    // ln(1/30): the "other" class scores every trigram as uniform over the alphabet.
    private const double UniformTrigramLogProbability = -3.4011973816621555;

    // Interpolation weights of the trigram, bigram, unigram and uniform estimates (sum to 1). The profiles are
    // trained on a few thousand words, so lower orders carry real weight (Jelinek–Mercer smoothing).
    private const double TrigramLambda = 0.6;
    private const double BigramLambda = 0.25;
    private const double UnigramLambda = 0.1;
    private const double UniformLambda = 0.05;

    // Called for every letter of every word: it must inline into ScoreWord's loop, which the JIT does not do on its own
    // without PGO data (the framing tool runs with TieredPGO off), and a call there spills the loop's sums to the stack.
    // A table lookup for U+0000–U+00FF (built from SymbolOf), then "other".
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Symbol(char c) => c < 256 ? SymbolTable[c] : OtherSymbol;

    private static readonly byte[] SymbolTable = [.. Enumerable.Range(0, 256).Select(c => (byte)SymbolOf((char)c))];

    // The alphabet of the trigram model: a–z, ñ and the apostrophe have symbols of their own, anything else is "other"
    // (words are folded, so capitals do not occur).
    private static int SymbolOf(char c) => c switch
    {
        >= 'a' and <= 'z' => c - 'a' + 1,
        'ñ' => EnyeSymbol,
        '\'' => ApostropheSymbol,
        _ => OtherSymbol,
    };

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int TrigramIndex(int a, int b, int c) => (((a * Alphabet) + b) * Alphabet) + c;

    private static Dictionary<string, WordEvidence> LoadWordEvidence()
    {
        var english = ReadWeights("langid.en.tsv");
        var spanish = ReadWeights("langid.es.tsv");
        var map = new Dictionary<string, WordEvidence>(StringComparer.Ordinal);
        foreach (var (word, weight) in english)
        {
            map[word] = new WordEvidence(weight, spanish.GetValueOrDefault(word), 0);
        }

        foreach (var (word, weight) in spanish)
        {
            map[word] = new WordEvidence(english.GetValueOrDefault(word), weight, 0);
        }

        foreach (string[] row in EmbeddedTsv.ReadRows("langid.other.tsv", "language\tword"))
        {
            string word = TermNormalizer.Fold(row[1]);

            // A word shared with English or Spanish after folding is no evidence of another language.
            map.TryAdd(word, new WordEvidence(0, 0, (float)OtherWordWeight));
        }

        return map;
    }

    private static Dictionary<string, float> ReadWeights(string resource)
    {
        var weights = new Dictionary<string, float>(StringComparer.Ordinal);
        foreach (string[] row in EmbeddedTsv.ReadRows(resource, "word\tweight"))
        {
            string word = TermNormalizer.Fold(row[0]);
            float weight = float.Parse(row[1], NumberStyles.Float, CultureInfo.InvariantCulture);
            weights[word] = Math.Max(weight, weights.GetValueOrDefault(word));
        }

        return weights;
    }

    private static (float[] English, float[] Spanish) BuildTrigramProfiles()
    {
        var english = new TrigramCounts();
        var spanish = new TrigramCounts();
        foreach (string[] row in EmbeddedTsv.ReadRows("langid.sentences.tsv", "language\tsentence"))
        {
            TrigramCounts target = row[0] switch
            {
                English => english,
                Spanish => spanish,
                _ => throw new InvalidDataException($"langid.sentences.tsv: unknown language '{row[0]}'."),
            };
            target.AddText(row[1], 1);
        }

        // The word lists add frequent words in proportion to their weight.
        foreach (var (word, weight) in ReadWeights("langid.en.tsv"))
        {
            english.AddText(word, weight);
        }

        foreach (var (word, weight) in ReadWeights("langid.es.tsv"))
        {
            spanish.AddText(word, weight);
        }

        return (english.ToLogProbabilities(), spanish.ToLogProbabilities());
    }

    /// <summary>Counts for one language's profile; used once, when a profile is built.</summary>
    internal sealed class TrigramCounts
    {
        private readonly double[] _trigrams = new double[Alphabet * Alphabet * Alphabet];
        private readonly double[] _trigramContexts = new double[Alphabet * Alphabet];
        private readonly double[] _bigrams = new double[Alphabet * Alphabet];
        private readonly double[] _bigramContexts = new double[Alphabet];
        private readonly double[] _unigrams = new double[Alphabet];
        private double _total;

        /// <summary>Whether any letter has been counted.</summary>
        public bool HasData => _total > 0;

        public void AddText(string text, double weight)
        {
            Span<char> folded = stackalloc char[MaxWordLength * TermNormalizer.MaxExpansion];
            var cursor = new WordCursor(text);
            while (cursor.TryNext(out ReadOnlySpan<char> raw))
            {
                if (raw.Length > MaxWordLength)
                {
                    continue;
                }

                int length = TermNormalizer.Fold(raw, folded);
                AddWord(folded[..length], weight);
            }
        }

        private void AddWord(ReadOnlySpan<char> word, double weight)
        {
            // Same reading as LanguageIdentifier.ScoreWord: [boundary, boundary, w0 … wn-1, boundary].
            int a = Boundary;
            int b = Boundary;
            for (int i = 0; i <= word.Length; i++)
            {
                int c = i < word.Length ? Symbol(word[i]) : Boundary;
                _trigrams[TrigramIndex(a, b, c)] += weight;
                _trigramContexts[(a * Alphabet) + b] += weight;
                _bigrams[(b * Alphabet) + c] += weight;
                _bigramContexts[b] += weight;
                _unigrams[c] += weight;
                _total += weight;
                a = b;
                b = c;
            }
        }

        public float[] ToLogProbabilities()
        {
            var table = new float[_trigrams.Length];
            for (int a = 0; a < Alphabet; a++)
            {
                for (int b = 0; b < Alphabet; b++)
                {
                    double context = _trigramContexts[(a * Alphabet) + b];
                    for (int c = 0; c < Alphabet; c++)
                    {
                        double p = UniformLambda / Alphabet;
                        p += UnigramLambda * _unigrams[c] / _total;
                        if (_bigramContexts[b] > 0)
                        {
                            p += BigramLambda * _bigrams[(b * Alphabet) + c] / _bigramContexts[b];
                        }

                        if (context > 0)
                        {
                            p += TrigramLambda * _trigrams[TrigramIndex(a, b, c)] / context;
                        }

                        table[TrigramIndex(a, b, c)] = (float)Math.Log(p);
                    }
                }
            }

            return table;
        }
    }
}
