using FramingAnalysis.Analysis;
using FramingAnalysis.Comparison;
using FramingAnalysis.Stance;

namespace FramingAnalysis.Tests.Comparison;

/// <summary>Analyzes the sample corpus once (sequentially) for the comparison tests.</summary>
internal static class ComparisonFixture
{
    private static readonly Lazy<(FramingAnalyzer Analyzer, IReadOnlyList<ArticleAnalysis> Analyses)> Sample = new(Load);

    public static string TargetsPath => Path.Combine(RepoPaths.Corpus, "targets.json");

    public static FramingAnalyzer Analyzer => Sample.Value.Analyzer;

    public static IReadOnlyList<ArticleAnalysis> Analyses => Sample.Value.Analyses;

    /// <summary>Fewer resamples than the defaults keep the tests fast; the laws tested do not depend on the counts.</summary>
    public static ComparisonOptions FastOptions { get; } = new() { Resamples = 200, Permutations = 200 };

    public static FramingAnalyzer CreateAnalyzer() =>
        FramingAnalyzer.Create(new AnalyzerOptions { Targets = StanceTarget.LoadJson(TargetsPath) });

    public static RunManifest Manifest(FramingAnalyzer analyzer, ComparisonOptions options) =>
        RunManifest.Create(analyzer, options, [RepoPaths.Corpus]);

    private static (FramingAnalyzer, IReadOnlyList<ArticleAnalysis>) Load()
    {
        var analyzer = CreateAnalyzer();
        var problems = new CorpusProblems();
        var articles = FramingAnalysis.Corpus.ReadAsync(RepoPaths.Corpus, problems).ToBlockingEnumerable().ToList();
        return (analyzer, articles.Select(analyzer.Analyze).ToList());
    }
}
