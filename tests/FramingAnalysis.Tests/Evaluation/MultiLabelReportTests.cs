using FramingAnalysis.Evaluation;

namespace FramingAnalysis.Tests.Evaluation;

public class MultiLabelReportTests
{
    [Fact]
    public void Metrics_MatchHandComputation()
    {
        // item  gold                    predicted
        // 1     {economic, security}    {economic}
        // 2     {morality}              {morality, security, economic}
        // 3     {}                      {}
        // 4     {security}              {security}
        // economic: support 1, predicted 2, TP 1 → P 0.5, R 1,   F1 2/3
        // morality: support 1, predicted 1, TP 1 → P 1,   R 1,   F1 1
        // security: support 2, predicted 2, TP 1 → P 0.5, R 0.5, F1 0.5
        // Micro: TP 3, predicted 5, support 4 → P 0.6, R 0.75, F1 = 2·0.6·0.75/1.35 = 2/3.
        // Macro: P = (0.5 + 1 + 0.5)/3 = 2/3, R = (1 + 1 + 0.5)/3 = 5/6, F1 = (2/3 + 1 + 0.5)/3 = 13/18.
        // Subset accuracy: items 3 and 4 match exactly → 2/4.
        IReadOnlySet<string>[] gold = [Set("economic", "security"), Set("morality"), Set(), Set("security")];
        IReadOnlySet<string>[] predicted = [Set("economic"), Set("morality", "security", "economic"), Set(), Set("security")];
        var report = MultiLabelReport.Compute(gold, predicted, ["economic", "morality", "security"]);

        Assert.Equal(2.0 / 3, report.PerLabel[0].F1, 12);
        Assert.Equal(1.0, report.PerLabel[1].F1, 12);
        Assert.Equal(0.5, report.PerLabel[2].F1, 12);
        Assert.Equal(0.6, report.MicroPrecision, 12);
        Assert.Equal(0.75, report.MicroRecall, 12);
        Assert.Equal(2.0 / 3, report.MicroF1, 12);
        Assert.Equal(2.0 / 3, report.MacroPrecision, 12);
        Assert.Equal(5.0 / 6, report.MacroRecall, 12);
        Assert.Equal(13.0 / 18, report.MacroF1, 12);
        Assert.Equal(0.5, report.SubsetAccuracy, 12);
    }

    [Fact]
    public void UnknownLabel_Throws()
    {
        IReadOnlySet<string>[] gold = [Set("economic")];
        IReadOnlySet<string>[] predicted = [Set("crime")];
        Assert.Throws<ArgumentException>(() => MultiLabelReport.Compute(gold, predicted, ["economic"]));
    }

    private static HashSet<string> Set(params string[] labels) => new(labels, StringComparer.Ordinal);
}
