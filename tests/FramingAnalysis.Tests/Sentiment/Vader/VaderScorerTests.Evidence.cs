using FramingAnalysis.Sentiment.Vader;

namespace FramingAnalysis.Tests.Sentiment.Vader;

public partial class VaderScorerTests
{
    [Fact]
    public void ScoreWithEvidence_MatchesScore_AndListsRulesPerToken()
    {
        const string text = "The movie was not VERY good!!!";

        VaderResult result = Scorer.ScoreWithEvidence(text);

        Assert.Equal(Scorer.Score(text), result.Scores);
        Assert.Equal(3 * 0.292, result.PunctuationAmplifier, 12);
        Assert.Equal(["The", "movie", "was", "not", "VERY", "good"], result.Tokens.Select(t => t.Token));
        VaderTokenEvidence good = result.Tokens[5];
        Assert.True(good.InLexicon);
        Assert.Equal(1.9, good.BaseValence);
        Assert.Equal((1.9 + 0.293 + 0.733) * -0.74, good.Valence, 12); // caps booster, then "not" at i-2
        Assert.Equal(VaderRules.Booster | VaderRules.Negation, good.Rules);
        Assert.Equal(VaderRules.ModifierWord, result.Tokens[4].Rules);
        Assert.Equal("good", text[good.Offset]); // the stripped token points at the word, not its "!!!"
    }

    [Fact]
    public void ScoreWithEvidence_EmojiTokensPointAtTheEmoji()
    {
        const string text = "so 💔 today";

        VaderResult result = Scorer.ScoreWithEvidence(text);

        Assert.Equal(["so", "broken", "heart", "today"], result.Tokens.Select(t => t.Token));
        Assert.Equal("💔", text[result.Tokens[1].Offset]);
        Assert.Equal("💔", text[result.Tokens[2].Offset]);
        Assert.Equal("today", text[result.Tokens[3].Offset]);
    }

    [Fact]
    public void ScoreWithEvidence_MarksButWeighting()
    {
        VaderResult result = Scorer.ScoreWithEvidence("good but bad");

        Assert.Equal(VaderRules.BeforeBut, result.Tokens[0].Rules);
        Assert.Equal(VaderRules.AfterBut, result.Tokens[2].Rules);
        Assert.Equal(0.95, result.Tokens[0].Valence, 12);
        Assert.Equal(-3.75, result.Tokens[2].Valence, 12);
    }

    [Fact]
    public void ScoreWithEvidence_MarksIdiomsNoAndLeast()
    {
        VaderResult idiom = Scorer.ScoreWithEvidence("The movie is the bomb");
        VaderResult no = Scorer.ScoreWithEvidence("This is no good");
        VaderResult least = Scorer.ScoreWithEvidence("the least happy");

        Assert.Equal(VaderRules.SpecialCase, idiom.Tokens[4].Rules);
        Assert.Equal(VaderRules.NoAsModifier, no.Tokens[2].Rules);
        Assert.Equal(VaderRules.NoNegation, no.Tokens[3].Rules);
        Assert.Equal(VaderRules.LeastNegation, least.Tokens[2].Rules);
    }

    [Fact]
    public void Emoji_MultiCodePointKeysNeverMatch_AsInTheReference()
    {
        // The flag is two regional-indicator code points; the reference replaces code point by code point.
        VaderResult result = Scorer.ScoreWithEvidence("go 🇺🇸 team");

        Assert.Equal(["go", "🇺🇸", "team"], result.Tokens.Select(t => t.Token));
    }

    [Fact]
    public void Emoji_DescriptionIsGluedToTheFollowingText_AsInTheReference()
    {
        // The reference puts a space before the description (unless one is there) and none after it.
        VaderResult result = Scorer.ScoreWithEvidence("great😀movie");

        Assert.Equal(["great", "grinning", "facemovie"], result.Tokens.Select(t => t.Token));
        Assert.Equal("😀movie", "great😀movie"[result.Tokens[2].Offset]);
    }

    [Fact]
    public void Emoji_WithoutQuirks_IsReplacedWithSpaces_SoAdjacentWordsStaySeparate()
    {
        VaderResult result = VaderTestData.NoQuirksScorer.ScoreWithEvidence("great😀movie");

        Assert.Equal(["great", "grinning", "face", "movie"], result.Tokens.Select(t => t.Token));
    }
}
