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

public class SharedPermutationTestTests
{
    private static double[] Column(double[] rows, int columns, int c) =>
        Enumerable.Range(0, rows.Length / columns).Select(i => rows[(i * columns) + c]).ToArray();

    [Fact]
    public void ExactMode_GivesEachColumnItsOwnExactTest()
    {
        // Three statistics of 4 + 3 clusters: C(7, 4) = 35 splits, enumerated once for all columns.
        double[] a = [1, 0.5, 7, 2, 0.1, 7, 3, 0.9, 7, 4, 0.2, 7];
        double[] b = [5, 0.3, 7, 6, 0.7, 7, 7, 0.4, 7];
        var shared = PermutationTest.DifferencesInMeans(a, b, 3, 100, 1);
        Assert.Equal(3, shared.Length);
        for (var c = 0; c < 3; c++)
        {
            var single = PermutationTest.DifferenceInMeans(Column(a, 3, c), Column(b, 3, c), 100, 1);
            Assert.True(shared[c].IsExact);
            Assert.Equal(single, shared[c]);
        }

        // Column 0 is 1..4 against 5..7: diff = (7·ΣA − 112)/12, observed −3.5; only A = {1,2,3,4} and A = {4,5,6,7}
        // reach |diff| ≥ 3.5, so p = 2/35. Column 2 is constant: every split ties, p = 1.
        Assert.Equal(2.0 / 35, shared[0].PValue, 12);
        Assert.Equal(1.0, shared[2].PValue, 12);
    }

    [Theory]
    [InlineData(10, 10)]
    [InlineData(12, 7)]
    [InlineData(6, 13)]
    public void MonteCarlo_EachColumnIsNearItsExactP(int na, int nb)
    {
        var random = new Random(na * 100 + nb);
        var a = new double[na * 2];
        var b = new double[nb * 2];
        for (var i = 0; i < a.Length; i++)
        {
            a[i] = random.NextDouble() + (i % 2 == 0 ? 0.3 : 0);
        }

        for (var i = 0; i < b.Length; i++)
        {
            b[i] = random.NextDouble();
        }

        var first = PermutationTest.DifferencesInMeans(a, b, 2, 5000, 99);
        var second = PermutationTest.DifferencesInMeans(a, b, 2, 5000, 99);
        Assert.Equal(first, second);
        for (var c = 0; c < 2; c++)
        {
            Assert.False(first[c].IsExact);
            var exact = PermutationTest.DifferencesInMeans(Column(a, 2, c), Column(b, 2, c), 1, 200_000, 0)[0];
            Assert.True(exact.IsExact);
            Assert.InRange(first[c].PValue, exact.PValue - 0.03, exact.PValue + 0.03);
        }
    }

    [Theory]
    [InlineData(20, 45, 4000)] // A is the smaller side; Bernoulli draw then fix-up
    [InlineData(45, 20, 4000)] // B is the smaller side
    [InlineData(3, 200, 20000)] // small side under 1/32 of the clusters: partial Fisher–Yates
    [InlineData(200, 3, 20000)]
    public void RandomSplits_PutEveryClusterInATheSameFractionOfTheTime(int na, int nb, int permutations)
    {
        // Indicator columns: column i is 1 for pooled cluster i only. Its difference in means is 1/na when cluster i is
        // in A and −1/nb when it is in B, so the "extreme" count of an A-cluster's column counts the splits that put it
        // in A when 1/nb < 1/na, and a B-cluster's counts those that put it in B when 1/na < 1/nb. A uniform split puts
        // every cluster in A with probability na / n.
        var n = na + nb;
        var a = new double[na * n];
        var b = new double[nb * n];
        for (var i = 0; i < na; i++)
        {
            a[(i * n) + i] = 1;
        }

        for (var i = 0; i < nb; i++)
        {
            b[(i * n) + na + i] = 1;
        }

        var results = PermutationTest.DifferencesInMeans(a, b, n, permutations, 17);
        var p = na < nb ? (double)na / n : (double)nb / n;
        var sd = Math.Sqrt(permutations * p * (1 - p));
        var counted = na < nb ? Enumerable.Range(0, na) : Enumerable.Range(na, nb);
        foreach (var i in counted)
        {
            Assert.False(results[i].IsExact);
            Assert.InRange(results[i].Extreme, (permutations * p) - (5 * sd), (permutations * p) + (5 * sd));
        }
    }

    [Fact]
    public void InvalidShapes_Throw()
    {
        Assert.Throws<ArgumentException>(() => PermutationTest.DifferencesInMeans(new double[] { 1, 2, 3 }, new double[] { 1, 2 }, 2, 10, 1));
        Assert.Throws<ArgumentException>(() => PermutationTest.DifferencesInMeans(Array.Empty<double>(), new double[] { 1, 2 }, 2, 10, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => PermutationTest.DifferencesInMeans(new double[] { 1, 2 }, new double[] { 1, 2 }, 0, 10, 1));
        Assert.Throws<ArgumentException>(() => PermutationTest.DifferencesInMeans(new double[] { 1, double.NaN }, new double[] { 1, 2 }, 2, 10, 1));
    }
}
