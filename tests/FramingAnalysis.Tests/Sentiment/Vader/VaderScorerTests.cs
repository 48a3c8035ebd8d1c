using FramingAnalysis.Sentiment.Vader;

namespace FramingAnalysis.Tests.Sentiment.Vader;

/// <summary>
/// Expected figures are worked out by hand from the documented rules (see the comment on each row), using
/// compound = x/√(x²+15) where x = Σ valence ± punctuation, pos = Σ(v+1)/total, neg = |Σ(v−1)|/total, neu = zeros/total.
/// "neu n" in a comment is the count of zero-valence tokens.
/// </summary>
public partial class VaderScorerTests
{
    private static readonly VaderScorer Scorer = VaderTestData.Scorer;

    private static void AssertScores(VaderScores actual, double compound, double pos, double neg, double neu)
    {
        Assert.Equal(compound, actual.Compound);
        Assert.Equal(pos, actual.Positive);
        Assert.Equal(neg, actual.Negative);
        Assert.Equal(neu, actual.Neutral);
    }

    [Fact]
    public void TestLexicon_HasFortyWords() => Assert.Equal(40, VaderTestData.Lexicon.Count);
}
