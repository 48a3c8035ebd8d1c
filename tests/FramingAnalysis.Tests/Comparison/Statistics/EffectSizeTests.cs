using FramingAnalysis.Comparison.Statistics;

namespace FramingAnalysis.Tests.Comparison.Statistics;

public class EffectSizeTests
{
    [Fact]
    public void CohensD_MatchesHandComputation()
    {
        // A = (2, 4, 6): mean 4, s² = (4 + 0 + 4)/2 = 4.   B = (1, 2, 3): mean 2, s² = (1 + 0 + 1)/2 = 1.
        // s_pooled² = (2·4 + 2·1)/(3 + 3 − 2) = 2.5;  d = (4 − 2)/√2.5 = 1.2649111;  d² = 1.6.
        // Var(d) = (3 + 3)/(3·3) + 1.6/(2·6) = 0.6666667 + 0.1333333 = 0.8;  SE = 0.8944272.
        // 95%: 1.2649111 ± 1.959964·0.8944272 = 1.2649111 ± 1.7530451 → (−0.4881340, 3.0179561).
        var d = EffectSize.CohensD([2, 4, 6], [1, 2, 3]);
        Assert.Equal(1.2649111, d.Estimate, 6);
        Assert.Equal(-0.4881340, d.Lower, 6);
        Assert.Equal(3.0179561, d.Upper, 6);
        Assert.Equal(0.95, d.Level);
    }

    [Fact]
    public void CohensD_IsAntisymmetric_AndNaNWithoutSpread()
    {
        Assert.Equal(-EffectSize.CohensD([2, 4, 6], [1, 2, 3]).Estimate, EffectSize.CohensD([1, 2, 3], [2, 4, 6]).Estimate, 12);
        Assert.True(double.IsNaN(EffectSize.CohensD([1, 1], [2, 2]).Estimate));
        Assert.Throws<ArgumentException>(() => EffectSize.CohensD([1], [2]));
    }

    [Fact]
    public void CliffsDelta_MatchesHandComputation()
    {
        // A = (2, 4, 6), B = (1, 2, 3). Dominance d_ij = sign(a_i − b_j):
        //        b=1 b=2 b=3   row mean
        // a=2:    +   0   −     0
        // a=4:    +   +   +     1
        // a=6:    +   +   +     1
        // col:    1  2/3 1/3        Σd = 6, δ = 6/9 = 2/3; one tie, so 8 non-ties.
        // s²_row = ((0 − 2/3)² + (1/3)² + (1/3)²)/2 = 1/3;  s²_col = ((1/3)² + 0 + (1/3)²)/2 = 1/9;
        // s²_d = (8 − 9·(4/9))/(2·2) = 1.  Var = ((3−1)·1/3 + (3−1)·1/9 + 1)/9 = (17/9)/9 = 17/81 → s = 0.4581228.
        // Interval: δ − δ³ = 10/27, 1 − δ² = 5/9, z²s² = 3.841459·17/81 = 0.8062322,
        // root = z·s·√((5/9)² + 0.8062322) = 0.8979033·1.0558753 = 0.9480744, denominator = 5/9 + 0.8062322 = 1.3617878.
        // Lower = (0.3703704 − 0.9480744)/1.3617878 = −0.4242256; upper = (0.3703704 + 0.9480744)/1.3617878 = 0.9681729.
        var delta = EffectSize.CliffsDelta([2, 4, 6], [1, 2, 3]);
        Assert.Equal(2.0 / 3, delta.Estimate, 12);
        Assert.Equal(-0.4242256, delta.Lower, 6);
        Assert.Equal(0.9681729, delta.Upper, 6);
    }

    [Fact]
    public void CliffsDelta_ZeroCase_HasSymmetricInterval()
    {
        // A = (1, 3, 5), B = (2, 4): rows (−1, 0, 1), cols (1/3, −1/3), δ = 0, 6 non-ties.
        // s²_row = 1, s²_col = 2/9, s²_d = 6/2 = 3; Var = (1·1 + 2·2/9 + 3)/6 = 40/54.
        // Bounds ±z·s/√(1 + z²s²) = ±0.8602078.
        var delta = EffectSize.CliffsDelta([1, 3, 5], [2, 4]);
        Assert.Equal(0.0, delta.Estimate, 12);
        Assert.Equal(-0.8602078, delta.Lower, 6);
        Assert.Equal(0.8602078, delta.Upper, 6);
    }

    [Fact]
    public void CliffsDelta_CompleteSeparation_IsOne_WithCollapsedInterval()
    {
        var delta = EffectSize.CliffsDelta([5, 6, 7], [1, 2]);
        Assert.Equal(1.0, delta.Estimate);
        Assert.Equal(1.0, delta.Lower);
        Assert.Equal(1.0, delta.Upper);
    }

    [Fact]
    public void CliffsDelta_AgreesWithBruteForceDominanceCount()
    {
        var random = new SeededRandom(11);
        var a = new double[37];
        var b = new double[23];
        for (var i = 0; i < a.Length; i++)
        {
            a[i] = random.NextInt(8);
        }

        for (var j = 0; j < b.Length; j++)
        {
            b[j] = random.NextInt(8) + 1;
        }

        var sum = 0;
        foreach (var x in a)
        {
            foreach (var y in b)
            {
                sum += Math.Sign(x - y);
            }
        }

        var delta = EffectSize.CliffsDelta(a, b);
        Assert.Equal(sum / (37.0 * 23), delta.Estimate, 12);
        Assert.True(delta.Lower >= -1 && delta.Upper <= 1 && delta.Contains(delta.Estimate));
    }

    [Fact]
    public void CliffsDelta_SingleValueGroup_HasNaNBounds()
    {
        var delta = EffectSize.CliffsDelta([3], [1, 2, 4]);
        Assert.Equal(1.0 / 3, delta.Estimate, 12);
        Assert.False(delta.IsDefined);
    }
}
