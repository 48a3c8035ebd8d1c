using FramingAnalysis.Comparison.Statistics;

namespace FramingAnalysis.Tests.Comparison.Statistics;

public class LogOddsRatioTests
{
    [Fact]
    public void TwoTermExample_MatchesHandComputation()
    {
        // Group i: a = 3, b = 1 (n_i = 4). Group j: a = 1, b = 3 (n_j = 4). Prior α_a = α_b = 1 (α0 = 2).
        // δ_a = log((3 + 1)/(4 + 2 − 3 − 1)) − log((1 + 1)/(4 + 2 − 1 − 1)) = log(4/2) − log(2/4) = 2·ln 2 = 1.3862944
        // Var(δ_a) = 1/(3 + 1) + 1/(1 + 1) = 0.75;  z_a = 1.3862944/√0.75 = 1.3862944/0.8660254 = 1.6007548
        // By symmetry δ_b = −1.3862944 and z_b = −1.6007548.
        var terms = LogOddsRatio.Compute(["a", "b"], [3, 1], [1, 3], [1.0, 1.0]);
        Assert.Equal("a", terms[0].Term);
        Assert.Equal(1.3862944, terms[0].Delta, 6);
        Assert.Equal(0.75, terms[0].Variance, 12);
        Assert.Equal(1.6007548, terms[0].Z, 6);
        Assert.Equal((3, 1), (terms[0].CountI, terms[0].CountJ));
        Assert.Equal("b", terms[1].Term);
        Assert.Equal(-1.6007548, terms[1].Z, 6);
    }

    [Fact]
    public void DictionaryForm_WithPooledBackground_MatchesVocabularyForm()
    {
        // Pooled background a = 4, b = 4; α0 = 2 → α_a = α_b = 1, the example above.
        var i = new Dictionary<string, int> { ["a"] = 3, ["b"] = 1 };
        var j = new Dictionary<string, int> { ["a"] = 1, ["b"] = 3 };
        var terms = LogOddsRatio.Compute(i, j, background: null, priorSize: 2);
        Assert.Equal(1.0, terms[0].Prior, 12);
        Assert.Equal(1.6007548, terms[0].Z, 6);
    }

    [Fact]
    public void Ties_AreBrokenByTermOrdinal()
    {
        var terms = LogOddsRatio.Compute(["zeta", "Beta", "alpha"], [2, 2, 2], [2, 2, 2], [1.0, 1.0, 1.0]);
        Assert.Equal(["Beta", "alpha", "zeta"], terms.Select(t => t.Term));
        Assert.All(terms, t => Assert.Equal(0.0, t.Z, 12));
    }

    [Fact]
    public void PriorShrinksRareTerms()
    {
        // "rare" appears twice only in i; "common" 40 vs 20. With a strong prior the well-attested term ranks first.
        var i = new Dictionary<string, int> { ["rare"] = 2, ["common"] = 40, ["other"] = 58 };
        var j = new Dictionary<string, int> { ["rare"] = 0, ["common"] = 20, ["other"] = 80 };
        var terms = LogOddsRatio.Compute(i, j, background: null, priorSize: 100);
        Assert.Equal("common", terms[0].Term);
        Assert.Equal("other", terms[^1].Term);
    }

    [Fact]
    public void CompareToRest_SubtractsTheGroupFromTheCorpus()
    {
        var corpus = new Dictionary<string, int> { ["a"] = 4, ["b"] = 4 };
        var group = new Dictionary<string, int> { ["a"] = 3, ["b"] = 1 };
        var terms = LogOddsRatio.CompareToRest(group, corpus, priorSize: 2);
        Assert.Equal(1.6007548, terms[0].Z, 6);
        Assert.Equal(1, terms[0].CountJ);
    }

    [Fact]
    public void TermMissingFromBackground_Throws()
    {
        var i = new Dictionary<string, int> { ["a"] = 3, ["new"] = 1 };
        var j = new Dictionary<string, int> { ["a"] = 1 };
        var background = new Dictionary<string, int> { ["a"] = 4 };
        var ex = Assert.Throws<ArgumentException>(() => LogOddsRatio.Compute(i, j, background, 10));
        Assert.Contains("'new'", ex.Message);
    }
}
