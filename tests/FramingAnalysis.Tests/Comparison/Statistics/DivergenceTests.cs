using FramingAnalysis.Comparison.Statistics;

namespace FramingAnalysis.Tests.Comparison.Statistics;

public class DivergenceTests
{
    [Fact]
    public void DisjointSupport_IsOne()
    {
        // M = (0.5, 0.5); KL(P‖M) = 1·log2(1/0.5) = 1, likewise KL(Q‖M) = 1; JSD = ½(1 + 1) = 1.
        Assert.Equal(1.0, Divergence.JensenShannon([1, 0], [0, 1]), 12);
    }

    [Fact]
    public void HalfHalfAgainstPointMass_MatchesHandComputation()
    {
        // P = (0.5, 0.5), Q = (1, 0), M = (0.75, 0.25).
        // KL(P‖M) = 0.5·log2(0.5/0.75) + 0.5·log2(0.5/0.25) = 0.5·(−0.5849625) + 0.5·1 = 0.2075187
        // KL(Q‖M) = 1·log2(1/0.75) = 0.4150375
        // JSD = ½(0.2075187 + 0.4150375) = 0.3112781
        Assert.Equal(0.3112781, Divergence.JensenShannon([0.5, 0.5], [1, 0]), 6);
    }

    [Fact]
    public void Counts_AreNormalizedInternally_AndOrderOfArgumentsDoesNotMatter()
    {
        var fromCounts = Divergence.JensenShannon([7, 7], [3, 0]);
        Assert.Equal(0.3112781, fromCounts, 6);
        Assert.Equal(fromCounts, Divergence.JensenShannon([3, 0], [7, 7]), 12);
    }

    [Fact]
    public void IdenticalDistributions_AreZero()
    {
        Assert.Equal(0.0, Divergence.JensenShannon([1, 2, 3], [2, 4, 6]), 12);
    }

    [Fact]
    public void BothAllZero_IsZero_OneAllZero_IsNaN()
    {
        Assert.Equal(0.0, Divergence.JensenShannon([0, 0], [0, 0]));
        Assert.True(double.IsNaN(Divergence.JensenShannon([0, 0], [1, 0])));
        Assert.Equal(0.0, Divergence.JensenShannon([], []));
    }

    [Theory]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void InvalidWeights_Throw(double bad)
    {
        Assert.Throws<ArgumentException>(() => Divergence.JensenShannon([bad, 1], [1, 1]));
    }

    [Fact]
    public void DifferentLengths_Throw()
    {
        Assert.Throws<ArgumentException>(() => Divergence.JensenShannon([1, 1], [1]));
    }
}
