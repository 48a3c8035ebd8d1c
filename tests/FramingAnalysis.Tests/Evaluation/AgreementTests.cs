using FramingAnalysis.Evaluation;

namespace FramingAnalysis.Tests.Evaluation;

public class AgreementTests
{
    [Fact]
    public void CohensKappa_TwoByTwoTable_MatchesHandComputation()
    {
        //              B: yes   B: no
        // A: yes          20       5     (A yes = 25)
        // A: no           10      15     (A no  = 25)
        //           (B yes 30, B no 20), 50 items.
        // p_o = (20 + 15)/50 = 0.7;  p_e = 0.5·0.6 + 0.5·0.4 = 0.5;  κ = (0.7 − 0.5)/(1 − 0.5) = 0.4.
        // Two more items with a missing rating are skipped.
        var a = new List<string?>();
        var b = new List<string?>();
        void Add(string x, string y, int times)
        {
            for (var i = 0; i < times; i++)
            {
                a.Add(x);
                b.Add(y);
            }
        }

        Add("yes", "yes", 20);
        Add("yes", "no", 5);
        Add("no", "yes", 10);
        Add("no", "no", 15);
        a.Add("yes");
        b.Add(null);
        a.Add(null);
        b.Add("no");

        var kappa = Agreement.CohensKappa(a, b);
        Assert.Equal(0.4, kappa.Value, 12);
        Assert.Equal(0.7, kappa.Observed, 12);
        Assert.Equal(0.5, kappa.Expected, 12);
        Assert.Equal(50, kappa.Items);
        Assert.Equal(2, kappa.SkippedItems);
        Assert.Equal(2, kappa.Categories);
    }

    [Fact]
    public void FleissKappa_FourItemsThreeRaters_MatchesHandComputation()
    {
        // n = 3 raters, N = 4 items, categories A, B, C.    counts (A, B, C)   P_i = (Σ n_ic² − 3)/(3·2)
        // item 1: A A A                                       (3, 0, 0)          (9 − 3)/6 = 1
        // item 2: A B B                                       (1, 2, 0)          (1 + 4 − 3)/6 = 1/3
        // item 3: C C B                                       (0, 1, 2)          (1 + 4 − 3)/6 = 1/3
        // item 4: A B C                                       (1, 1, 1)          (3 − 3)/6 = 0
        // P̄ = (1 + 1/3 + 1/3 + 0)/4 = 5/12.
        // Totals A 5, B 4, C 3 of 12: P̄_e = (25 + 16 + 9)/144 = 25/72.
        // κ = (5/12 − 25/72)/(1 − 25/72) = (5/72)/(47/72) = 5/47 = 0.1063830.
        IReadOnlyList<IReadOnlyList<string?>> data =
        [
            ["A", "A", "A"],
            ["A", "B", "B"],
            ["C", "C", "B"],
            ["A", "B", "C"],
        ];
        var kappa = Agreement.FleissKappa(data);
        Assert.Equal(5.0 / 47, kappa.Value, 12);
        Assert.Equal(5.0 / 12, kappa.Observed, 12);
        Assert.Equal(25.0 / 72, kappa.Expected, 12);
        Assert.Equal(12, kappa.Ratings);
        Assert.Equal(3, kappa.Categories);
    }

    [Fact]
    public void FleissKappa_UnequalRaterCounts_Throws()
    {
        IReadOnlyList<IReadOnlyList<string?>> data = [["A", "A", "A"], ["A", null, "B"]];
        var ex = Assert.Throws<ArgumentException>(() => Agreement.FleissKappa(data));
        Assert.Contains("Krippendorff", ex.Message);
    }

    // Reliability data, three coders × five units, null = missing:
    //            u1   u2   u3   u4   u5
    // coder 1    a    a    b    c    a
    // coder 2    a    b    b    ·    c
    // coder 3    ·    b    ·    ·    c
    private static readonly IReadOnlyList<IReadOnlyList<string?>> SmallData =
    [
        ["a", "a", null],
        ["a", "b", "b"],
        ["b", "b", null],
        ["c", null, null],
        ["a", "c", "c"],
    ];

