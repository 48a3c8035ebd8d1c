using FramingAnalysis.Comparison;
using FramingAnalysis.Orleans;

namespace FramingAnalysis.Tests.Orleans;

/// <summary>The spec a coordinator sends its silos gives back the comparison options it was made from.</summary>
public sealed class AnalysisSpecTests
{
    [Fact]
    public void A_spec_carries_the_grouping_and_time_window_to_the_silos()
    {
        var options = new ComparisonOptions { GroupBy = Grouping.ByMetadata("section"), TimeWindow = TimeWindow.Week, Seed = 7, Resamples = 30 };
        var back = AnalysisSpec.Create(options).ToComparisonOptions();
        Assert.Equal(options, back);
        Assert.Equal(Grouping.Source, AnalysisSpec.Create().ToComparisonOptions().GroupBy);
        Assert.Null(AnalysisSpec.Create().ToComparisonOptions().TimeWindow);
    }
}
