using FramingAnalysis.Evaluation;

namespace FramingAnalysis.Tests.Evaluation;

public class ClassificationReportTests
{
    // Eight stance judgments.            gold \ predicted   against  favor  none
    //                                     against                  2      0     1
    //                                     favor                    1      2     0
    //                                     none                     1      0     1
    private static readonly string[] Gold = ["favor", "favor", "favor", "against", "against", "against", "none", "none"];
    private static readonly string[] Predicted = ["favor", "favor", "against", "against", "against", "none", "none", "against"];

    [Fact]
    public void Metrics_MatchHandComputation()
    {
        // Accuracy = (2 + 2 + 1)/8 = 0.625. Column totals: against 4, favor 2, none 2.
        // favor:   P = 2/2 = 1,   R = 2/3, F1 = 2·1·(2/3)/(1 + 2/3) = 0.8
        // against: P = 2/4 = 0.5, R = 2/3, F1 = 2·0.5·(2/3)/(0.5 + 2/3) = 4/7 = 0.5714286
        // none:    P = 1/2,       R = 1/2, F1 = 0.5
        // Macro-F1 = (0.8 + 0.5714286 + 0.5)/3 = 0.6238095
        // Weighted F1 = (3·0.8 + 3·0.5714286 + 2·0.5)/8 = 5.1142857/8 = 0.6392857
        // F_avg = (0.8 + 0.5714286)/2 = 0.6857143
        var report = ClassificationReport.Compute(Gold, Predicted);
        Assert.Equal(["against", "favor", "none"], report.Labels);
        Assert.Equal(0.625, report.Accuracy, 12);
        Assert.Equal(1.0, report.For("favor").Precision, 12);
        Assert.Equal(2.0 / 3, report.For("favor").Recall, 12);
        Assert.Equal(0.8, report.For("favor").F1, 12);
        Assert.Equal(4.0 / 7, report.For("against").F1, 12);
        Assert.Equal(4, report.For("against").Predicted);
        Assert.Equal(0.5, report.For("none").F1, 12);
        Assert.Equal(0.6238095, report.MacroF1, 6);
        Assert.Equal(0.6392857, report.WeightedF1, 6);
        Assert.Equal(0.6857143, report.FAvg(), 6);
        Assert.Equal(1, report.Matrix["favor", "against"]);
        Assert.Equal(8, report.Total);
    }

    [Fact]
    public void MacroAverage_IgnoresListedLabelsAbsentFromGoldAndPredicted()
    {
        var report = ClassificationReport.Compute(Gold, Predicted, ["favor", "against", "none", "mixed"]);
        Assert.Equal(0.6238095, report.MacroF1, 6);
        Assert.Equal(["favor", "against", "none"], report.MacroLabels);
        Assert.Equal(0, report.For("mixed").Support);
        Assert.Equal(0.0, report.For("mixed").F1);
    }

    [Fact]
    public void LabelPredictedButNeverGold_CountsInMacroWithZeroF1()
    {
        // a: P = 1/1, R = 1/2, F1 = 2/3.  b: no gold items, one wrong prediction → P = 0, R = 0 (undefined → 0), F1 = 0.
        // Macro-F1 = (2/3 + 0)/2 = 1/3.
        var report = ClassificationReport.Compute(["a", "a"], ["a", "b"]);
        Assert.Equal(1.0 / 3, report.MacroF1, 12);
    }

    [Fact]
    public void FAvg_WithCustomLabels_AndUnknownLabelThrows()
    {
        var report = ClassificationReport.Compute(["FAVOR", "AGAINST"], ["FAVOR", "FAVOR"]);
        // FAVOR: P = 1/2, R = 1, F1 = 2/3; AGAINST: F1 = 0 → F_avg = 1/3.
        Assert.Equal(1.0 / 3, report.FAvg("FAVOR", "AGAINST"), 12);
        Assert.Throws<ArgumentException>(() => report.FAvg());
    }

    [Fact]
    public void UnknownLabelOrMismatchedLengths_Throw()
    {
        Assert.Throws<ArgumentException>(() => ClassificationReport.Compute(["a"], ["b"], ["a"]));
        Assert.Throws<ArgumentException>(() => ClassificationReport.Compute(["a"], ["a", "a"]));
        Assert.Throws<ArgumentException>(() => ClassificationReport.Compute([], []));
    }

    [Fact]
    public void ToText_IsAlignedAndStable()
    {
        var expected = string.Join('\n',
            "Accuracy 0.625  Macro-F1 0.624  Weighted-F1 0.639  (n = 8)",
            "",
            "gold \\ predicted  against  favor  none",
            "against                 2      0     1",
            "favor                   1      2     0",
            "none                    1      0     1",
            "",
            "label         precision     recall         f1    support",
            "against           0.500      0.667      0.571          3",
            "favor             1.000      0.667      0.800          3",
            "none              0.500      0.500      0.500          2",
            "macro avg         0.667      0.611      0.624          8",
            "weighted avg      0.688      0.625      0.639          8",
            "");
        Assert.Equal(expected, ClassificationReport.Compute(Gold, Predicted).ToText());
    }

    [Fact]
    public void Builder_SnapshotsAreImmutable()
    {
        var builder = new ConfusionMatrixBuilder(["x", "y"]);
        builder.Add("x", "y");
        var first = builder.Build();
        builder.Add("x", "y");
        Assert.Equal(1, first["x", "y"]);
        Assert.Equal(2, builder.Build()["x", "y"]);
        Assert.Equal(1, first.Total);
        Assert.Throws<ArgumentException>(() => builder.Add("z", "x"));
        Assert.Throws<ArgumentException>(() => new ConfusionMatrixBuilder(["x", "x"]));
    }
}
