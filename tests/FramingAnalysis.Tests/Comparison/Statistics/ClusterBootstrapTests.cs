using FramingAnalysis.Comparison.Statistics;

namespace FramingAnalysis.Tests.Comparison.Statistics;

public class ClusterBootstrapTests
{
    /// <summary>Replicate r's sums computed the obvious way: n draws from stream r, counts, Σ count × row in cluster order.</summary>
    private static double[] Direct(double[][] rows, int resamples, ulong seed)
    {
        var n = rows.Length;
        var width = rows[0].Length;
        var sums = new double[resamples * width];
        for (var r = 0; r < resamples; r++)
        {
            var random = SeededRandom.ForStream(seed, (ulong)r);
            var counts = new int[n];
            for (var j = 0; j < n; j++)
            {
                counts[random.NextInt(n)]++;
            }

            for (var i = 0; i < n; i++)
            {
                if (counts[i] == 0)
                {
                    continue;
                }

                for (var c = 0; c < width; c++)
                {
                    sums[(r * width) + c] += rows[i][c] * counts[i];
                }
            }
        }

        return sums;
    }

    private static double[][] RandomRows(int n, int width, int seed)
    {
        var random = new Random(seed);
        var rows = new double[n][];
        for (var i = 0; i < n; i++)
        {
            rows[i] = new double[width];
            for (var c = 0; c < width; c++)
            {
                // Mostly zero columns, as in real article rows; some whole eight-column chunks stay empty.
                rows[i][c] = c >= 8 && c < 16 ? 0 : random.Next(3) == 0 ? (random.NextDouble() * 2) - 1 : 0;
            }
        }

        return rows;
    }

    [Theory]
    [InlineData(1, 3, 10)]
    [InlineData(7, 11, 100)]
    [InlineData(300, 21, 130)]
    public void ReplicateSums_EqualTheDirectComputation_BitForBit(int n, int width, int resamples)
    {
        // Resample counts that are not a multiple of the block size and widths that are not a multiple of the chunk size
        // exercise the partial block and the padding.
        var rows = RandomRows(n, width, n);
        var sums = ClusterBootstrap.ReplicateSums(n, width, (i, row) => rows[i].CopyTo(row), resamples, 42);
        Assert.Equal(Direct(rows, resamples, 42), sums);
    }

    [Fact]
    public void ReplicateSums_AreDeterministic_AndDependOnTheSeed()
    {
        var rows = RandomRows(500, 16, 3);
        var a = ClusterBootstrap.ReplicateSums(500, 16, (i, row) => rows[i].CopyTo(row), 200, 9);
        var b = ClusterBootstrap.ReplicateSums(500, 16, (i, row) => rows[i].CopyTo(row), 200, 9);
        var c = ClusterBootstrap.ReplicateSums(500, 16, (i, row) => rows[i].CopyTo(row), 200, 10);
        Assert.Equal(a, b);
        Assert.NotEqual(a, c);
    }

    [Fact]
    public void RatiosOfReplicateSums_ReproduceRatioCI_OnIntegerData()
    {
        // Same draws as Bootstrap.RatioCI (replicate r from stream r); integer sums are exact in any order, so every
        // replicate ratio and hence the interval is identical.
        double[] framed = [3, 0, 5, 2, 7, 1, 4, 4, 0, 6, 2, 3];
        double[] totals = [8, 5, 9, 6, 10, 4, 7, 8, 3, 9, 6, 7];
        var sums = ClusterBootstrap.ReplicateSums(framed.Length, 2, (i, row) => { row[0] = framed[i]; row[1] = totals[i]; }, 999, 2026);
        var estimate = ClusterBootstrap.Sums(framed.Length, 2, (i, row) => { row[0] = framed[i]; row[1] = totals[i]; });
        var replicates = new double[999];
        for (var r = 0; r < replicates.Length; r++)
        {
            replicates[r] = sums[(2 * r) + 1] == 0 ? double.NaN : sums[2 * r] / sums[(2 * r) + 1];
        }

        var shared = Bootstrap.FromReplicates(estimate[0] / estimate[1], replicates, framed.Length, 0.95);
        Assert.Equal(Bootstrap.RatioCI(framed, totals, 999, 0.95, 2026), shared);
    }

    [Fact]
    public void Sums_AreThePlainColumnSums()
    {
        var rows = RandomRows(50, 9, 5);
        var sums = ClusterBootstrap.Sums(50, 9, (i, row) => rows[i].CopyTo(row));
        for (var c = 0; c < 9; c++)
        {
            double expected = 0;
            foreach (var row in rows)
            {
                expected += row[c];
            }

            Assert.Equal(expected, sums[c]);
        }
    }

    [Fact]
    public void NoClusters_GiveZeroSums()
    {
        var calls = 0;
        var sums = ClusterBootstrap.ReplicateSums(0, 4, (_, _) => calls++, 10, 1);
        Assert.Equal(40, sums.Length);
        Assert.All(sums, s => Assert.Equal(0, s));
        Assert.Equal(0, calls);
        Assert.Throws<ArgumentOutOfRangeException>(() => ClusterBootstrap.ReplicateSums(3, 0, (_, _) => { }, 10, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => ClusterBootstrap.ReplicateSums(3, 2, (_, _) => { }, 0, 1));
    }

    [Fact]
    public void FromReplicates_FollowsTheClusterCountRules_AndSkipsNonFiniteReplicates()
    {
        Assert.True(double.IsNaN(Bootstrap.FromReplicates(0.5, new double[] { 0.1, 0.2 }, 0, 0.9).Estimate));
        var one = Bootstrap.FromReplicates(0.5, new double[] { 0.1, 0.2 }, 1, 0.9);
        Assert.Equal(0.5, one.Estimate);
        Assert.False(one.IsDefined);

        // Type-7 percentiles of the finite values 0, 1, …, 10 (NaN and ∞ left out): 5% → 0.5, 95% → 9.5.
        var values = Enumerable.Range(0, 11).Select(i => (double)i).Concat([double.NaN, double.PositiveInfinity]).Reverse().ToArray();
        var ci = Bootstrap.FromReplicates(5, values, 12, 0.9);
        Assert.Equal(11, ci.Resamples);
        Assert.Equal(0.5, ci.Lower, 12);
        Assert.Equal(9.5, ci.Upper, 12);
        Assert.Throws<ArgumentOutOfRangeException>(() => Bootstrap.FromReplicates(1, Array.Empty<double>(), 5, 0.9));
    }
}
