using FramingAnalysis.Comparison.Statistics;

namespace FramingAnalysis.Tests.Comparison.Statistics;

public class MultipleTestingTests
{
    [Fact]
    public void BenjaminiHochberg_MatchesHandComputation()
    {
        // m = 4. Sorted: 0.005 (rank 1), 0.01 (2), 0.03 (3), 0.04 (4).
        // (m/rank)·p: 0.005·4 = 0.02, 0.01·2 = 0.02, 0.03·4/3 = 0.04, 0.04·1 = 0.04.
        // Running minimum from the top: 0.04, 0.04, 0.02, 0.02. Back in input order (0.01, 0.04, 0.03, 0.005):
        double[] adjusted = MultipleTesting.BenjaminiHochberg([0.01, 0.04, 0.03, 0.005]);
        double[] expected = [0.02, 0.04, 0.04, 0.02];
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.Equal(expected[i], adjusted[i], 12);
        }
    }

    [Fact]
    public void BenjaminiHochberg_StepUpMakesLargerRankLowerEarlier()
    {
        // m = 3. Sorted: 0.01 (rank 1), 0.025 (2), 0.026 (3). (m/rank)·p: 0.03, 0.0375, 0.026.
        // Running minimum from the top: 0.026, min(0.026, 0.0375) = 0.026, min(0.026, 0.03) = 0.026.
        var adjusted = MultipleTesting.BenjaminiHochberg([0.026, 0.01, 0.025]);
        Assert.All(adjusted, a => Assert.Equal(0.026, a, 12));
    }

    [Fact]
    public void BenjaminiHochberg_IsMonotone_CappedAtOne_AndKeepsOrder()
    {
        double[] p = [0.9, 0.001, 0.5, 0.04, 1.0, 0.04];
        var adjusted = MultipleTesting.BenjaminiHochberg(p);
        Assert.All(adjusted, a => Assert.InRange(a, 0, 1));
        for (var i = 0; i < p.Length; i++)
        {
            for (var j = 0; j < p.Length; j++)
            {
                if (p[i] <= p[j])
                {
                    Assert.True(adjusted[i] <= adjusted[j]);
                }
            }

            Assert.True(adjusted[i] >= p[i]);
        }

        Assert.Equal(adjusted[3], adjusted[5]);
    }

    [Fact]
    public void BenjaminiHochberg_EmptyAndInvalid()
    {
        Assert.Empty(MultipleTesting.BenjaminiHochberg([]));
        Assert.Throws<ArgumentException>(() => MultipleTesting.BenjaminiHochberg([0.1, double.NaN]));
        Assert.Throws<ArgumentException>(() => MultipleTesting.BenjaminiHochberg([1.2]));
    }
}
