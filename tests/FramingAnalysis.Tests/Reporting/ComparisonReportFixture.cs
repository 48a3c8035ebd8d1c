using FramingAnalysis.Comparison;
using FramingAnalysis.Tests.Comparison;

namespace FramingAnalysis.Tests.Reporting;

/// <summary>The sample corpus compared once with the fast options, for the report tests that vary a result with <c>with</c>.</summary>
internal static class ComparisonReportFixture
{
    private static readonly Lazy<ComparisonResult> Sample = new(() =>
    {
        var options = ComparisonFixture.FastOptions;
        var builder = ComparisonBuilder.For(ComparisonFixture.Analyzer, options);
        foreach (var a in ComparisonFixture.Analyses)
        {
            builder.Add(a);
        }

        return builder.Build(ComparisonFixture.Manifest(ComparisonFixture.Analyzer, options));
    });

    public static ComparisonResult Result => Sample.Value;
}
