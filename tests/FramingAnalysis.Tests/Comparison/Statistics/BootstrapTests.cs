using FramingAnalysis.Comparison.Statistics;

namespace FramingAnalysis.Tests.Comparison.Statistics;

public class BootstrapTests
{
    // Ten articles of ten paragraphs each; five articles frame every paragraph, five frame none. The paragraph-level
    // share is 0.5 either way, but the paragraphs of one article are perfectly correlated.
    private static readonly double[] ArticleFramed = [10, 10, 10, 10, 10, 0, 0, 0, 0, 0];
    private static readonly double[] ArticleParagraphs = [10, 10, 10, 10, 10, 10, 10, 10, 10, 10];

    private static double Share(IReadOnlyList<(double Framed, double Total)> clusters)
    {
        double framed = 0, total = 0;
        foreach (var (f, t) in clusters)
        {
            framed += f;
            total += t;
        }

        return total == 0 ? double.NaN : framed / total;
    }

    private static (double, double)[] Clusters(double[] framed, double[] totals) => framed.Zip(totals).ToArray();

    [Fact]
    public void SameSeed_GivesIdenticalBits()
    {
        var first = Bootstrap.RatioCI(ArticleFramed, ArticleParagraphs, 999, 0.95, seed: 2026);
        var second = Bootstrap.RatioCI(ArticleFramed, ArticleParagraphs, 999, 0.95, seed: 2026);
        Assert.Equal(BitConverter.DoubleToInt64Bits(first.Lower), BitConverter.DoubleToInt64Bits(second.Lower));
        Assert.Equal(BitConverter.DoubleToInt64Bits(first.Upper), BitConverter.DoubleToInt64Bits(second.Upper));
        Assert.Equal(999, first.Resamples);
    }

    [Fact]
    public void DifferentSeeds_GiveDifferentReplicates()
    {
        var a = Bootstrap.PercentileCI(Clusters(ArticleFramed, ArticleParagraphs), Share, 200, 0.9, seed: 1);
        var b = Bootstrap.PercentileCI(Clusters(ArticleFramed, ArticleParagraphs), Share, 200, 0.9, seed: 2);
        Assert.True(a.Lower != b.Lower || a.Upper != b.Upper);
    }

    [Fact]
    public void Interval_ContainsTheEstimate()
    {
        double[] framed = [3, 0, 5, 2, 7, 1, 4, 4, 0, 6, 2, 3];
        double[] totals = [8, 5, 9, 6, 10, 4, 7, 8, 3, 9, 6, 7];
        var ci = Bootstrap.RatioCI(framed, totals, 2000, 0.95, seed: 7);
        Assert.Equal(framed.Sum() / totals.Sum(), ci.Estimate, 12);
        Assert.True(ci.Lower < ci.Estimate && ci.Estimate < ci.Upper);
        Assert.InRange(ci.Lower, 0, 1);
        Assert.InRange(ci.Upper, 0, 1);
    }

    [Fact]
    public void FastRatioPath_EqualsGenericPath_BitForBit()
    {
        // Both draw replicate r's clusters from stream r with the same calls, so the replicates are identical.
        double[] framed = [3, 0, 5, 2, 7, 1, 4];
        double[] totals = [8, 5, 9, 6, 10, 4, 7];
        var fast = Bootstrap.RatioCI(framed, totals, 500, 0.95, seed: 3);
        var generic = Bootstrap.PercentileCI(Clusters(framed, totals), Share, 500, 0.95, seed: 3);
        Assert.Equal(fast, generic);
    }

