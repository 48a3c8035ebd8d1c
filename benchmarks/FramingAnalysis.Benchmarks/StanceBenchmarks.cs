using BenchmarkDotNet.Attributes;
using FramingAnalysis.Benchmarks.Data;
using FramingAnalysis.Stance;
using FramingAnalysis.Text;

namespace FramingAnalysis.Benchmarks;

/// <summary>
/// The rule stance scorer toward the three targets of <c>corpus/targets.json</c> over every scored unit kind (titles,
/// paragraphs, embedded posts, comments), already through the text stage.
/// </summary>
[Config(typeof(BenchmarkConfig))]
[MemoryDiagnoser]
[UnitWorkload]
public class StanceBenchmarks
{
    private TextUnit[] _units = [];
    private AnalyzedText[] _texts = [];
    private RuleStanceScorer _scorer = null!;

    /// <summary>Total characters of the units scored per operation.</summary>
    [ParamsSource(typeof(BenchmarkSizes), nameof(BenchmarkSizes.Chars))]
    public int Chars { get; set; }

    /// <summary>Generates and analyzes the units once per size.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _units = [.. Workload.Units(Chars, kind: null)];
        _texts = Workload.Analyze(_units);
        _scorer = RuleStanceScorer.Create(Workload.Targets);
    }

    /// <summary>Scores every unit toward the three targets; returns the number of results.</summary>
    [Benchmark]
    public int Score()
    {
        int results = 0;
        for (int i = 0; i < _texts.Length; i++)
        {
            results += _scorer.Score(_texts[i], _units[i]).Count;
        }

        return results;
    }
}
