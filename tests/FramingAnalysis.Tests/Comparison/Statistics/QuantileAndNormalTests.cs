using FramingAnalysis.Comparison.Statistics;

namespace FramingAnalysis.Tests.Comparison.Statistics;

public class QuantileAndNormalTests
{
    [Theory]
    // Type 7 on (1, 2, 3, 4): h = 3p. p = 0.25 → h = 0.75 → 1 + 0.75·(2 − 1) = 1.75 (R's quantile(1:4, 0.25)).
    [InlineData(0.25, 1.75)]
    // p = 0.5 → h = 1.5 → 2 + 0.5·1 = 2.5.
    [InlineData(0.5, 2.5)]
    [InlineData(0.0, 1.0)]
    [InlineData(1.0, 4.0)]
    // p = 0.9 → h = 2.7 → 3 + 0.7·1 = 3.7.
    [InlineData(0.9, 3.7)]
    public void Type7_MatchesHandComputation(double p, double expected)
    {
        Assert.Equal(expected, Quantile.Type7([1, 2, 3, 4], p), 12);
    }

    [Fact]
    public void Type7_EmptyIsNaN_SingleValueIsThatValue()
    {
        Assert.True(double.IsNaN(Quantile.Type7([], 0.5)));
        Assert.Equal(5.0, Quantile.Type7([5], 0.3));
        Assert.Throws<ArgumentOutOfRangeException>(() => Quantile.Type7([1], 1.5));
    }

    [Theory]
    [InlineData(0.975, 1.959963984540054)]
    [InlineData(0.5, 0.0)]
    [InlineData(0.01, -2.326347874040841)]
    [InlineData(0.001, -3.090232306167813)]
    [InlineData(0.995, 2.575829303548901)]
    public void InverseCdf_MatchesStandardTables(double p, double z)
    {
        // Acklam's approximation promises relative error below 1.15e-9.
        Assert.Equal(z, NormalDistribution.InverseCdf(p), tolerance: 1.2e-9 * Math.Max(1, Math.Abs(z)));
    }
}