    [Fact]
    public void ClusterResampling_IsWiderThanUnitResampling_WhenUnitsAreCorrelated()
    {
        // Cluster bootstrap: the share is the mean of ten 0/1 articles, sd ≈ √(0.25/10) ≈ 0.158 → 95% width ≈ 0.6.
        // Unit bootstrap (each paragraph its own cluster): mean of 100 0/1 paragraphs, sd ≈ 0.05 → width ≈ 0.2.
        var byArticle = Bootstrap.RatioCI(ArticleFramed, ArticleParagraphs, 2000, 0.95, seed: 11);

        var paragraphFramed = new double[100];
        var paragraphOnes = new double[100];
        for (var i = 0; i < 100; i++)
        {
            paragraphFramed[i] = i < 50 ? 1 : 0;
            paragraphOnes[i] = 1;
        }

        var byParagraph = Bootstrap.RatioCI(paragraphFramed, paragraphOnes, 2000, 0.95, seed: 11);
        Assert.Equal(0.5, byArticle.Estimate, 12);
        Assert.Equal(0.5, byParagraph.Estimate, 12);
        Assert.True(byArticle.Width > 2 * byParagraph.Width, $"article width {byArticle.Width}, paragraph width {byParagraph.Width}");
        Assert.InRange(byArticle.Width, 0.45, 0.75);
        Assert.InRange(byParagraph.Width, 0.15, 0.25);
    }

    [Fact]
    public void DegenerateInputs_AreDocumented()
    {
        var none = Bootstrap.RatioCI([], [], 100, 0.95, 1);
        Assert.True(double.IsNaN(none.Estimate) && !none.IsDefined);

        var one = Bootstrap.RatioCI([3], [4], 100, 0.95, 1);
        Assert.Equal(0.75, one.Estimate);
        Assert.False(one.IsDefined);

        var calls = 0;
        var genericNone = Bootstrap.PercentileCI(Array.Empty<int>(), _ => ++calls, 10, 0.95, 1);
        Assert.Equal(0, calls);
        Assert.True(double.IsNaN(genericNone.Estimate));
    }

    [Fact]
    public void ReplicatesWithZeroDenominator_AreSkippedAndCounted()
    {
        // One of three clusters has mass; about (2/3)^3 ≈ 30% of replicates draw no mass and are dropped.
        var ci = Bootstrap.RatioCI([1, 0, 0], [1, 0, 0], 1000, 0.95, 5);
        Assert.InRange(ci.Resamples, 600, 760);
        Assert.Equal(1.0, ci.Lower);
        Assert.Equal(1.0, ci.Upper);
    }

    [Fact]
    public void TwoGroup_JensenShannonBetweenSources()
    {
        // Each article contributes counts over three frames; the statistic pools each source's articles.
        double[][] sourceA = [[5, 1, 0], [4, 2, 1], [6, 0, 1], [3, 3, 0], [5, 2, 0]];
        double[][] sourceB = [[1, 4, 2], [0, 5, 3], [2, 3, 3], [1, 6, 1]];
        static double[] Pool(IReadOnlyList<double[]> articles)
        {
            var total = new double[3];
            foreach (var a in articles)
            {
                for (var k = 0; k < 3; k++)
                {
                    total[k] += a[k];
                }
            }

            return total;
        }

        var ci = Bootstrap.PercentileCI(sourceA, sourceB, (a, b) => Divergence.JensenShannon(Pool(a), Pool(b)), 1000, 0.95, seed: 4);
        Assert.Equal(Divergence.JensenShannon([23, 8, 2], [4, 18, 9]), ci.Estimate, 12);
        Assert.True(ci.IsDefined && ci.Lower > 0 && ci.Upper <= 1 && ci.Contains(ci.Estimate));
    }

    [Fact]
    public void RatioDifference_EqualsGenericTwoGroupPath()
    {
        double[] fa = [3, 0, 5, 2], ta = [8, 5, 9, 6];
        double[] fb = [1, 1, 0, 2, 1], tb = [7, 6, 5, 8, 4];
        var fast = Bootstrap.RatioDifferenceCI(fa, ta, fb, tb, 400, 0.9, seed: 8);
        var generic = Bootstrap.PercentileCI(Clusters(fa, ta), Clusters(fb, tb), (a, b) => Share(a) - Share(b), 400, 0.9, seed: 8);
        Assert.Equal(fast, generic);
        Assert.Equal((10.0 / 28) - (5.0 / 30), fast.Estimate, 12);
    }

    [Fact]
    public void InvalidArguments_Throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Bootstrap.RatioCI([1, 2], [1, 2], 0, 0.95, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => Bootstrap.RatioCI([1, 2], [1, 2], 10, 1.0, 1));
        Assert.Throws<ArgumentException>(() => Bootstrap.RatioCI([1, 2], [1], 10, 0.95, 1));
    }
}
