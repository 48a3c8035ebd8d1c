using BenchmarkDotNet.Attributes;
using FramingAnalysis.Benchmarks.Data;
using FramingAnalysis.Frames;
using FramingAnalysis.Text;

namespace FramingAnalysis.Benchmarks;

/// <summary>
/// The dictionary frame scorer (the 15 Policy Frames Codebook frames, English and Spanish cue lists) over every scored
/// unit kind, already through the text stage.
/// </summary>
[Config(typeof(BenchmarkConfig))]
[MemoryDiagnoser]
[UnitWorkload]
public class FrameBenchmarks
{
    private AnalyzedText[] _texts = [];

    /// <summary>Total characters of the units scored per operation.</summary>
    [ParamsSource(typeof(BenchmarkSizes), nameof(BenchmarkSizes.Chars))]
    public int Chars { get; set; }

    /// <summary>Generates and analyzes the units once per size.</summary>
    [GlobalSetup]
    public void Setup() => _texts = Workload.Analyze(Workload.Units(Chars, kind: null));

    /// <summary>Scores every unit; returns how many have a primary frame.</summary>
    [Benchmark]
    public int Score()
    {
        int framed = 0;
        foreach (AnalyzedText text in _texts)
        {
            if (DictionaryFrameScorer.Default.Score(text).PrimaryFrame is not null)
            {
                framed++;
            }
        }

        return framed;
    }
}
