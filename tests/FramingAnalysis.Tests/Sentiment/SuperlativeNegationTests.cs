using FramingAnalysis.Sentiment;
using FramingAnalysis.Text;

namespace FramingAnalysis.Tests.Sentiment;

/// <summary>
/// A negative pronoun with a comparison is a superlative, not a negation: "nothing is better than" praises, "no hay nada
/// más triste que" laments. Sentences written for this test.
/// </summary>
public sealed class SuperlativeNegationTests
{
    private static readonly RuleSentimentScorer Scorer = RuleSentimentScorer.CreateDefault();

    private static SentimentResult Score(string text, string language) => Scorer.Score(TextPipeline.Default.Analyze(text, language));

    [Theory]
    [InlineData("There is nothing better than a quiet morning at the lake.", "en", 1)]
    [InlineData("Nothing is worse than waiting for news from a hospital.", "en", -1)]
    [InlineData("Nothing is more beautiful than the harbour at dawn.", "en", 1)]
    [InlineData("No hay nada mejor que una tarde con los amigos.", "es", 1)]
    [InlineData("No hay nada más triste que un estadio vacío.", "es", -1)]
    [InlineData("Nadie es tan corrupto como este gobierno.", "es", -1)]
    [InlineData("Nada es tan bonito como volver a casa.", "es", 1)]
    public void A_negative_pronoun_with_a_comparison_keeps_the_sign_and_boosts(string text, string language, int sign)
    {
        var result = Score(text, language);
        Assert.Equal(sign, Math.Sign(result.Compound));
        var word = Assert.Single(result.Evidence, e => e.Rules.HasFlag(SentimentRules.Superlative));
        Assert.False(word.Rules.HasFlag(SentimentRules.Negation));
        Assert.Equal(sign, Math.Sign(word.Valence));
    }

    [Theory]
    [InlineData("It is not better than the old one.", "en")]
    [InlineData("Nothing good came of the meeting.", "en")]
    [InlineData("No es más bonito que el otro.", "es")]
    [InlineData("No es nada fácil que te entiendan.", "es")]
    public void Other_negations_still_flip(string text, string language)
    {
        var result = Score(text, language);
        Assert.DoesNotContain(result.Evidence, e => e.Rules.HasFlag(SentimentRules.Superlative));
        Assert.Contains(result.Evidence, e => e.Rules.HasFlag(SentimentRules.Negation));
    }
}
