using FramingAnalysis.Sentiment;
using FramingAnalysis.Text;

namespace FramingAnalysis.Tests.Sentiment;

public class RuleSentimentScorerTests
{
    private static readonly RuleSentimentScorer Scorer = RuleSentimentScorer.CreateDefault();

    private static SentimentResult Score(string text, string language) => Scorer.Score(TextPipeline.Default.Analyze(text, language));

    [Fact]
    public void BuiltInPacks_AreBuiltOnceAndShared()
    {
        // The default scorer and the stance scorer use the same instance (the analyzer hands its sentence compounds to
        // stance when the pack is the same); an unknown language is still refused.
        Assert.Same(SentimentLanguagePack.BuiltIn("en"), SentimentLanguagePack.BuiltIn("en"));
        Assert.Same(SentimentLanguagePack.BuiltIn("es"), SentimentLanguagePack.BuiltIn("es"));
        Assert.NotSame(SentimentLanguagePack.BuiltIn("en"), SentimentLanguagePack.BuiltIn("es"));
        Assert.Throws<ArgumentException>(() => SentimentLanguagePack.BuiltIn("pt"));
    }

    [Theory]
    [InlineData("The reform is good.", "en", SentimentLabel.Positive)]
    [InlineData("The reform is not good.", "en", SentimentLabel.Negative)]
    [InlineData("This is a terrible, cruel policy.", "en", SentimentLabel.Negative)]
    [InlineData("The court will hear the case on Monday.", "en", SentimentLabel.Neutral)]
    [InlineData("La reforma es buena.", "es", SentimentLabel.Positive)]
    [InlineData("La reforma no es buena.", "es", SentimentLabel.Negative)]
    [InlineData("No me gusta nada.", "es", SentimentLabel.Negative)]
    [InlineData("¡Qué vergüenza!", "es", SentimentLabel.Negative)]
    [InlineData("El tribunal escuchará el caso el lunes.", "es", SentimentLabel.Neutral)]
    [InlineData("Love it 😍", "en", SentimentLabel.Positive)]
    public void Label_FollowsTheRules(string text, string language, SentimentLabel expected) =>
        Assert.Equal(expected, Score(text, language).Label);

    [Fact]
    public void Negation_FlipsFollowingSentiment_AndSaysSo()
    {
        var result = Score("The plan is not good.", "en");
        var good = Assert.Single(result.Evidence, e => e.Entry == "good");
        Assert.True(good.Valence < 0);
        Assert.True(good.Rules.HasFlag(SentimentRules.Negation));
        Assert.Equal("not", good.Modifiers);
    }

    [Theory]
    [InlineData("El menú es increíble.", "es", "increíble")]
    [InlineData("The view was incredible.", "en", "incredible")]
    public void ModifierEntries_MatchExactly_NotTheWordsTheyShareAStemWith(string text, string language, string word)
    {
        // "increíblemente" is a booster; "increíble" is a lexicon word that must keep its own valence.
        var result = Score(text, language);
        Assert.Equal(SentimentLabel.Positive, result.Label);
        Assert.Contains(result.Evidence, e => e.Text == word && e.Rules.HasFlag(SentimentRules.Lexicon));
    }

    [Theory]
    [InlineData("holaaaa guapaaaa!", "es", "guapa")]
    [InlineData("this is goooood", "en", "good")]
    [InlineData("coooool", "en", "cool")]
    public void ElongatedWords_MatchTheirLexiconEntry(string text, string language, string entry)
    {
        var result = Score(text, language);
        Assert.Equal(SentimentLabel.Positive, result.Label);
        Assert.Contains(result.Evidence, e => e.Entry == entry);
    }

    [Fact]
    public void SpanishDoubleNegation_DoesNotCancel()
    {
        var once = Score("No es bueno.", "es").Compound;
        var twice = Score("No es nunca bueno.", "es").Compound;
        Assert.True(once < 0);
        Assert.True(twice < 0);
    }

    [Fact]
    public void Booster_RaisesMagnitude_DampenerLowersIt()
    {
        var plain = Score("The result is good.", "en").Compound;
        var very = Score("The result is very good.", "en").Compound;
        var slightly = Score("The result is slightly good.", "en").Compound;
        Assert.True(very > plain);
        Assert.True(slightly < plain);
        var muy = Score("El resultado es muy bueno.", "es").Compound;
        Assert.True(muy > Score("El resultado es bueno.", "es").Compound);
    }

    [Fact]
    public void Contrast_ShiftsWeightToTheClauseAfterIt()
    {
        Assert.True(Score("The food was good, but the service was terrible.", "en").Compound < 0);
        Assert.True(Score("El servicio fue malo, pero la comida fue excelente.", "es").Compound > 0);
    }

    [Fact]
    public void ClauseInitialSinEmbargo_WeighsTheSecondSentenceMore()
    {
        var result = Score("El proyecto es bueno. Sin embargo, los costos son terribles.", "es");
        Assert.Equal(1.5, result.Sentences[1].Weight);
        Assert.Equal(0.5, result.Sentences[0].Weight);
        Assert.True(result.Compound < 0);
    }

    [Fact]
    public void AllCapsAndExclamation_AddEmphasis()
    {
        var plain = Score("This is good.", "en").Compound;
        Assert.True(Score("This is GOOD.", "en").Compound > plain);
        Assert.True(Score("This is good!!!", "en").Compound > plain);
    }

    [Fact]
    public void Idioms_HaveTheirOwnValence()
    {
        var result = Score("The fine was a slap on the wrist.", "en");
        Assert.Contains(result.Evidence, e => e.Rules.HasFlag(SentimentRules.Idiom));
        Assert.True(result.Compound < 0);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t ")]
    [InlineData("😀😀😀")]
    [InlineData("\0\u0001\uD800")]
    public void BadInput_ScoresInRange(string text)
    {
        var r = Score(text, "en");
        Assert.InRange(r.Compound, -1, 1);
        Assert.InRange(r.Positive + r.Negative + r.Neutral, 0, 1.001);
    }

    [Fact]
    public void HundredThousandExclamationMarks_AndAMillionWords_ScoreInRange()
    {
        Assert.InRange(Score("good" + new string('!', 100_000), "en").Compound, -1, 1);
        var words = string.Join(' ', Enumerable.Repeat("terrible good news", 333_334));
        var r = Score(words, "en");
        Assert.InRange(r.Compound, -1, 1);
    }
}
