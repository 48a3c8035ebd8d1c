using BenchmarkDotNet.Attributes;
using FramingAnalysis.Languages;
using FramingAnalysis.Text;

namespace FramingAnalysis.Benchmarks;

/// <summary>
/// Fold + stem per token over generated text (a seeded mix of ASCII and accented words), per language. Expect zero
/// allocations.
/// </summary>
[Config(typeof(BenchmarkConfig))]
[MemoryDiagnoser]
public class NormalizationBenchmarks
{
    private static readonly string[] EnglishWords =
    [
        "The", "government's", "controversial", "prisons", "were", "criticized", "by", "critics", "arrested", "investments",
        "successful", "policies", "Police", "said", "Salvador’s", "abuses", "of", "and", "security", "COVID-19",
    ];

    private static readonly string[] SpanishWords =
    [
        "El", "Gobierno", "criticó", "las", "cárceles", "polémicas", "detenidos", "vulneración", "derechos", "exitosa",
        "según", "año", "niños", "cuestionado", "políticas", "de", "y", "la", "Constitución", "MÁS",
    ];

    private string[] _tokens = [];

    /// <summary>Number of tokens per operation.</summary>
    [Params(1_000, 10_000)]
    public int Tokens { get; set; }

    /// <summary>Token language.</summary>
    [Params("en", "es")]
    public string Language { get; set; } = "en";

    /// <summary>Makes a seeded token stream.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        string[] words = Language == "en" ? EnglishWords : SpanishWords;
        _tokens = new string[Tokens];
        for (int i = 0; i < _tokens.Length; i++)
        {
            _tokens[i] = words[random.Next(words.Length)];
        }
    }

    /// <summary>Fold only.</summary>
    [Benchmark(Baseline = true)]
    public int Fold()
    {
        Span<char> buffer = stackalloc char[128];
        int total = 0;
        foreach (string token in _tokens)
        {
            total += TermNormalizer.Fold(token, buffer);
        }

        return total;
    }

    /// <summary>Fold, then stem with the language's stemmer.</summary>
    [Benchmark]
    public int FoldAndStem()
    {
        IStemmer stemmer = LanguagePacks.Get(Language).Stemmer;
        Span<char> folded = stackalloc char[128];
        Span<char> stem = stackalloc char[128];
        int total = 0;
        foreach (string token in _tokens)
        {
            int length = TermNormalizer.Fold(token, folded);
            total += stemmer.Stem(folded[..length], stem);
        }

        return total;
    }
}