    [Fact]
    public void KrippendorffAlpha_Nominal_MatchesHandComputedCoincidenceMatrix()
    {
        // Each unit with m_u values adds 1/(m_u − 1) per ordered pair of its values:
        // u1 (a, a), m = 2:    o_aa += 2
        // u2 (a, b, b), m = 3: pairs a→b ×2, b→a ×2, b→b ×2, each 1/2 → o_ab += 1, o_ba += 1, o_bb += 1
        // u3 (b, b), m = 2:    o_bb += 2
        // u4 (c), m = 1:       not pairable, skipped
        // u5 (a, c, c), m = 3: o_ac += 1, o_ca += 1, o_cc += 1
        // Coincidence matrix      a   b   c   | n_c
        //                    a    2   1   1   |  4
        //                    b    1   3   0   |  4
        //                    c    1   0   1   |  2          n = 10
        // Nominal: D_o = (o_ab + o_ba + o_ac + o_ca)/n = 4/10 = 0.4
        //          D_e = Σ_{c≠k} n_c·n_k / (n(n − 1)) = 2·(4·4 + 4·2 + 4·2)/90 = 64/90
        //          α = 1 − 0.4/(64/90) = 1 − 36/64 = 0.4375
        var alpha = Agreement.KrippendorffAlpha(SmallData);
        Assert.Equal(0.4375, alpha.Value, 12);
        Assert.Equal(0.4, alpha.Observed, 12);
        Assert.Equal(64.0 / 90, alpha.Expected, 12);
        Assert.Equal(4, alpha.Items);
        Assert.Equal(1, alpha.SkippedItems);
        Assert.Equal(10, alpha.Ratings);
    }

    [Fact]
    public void KrippendorffAlpha_Ordinal_MatchesHandComputation()
    {
        // Same coincidence matrix, ranks a < b < c, n_a = 4, n_b = 4, n_c = 2.
        // δ²(c, k) = (Σ_{g=c..k} n_g − (n_c + n_k)/2)²:
        //   δ²(a, b) = (4 + 4 − 4)² = 16;  δ²(b, c) = (4 + 2 − 3)² = 9;  δ²(a, c) = (4 + 4 + 2 − 3)² = 49.
        // Σ o·δ² = 2·(o_ab·16 + o_ac·49 + o_bc·9) = 2·(16 + 49 + 0) = 130 → D_o = 130/10 = 13
        // Σ n_c·n_k·δ² = 2·(16·16 + 8·49 + 8·9) = 2·720 = 1440 → D_e = 1440/90 = 16
        // α = 1 − 13/16 = 0.1875 (lower than nominal: the a–c disagreement spans the whole scale).
        var alpha = Agreement.KrippendorffAlpha(SmallData, AlphaMetric.Ordinal, ["a", "b", "c"]);
        Assert.Equal(0.1875, alpha.Value, 12);
        Assert.Equal(13.0, alpha.Observed, 12);
        Assert.Equal(16.0, alpha.Expected, 12);
    }

    [Fact]
    public void KrippendorffAlpha_PublishedExample_Nominal()
    {
        // The four-observer, twelve-unit example of Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability",
        // for which the paper reports nominal α = 0.743 and ordinal α = 0.815 (a rating is null where the paper has ".").
        string?[] a = ["1", "2", "3", "3", "2", "1", "4", "1", "2", null, null, null];
        string?[] b = ["1", "2", "3", "3", "2", "2", "4", "1", "2", "5", null, "3"];
        string?[] c = [null, "3", "3", "3", "2", "3", "4", "2", "2", "5", "1", null];
        string?[] d = ["1", "2", "3", "3", "2", "4", "4", "1", "2", "5", "1", null];
        var units = Enumerable.Range(0, 12).Select(u => (IReadOnlyList<string?>)[a[u], b[u], c[u], d[u]]).ToArray();
        var alpha = Agreement.KrippendorffAlpha(units);
        Assert.Equal(0.743, alpha.Value, 3);
        Assert.Equal(11, alpha.Items);

        var ordinal = Agreement.KrippendorffAlpha(units, AlphaMetric.Ordinal, ["1", "2", "3", "4", "5"]);
        Assert.Equal(0.815, ordinal.Value, 3);
    }

