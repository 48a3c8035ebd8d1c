using FramingAnalysis.Comparison.Statistics;

namespace FramingAnalysis.Tests.Comparison.Statistics;

public class PermutationTestTests
{
    [Fact]
    public void TinyCase_IsEnumeratedExactly()
    {
        // Pooled (1, 2, 3, 4), n_a = n_b = 2: C(4, 2) = 6 splits, total 10. mean(A) − mean(B) per A:
        // {1,2}: 1.5 − 3.5 = −2   {1,3}: 2 − 3 = −1   {1,4}: 2.5 − 2.5 = 0
        // {2,3}: 0                {2,4}: 3 − 2 = 1    {3,4}: 3.5 − 1.5 = 2
        // Observed A = {1,2}: −2. |diff| ≥ 2 for {1,2} and {3,4}: p = 2/6 = 1/3.
        var result = PermutationTest.DifferenceInMeans([1, 2], [3, 4], permutations: 1000, seed: 1);
        Assert.True(result.IsExact);
        Assert.Equal(-2.0, result.ObservedDifference, 12);
        Assert.Equal(6, result.Permutations);
        Assert.Equal(2, result.Extreme);
        Assert.Equal(1.0 / 3, result.PValue, 12);
    }

    [Fact]
    public void CompleteSeparationOfThreeAndThree_HasExactPOfOneTenth()
    {
        // C(6, 3) = 20 splits; only {1,2,3} and {4,5,6} reach |diff| = 3: p = 2/20 = 0.1.
        var result = PermutationTest.DifferenceInMeans([1, 2, 3], [4, 5, 6], permutations: 20, seed: 1);
        Assert.True(result.IsExact);
        Assert.Equal(0.1, result.PValue, 12);
    }

    [Fact]
    public void MoreSplitsThanBudget_UsesMonteCarlo_WithPlusOneCorrection()
    {
        // C(6, 3) = 20 > 19 permutations → random splits; p = (b + 1)/(m + 1) and never 0.
        var result = PermutationTest.DifferenceInMeans([1, 2, 3], [4, 5, 6], permutations: 19, seed: 5);
        Assert.False(result.IsExact);
        Assert.Equal(19, result.Permutations);
        Assert.Equal((result.Extreme + 1.0) / 20, result.PValue, 12);
        Assert.True(result.PValue > 0);
    }

    [Fact]
    public void MonteCarlo_IsDeterministicForASeed_AndNearTheExactValue()
    {
        double[] a = [0.1, 0.4, 0.35, 0.8, 0.5, 0.45, 0.6, 0.3, 0.2, 0.55];
        double[] b = [0.5, 0.7, 0.65, 0.9, 0.6, 0.75, 0.4, 0.85, 0.8, 0.7];
        var first = PermutationTest.DifferenceInMeans(a, b, 5000, seed: 99);
        var second = PermutationTest.DifferenceInMeans(a, b, 5000, seed: 99);
        Assert.Equal(first, second);
        Assert.False(first.IsExact);

        // C(20, 10) = 184,756 splits: the exact p, computed here by enumeration, should be within Monte Carlo error
        // (sd ≤ √(0.25/5000) ≈ 0.007) of the estimate.
        var exact = PermutationTest.DifferenceInMeans(a, b, 200_000, seed: 0);
        Assert.True(exact.IsExact);
        Assert.InRange(first.PValue, exact.PValue - 0.03, exact.PValue + 0.03);
    }

    [Fact]
    public void IdenticalGroups_HavePValueOne()
    {
        var result = PermutationTest.DifferenceInMeans([2, 2, 2], [2, 2, 2], permutations: 100, seed: 3);
        Assert.Equal(1.0, result.PValue, 12);
    }

    [Fact]
    public void EmptyGroup_Throws()
    {
        Assert.Throws<ArgumentException>(() => PermutationTest.DifferenceInMeans([], [1.0], 10, 1));
    }
}
