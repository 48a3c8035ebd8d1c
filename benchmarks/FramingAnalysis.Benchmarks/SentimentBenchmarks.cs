using BenchmarkDotNet.Attributes;
using FramingAnalysis.Benchmarks.Data;
using FramingAnalysis.Sentiment;
using FramingAnalysis.Text;

namespace FramingAnalysis.Benchmarks;

/// <summary>
/// The rule sentiment scorer alone, over units already through the text stage (tokens, sentences, keys, stems), per unit
/// kind: paragraphs (titles included) are long news prose, comments short and informal. The text stage is not timed here;
/// <see cref="PipelineBenchmarks"/> times everything together.
/// </summary>
[Config(typeof(BenchmarkConfig))]
[MemoryDiagnoser]
[UnitWorkload]
public class SentimentBenchmarks
{
    private AnalyzedText[] _texts = [];
    private RuleSentimentScorer _scorer = null!;

    /// <summary>Total characters of the units scored per operation.</summary>
    [ParamsSource(typeof(BenchmarkSizes), nameof(BenchmarkSizes.Chars))]
    public int Chars { get; set; }

    /// <summary>Which units: paragraphs or comments.</summary>
    [Params(UnitKind.Paragraph, UnitKind.Comment)]
    public UnitKind Kind { get; set; }

    /// <summary>Generates and analyzes the units once per parameter set.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _texts = Workload.Analyze(Workload.Units(Chars, Kind));
        _scorer = RuleSentimentScorer.CreateDefault();
    }

    /// <summary>Scores every unit; returns the sum of compounds so nothing is optimized away.</summary>
    [Benchmark]
    public double Score()
    {
        double sum = 0;
        foreach (AnalyzedText text in _texts)
        {
            sum += _scorer.Score(text).Compound;
        }

        return sum;
    }
}
