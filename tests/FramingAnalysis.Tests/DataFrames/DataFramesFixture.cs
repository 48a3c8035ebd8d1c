using FramingAnalysis.Analysis;
using FramingAnalysis.Comparison;
using FramingAnalysis.Tests.Comparison;

namespace FramingAnalysis.Tests.DataFrames;

/// <summary>The sample corpus analyzed once, and its comparison (fast options), shared by the DataFrames tests.</summary>
internal static class DataFramesFixture
{
    private static readonly Lazy<ComparisonResult> LazyComparison = new(() =>
    {
        var builder = ComparisonBuilder.For(ComparisonFixture.Analyzer, ComparisonFixture.FastOptions);
        foreach (var a in ComparisonFixture.Analyses)
        {
            builder.Add(a);
        }

        return builder.Build(ComparisonFixture.Manifest(ComparisonFixture.Analyzer, ComparisonFixture.FastOptions));
    });

    public static IReadOnlyList<ArticleAnalysis> Analyses => ComparisonFixture.Analyses;

    public static IReadOnlyList<UnitAnalysis> ScoredUnits => Analyses.SelectMany(a => a.Units).Where(u => u.Sentiment is not null).ToList();

    public static ComparisonResult Comparison => LazyComparison.Value;
}
