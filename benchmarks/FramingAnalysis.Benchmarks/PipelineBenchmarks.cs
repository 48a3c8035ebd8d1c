using BenchmarkDotNet.Attributes;
using FramingAnalysis.Analysis;
using FramingAnalysis.Benchmarks.Data;
using FramingAnalysis.Text;

namespace FramingAnalysis.Benchmarks;

/// <summary>
/// The whole per-article path of <see cref="FramingAnalyzer.Analyze"/>: split into units, the text stage (tokens,
/// sentences, language, keys, stems) once per unit, then sentiment, stance toward the three targets and frames. The
/// baseline runs only the split and the text stage, so the ratio shows what scoring adds.
/// </summary>
[Config(typeof(BenchmarkConfig))]
[MemoryDiagnoser]
[UnitWorkload(Articles = true)]
public class PipelineBenchmarks
{
    private Article[] _articles = [];
    private FramingAnalyzer _analyzer = null!;

    /// <summary>Total characters of the articles (titles, paragraphs, comments) analyzed per operation.</summary>
    [ParamsSource(typeof(BenchmarkSizes), nameof(BenchmarkSizes.Chars))]
    public int Chars { get; set; }

    /// <summary>Generates the articles and builds the analyzer once per size.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _articles = [.. Workload.Articles(Chars)];
        _analyzer = FramingAnalyzer.Create(new AnalyzerOptions { Targets = Workload.Targets, Parallelism = 1 });
    }

    /// <summary>Split and text stage only; returns the token count.</summary>
    [Benchmark(Baseline = true)]
    public int SplitAndTextStage()
    {
        int tokens = 0;
        foreach (Article article in _articles)
        {
            foreach (TextUnit unit in UnitSplitter.Default.Split(article))
            {
                tokens += TextPipeline.Default.Analyze(unit.Text, unit.DeclaredLanguage).TokenCount;
            }
        }

        return tokens;
    }

    /// <summary>The full pipeline, one article at a time on one thread; returns the unit count.</summary>
    [Benchmark]
    public int FullPipeline()
    {
        int units = 0;
        foreach (Article article in _articles)
        {
            units += _analyzer.Analyze(article).Units.Count;
        }

        return units;
    }
}