    [Fact]
    public void KrippendorffAlpha_OrdinalWithoutCategories_OrUnknownRating_Throws()
    {
        Assert.Throws<ArgumentException>(() => Agreement.KrippendorffAlpha(SmallData, AlphaMetric.Ordinal));
        Assert.Throws<ArgumentException>(() => Agreement.KrippendorffAlpha(SmallData, AlphaMetric.Ordinal, ["a", "b"]));
    }

    [Fact]
    public void PercentAgreement_IsMeanOfPerItemPairwiseAgreement()
    {
        // [a a a]: 3 of 3 pairs agree → 1.  [a a b]: 1 of 3 → 1/3.  [a · b]: 0 of 1 → 0.  [c · ·]: skipped.
        // Mean = (1 + 1/3 + 0)/3 = 4/9.
        IReadOnlyList<IReadOnlyList<string?>> data = [["a", "a", "a"], ["a", "a", "b"], ["a", null, "b"], ["c", null, null]];
        var agreement = Agreement.PercentAgreement(data);
        Assert.Equal(4.0 / 9, agreement.Value, 12);
        Assert.Equal(3, agreement.Items);
        Assert.Equal(1, agreement.SkippedItems);
    }

    [Fact]
    public void PerfectAgreement_IsOneForEveryStatistic()
    {
        IReadOnlyList<IReadOnlyList<string?>> data = [["x", "x"], ["y", "y"], ["x", "x"], ["z", "z"]];
        Assert.Equal(1.0, Agreement.CohensKappa(["x", "y", "x", "z"], ["x", "y", "x", "z"]).Value, 12);
        Assert.Equal(1.0, Agreement.FleissKappa(data).Value, 12);
        Assert.Equal(1.0, Agreement.KrippendorffAlpha(data).Value, 12);
        Assert.Equal(1.0, Agreement.KrippendorffAlpha(data, AlphaMetric.Ordinal, ["x", "y", "z"]).Value, 12);
        Assert.Equal(1.0, Agreement.PercentAgreement(data).Value, 12);
    }

    [Fact]
    public void SingleCategory_ChanceCorrectedStatisticsAreUndefined()
    {
        // Everyone always says "none": p_e = 1 for the kappas (0/0) and D_e = 0 for alpha, so all are NaN by design;
        // raw percent agreement is 1.
        IReadOnlyList<IReadOnlyList<string?>> data = [["none", "none"], ["none", "none"], ["none", "none"]];
        var cohen = Agreement.CohensKappa(["none", "none", "none"], ["none", "none", "none"]);
        Assert.True(double.IsNaN(cohen.Value));
        Assert.Equal(1.0, cohen.Observed);
        Assert.Equal(1.0, cohen.Expected);
        Assert.True(double.IsNaN(Agreement.FleissKappa(data).Value));
        Assert.True(double.IsNaN(Agreement.KrippendorffAlpha(data).Value));
        Assert.Equal(1.0, Agreement.PercentAgreement(data).Value);
    }

    [Fact]
    public void NoPairableData_GivesNaNWithCounts()
    {
        IReadOnlyList<IReadOnlyList<string?>> data = [["a", null], [null, "b"]];
        var alpha = Agreement.KrippendorffAlpha(data);
        Assert.True(double.IsNaN(alpha.Value));
        Assert.Equal(2, alpha.SkippedItems);
        Assert.True(double.IsNaN(Agreement.CohensKappa(["a", null], [null, "b"]).Value));
    }
}
