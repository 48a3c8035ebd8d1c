using BenchmarkDotNet.Attributes;
using FramingAnalysis.Analysis;
using FramingAnalysis.Benchmarks.Data;
using FramingAnalysis.Comparison;
using FramingAnalysis.Text;

namespace FramingAnalysis.Benchmarks;

/// <summary>
/// The comparison stage over already analyzed articles (four outlets): adding them to a <see cref="ComparisonBuilder"/>
/// (through the public <see cref="ComparisonBuilder.Add"/>, which runs the text stage of outlet units again for term
/// counts, and with the units' texts at hand, as <c>framing compare</c> does through
/// <see cref="ComparisonBuilder.AnalyzeAndAdd"/>), adding them to two shard builders and merging (what a parallel or
/// sharded run does), and all of that plus <see cref="ComparisonBuilder.Build"/> with the default statistics (1,000
/// bootstrap replicates, 2,000 permutations).
/// </summary>
[Config(typeof(BenchmarkConfig))]
[MemoryDiagnoser]
public class ComparisonBenchmarks
{
    private ArticleAnalysis[] _analyses = [];
    private AnalyzedText[][] _texts = [];
    private FramingAnalyzer _analyzer = null!;
    private ComparisonOptions _options = null!;
    private RunManifest _manifest = null!;

    /// <summary>Analyzed articles aggregated per operation.</summary>
    [ParamsSource(typeof(BenchmarkSizes), nameof(BenchmarkSizes.Articles))]
    public int Articles { get; set; }

    /// <summary>Generates and analyzes the articles once per size (not timed).</summary>
    [GlobalSetup]
    public void Setup()
    {
        _analyzer = FramingAnalyzer.Create(new AnalyzerOptions { Targets = Workload.Targets });
        _options = new ComparisonOptions();
        _manifest = RunManifest.Create(_analyzer, _options, []);
        _analyses = ArticleGenerator.Stream(Workload.Seed).Take(Articles).AsParallel().AsOrdered().Select(_analyzer.Analyze).ToArray();
        _texts = Array.ConvertAll(_analyses, Texts);
    }

    /// <summary>Each unit's text stage, as the analyzer ran it (same pipeline, same declared language).</summary>
    internal static AnalyzedText[] Texts(ArticleAnalysis analysis) =>
        analysis.Units.Select(u => TextPipeline.Default.Analyze(u.Unit.Text, u.Unit.DeclaredLanguage)).ToArray();

    /// <summary>Add every article to one builder.</summary>
    [Benchmark(Baseline = true)]
    public int Add() => Fill(0, _analyses.Length).Layout.FrameCount;

    /// <summary>Add every article to one builder with its units' texts at hand: the aggregation as <c>framing compare</c> pays it.</summary>
    [Benchmark]
    public int AddWithTexts()
    {
        var builder = ComparisonBuilder.For(_analyzer, _options);
        for (var i = 0; i < _analyses.Length; i++)
        {
            builder.Add(_analyses[i], _texts[i]);
        }

        return builder.Layout.FrameCount;
    }

    /// <summary>Add half the articles to each of two builders, then merge them.</summary>
    [Benchmark]
    public int AddAndMerge() => AddMerge().Layout.FrameCount;

    /// <summary>Add to two shards, merge, and compute every statistic.</summary>
    [Benchmark]
    public int AddMergeBuild() => AddMerge().Build(_manifest).Groups.Count;

    private ComparisonBuilder AddMerge()
    {
        int half = _analyses.Length / 2;
        ComparisonBuilder a = Fill(0, half);
        a.Merge(Fill(half, _analyses.Length));
        return a;
    }

    private ComparisonBuilder Fill(int from, int to)
    {
        ComparisonBuilder builder = ComparisonBuilder.For(_analyzer, _options);
        for (int i = from; i < to; i++)
        {
            builder.Add(_analyses[i]);
        }

        return builder;
    }
}
