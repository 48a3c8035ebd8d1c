using BenchmarkDotNet.Attributes;
using FramingAnalysis.Text;
using Lingua;

namespace FramingAnalysis.Benchmarks;

/// <summary>
/// Our <see cref="LanguageIdentifier"/> against Lingua (SearchPioneer.Lingua 2.0.0) on the same inputs: the short-comment
/// test set (156 comments of 1–4 words) and six paragraphs of 40–50 words. Each operation identifies the whole set.
/// </summary>
[Config(typeof(BenchmarkConfig))]
[MemoryDiagnoser]
public class LanguageIdBenchmarks
{
    private string[] _texts = [];
    private LanguageDetector _linguaEnEs = null!;
    private LanguageDetector _linguaAll = null!;

    /// <summary>Which set of texts to identify.</summary>
    [Params("short-comments", "paragraphs")]
    public string Set { get; set; } = "short-comments";

    /// <summary>Prepares our identifier and the inputs.</summary>
    [GlobalSetup(Target = nameof(FramingAnalysis))]
    public void SetupOurs()
    {
        LoadTexts();
        _ = LanguageIdentifier.Default;
    }

    /// <summary>Builds Lingua for English and Spanish with preloaded models, so loading is not timed.</summary>
    [GlobalSetup(Target = nameof(LinguaEnglishSpanish))]
    public void SetupLinguaEnglishSpanish()
    {
        LoadTexts();
        _linguaEnEs = LanguageDetectorBuilder.FromLanguages(Language.English, Language.Spanish).WithPreloadedLanguageModels().Build();
    }

    /// <summary>
    /// Builds Lingua for all languages with lazy loading (preloading all 79 takes about 90 s and 3 GB here); the models
    /// the inputs need are loaded during BenchmarkDotNet's warm-up, before measurement.
    /// </summary>
    [GlobalSetup(Target = nameof(LinguaAllLanguages))]
    public void SetupLinguaAll()
    {
        LoadTexts();
        _linguaAll = LanguageDetectorBuilder.FromAllLanguages().Build();
    }

    /// <summary>Ours.</summary>
    [Benchmark(Baseline = true)]
    public int FramingAnalysis()
    {
        int english = 0;
        foreach (string text in _texts)
        {
            if (LanguageIdentifier.Default.Identify(text).Language == "en")
            {
                english++;
            }
        }

        return english;
    }

    /// <summary>Lingua restricted to English and Spanish.</summary>
    [Benchmark]
    public int LinguaEnglishSpanish() => Count(_linguaEnEs);

    /// <summary>Lingua with all 79 languages.</summary>
    [SkipInSmoke]
    [Benchmark]
    public int LinguaAllLanguages() => Count(_linguaAll);

    private void LoadTexts() =>
        _texts = Set == "paragraphs"
            ? LanguageIdData.Paragraphs
            : LanguageIdData.ShortComments().Select(r => r.Text).ToArray();

    private int Count(LanguageDetector detector)
    {
        int english = 0;
        foreach (string text in _texts)
        {
            if (detector.DetectLanguageOf(text) == Language.English)
            {
                english++;
            }
        }

        return english;
    }
}
