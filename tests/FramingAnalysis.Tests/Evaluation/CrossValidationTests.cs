using FramingAnalysis.Evaluation;

namespace FramingAnalysis.Tests.Evaluation;

public class CrossValidationTests
{
    [Fact]
    public void Summary_IsMeanAndSampleSd()
    {
        // Mean (0.8 + 0.9 + 0.7)/3 = 0.8; squared deviations 0, 0.01, 0.01 → s² = 0.02/2 = 0.01 → s = 0.1.
        var summary = CrossValidationSummary.Of([0.8, 0.9, 0.7]);
        Assert.Equal(0.8, summary.Mean, 12);
        Assert.Equal(0.1, summary.StandardDeviation, 12);
        Assert.Equal(3, summary.Folds);
        Assert.Equal("0.800 ± 0.100 (3 folds)", summary.ToString());
        Assert.True(double.IsNaN(CrossValidationSummary.Of([0.5]).StandardDeviation));
    }

    [Fact]
    public void StratifiedKFold_BalancesEveryLabel_AndIsDeterministic()
    {
        var labels = new List<string>();
        for (var i = 0; i < 23; i++)
        {
            labels.Add("none");
        }

        for (var i = 0; i < 11; i++)
        {
            labels.Add("favor");
        }

        for (var i = 0; i < 7; i++)
        {
            labels.Add("against");
        }

        var folds = StratifiedKFold.Split(labels, 5, seed: 17);
        Assert.Equal(folds, StratifiedKFold.Split(labels, 5, seed: 17));
        Assert.NotEqual(folds, StratifiedKFold.Split(labels, 5, seed: 18));

        foreach (var label in new[] { "none", "favor", "against" })
        {
            var perFold = new int[5];
            for (var i = 0; i < labels.Count; i++)
            {
                if (labels[i] == label)
                {
                    perFold[folds[i]]++;
                }
            }

            Assert.True(perFold.Max() - perFold.Min() <= 1, $"{label}: {string.Join(",", perFold)}");
        }

        var sizes = new int[5];
        foreach (var f in folds)
        {
            sizes[f]++;
        }

        // 41 items over 5 folds: sizes 9 or 8.
        Assert.All(sizes, s => Assert.InRange(s, 8, 9));
    }

    [Fact]
    public void StratifiedKFold_RejectsBadK()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => StratifiedKFold.Split(["a", "b"], 1, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => StratifiedKFold.Split(["a", "b"], 3, 1));
    }
}
