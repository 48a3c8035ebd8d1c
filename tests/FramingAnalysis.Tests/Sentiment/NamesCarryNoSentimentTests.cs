using FramingAnalysis.Sentiment;
using FramingAnalysis.Text;

namespace FramingAnalysis.Tests.Sentiment;

/// <summary>
/// Issue 19, item 4: no capitalized name matches a common-word entry. "Dolores", "Esperanza", "Soledad" and "Hope" as
/// names carry no valence; the same words in lower case, at the start of a sentence, in ALL CAPS or in a title-case
/// headline keep theirs. Sentences written for this test.
/// </summary>
public sealed class NamesCarryNoSentimentTests
{
    private static readonly RuleSentimentScorer Scorer = RuleSentimentScorer.CreateDefault();

    private static SentimentResult Score(string text, string language) => Scorer.Score(TextPipeline.Default.Analyze(text, language));

    [Theory]
    [InlineData("La ministra María Dolores Fuentes visitó la sede del partido.", "es")]
    [InlineData("Ayer habló Esperanza Ruiz en el pleno del ayuntamiento.", "es")]
    [InlineData("La concejala Soledad Marín inauguró el centro de salud.", "es")]
    [InlineData("The spokeswoman, Hope Daniels, read the statement to reporters.", "en")]
    public void A_name_inside_a_sentence_carries_no_valence(string text, string language)
    {
        var result = Score(text, language);
        Assert.Equal(0, result.Compound);
        Assert.Empty(result.Evidence);
    }

    [Theory]
    [InlineData("Tengo muchos dolores de cabeza desde ayer.", "es", -1)]
    [InlineData("Esperanza es lo último que se pierde.", "es", 1)]
    [InlineData("We still have hope for the talks.", "en", 1)]
    [InlineData("This is a DISASTER for the city.", "en", -1)]
    [InlineData("Critics Say The New Prison Is A Disaster For Human Rights", "en", -1)]
    public void Common_words_keep_their_valence_in_lower_case_first_in_a_sentence_in_capitals_and_in_title_case(string text, string language, int sign)
    {
        Assert.Equal(sign, Math.Sign(Score(text, language).Compound));
    }

    [Fact]
    public void The_option_turns_it_off()
    {
        var scorer = RuleSentimentScorer.CreateDefault(new SentimentOptions { NamesCarryNoSentiment = false });
        Assert.True(scorer.Score(TextPipeline.Default.Analyze("La ministra María Dolores Fuentes visitó la sede del partido.", "es")).Compound < 0);
    }
}
