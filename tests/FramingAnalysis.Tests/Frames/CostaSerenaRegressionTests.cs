using FramingAnalysis.Frames;
using FramingAnalysis.Text;

namespace FramingAnalysis.Tests.Frames;

/// <summary>
/// Regression: the Spanish economic cue "coste" matched the place name "Costa" through the stem "cost". Cues are exact
/// words now (issue 19), and a lower-case cue never matches a name inside a sentence.
/// </summary>
public class CostaSerenaRegressionTests
{
    [Fact]
    public void CapitalizedName_DoesNotMatchACueThroughItsStem()
    {
        var result = DictionaryFrameScorer.Default.Score(TextPipeline.Default.Analyze("El presidente de Costa Serena visitó la capital.", "es"));
        Assert.DoesNotContain(result.Scores.SelectMany(s => s.Evidence), e => e.Text == "Costa");
    }

    [Fact]
    public void WrittenOutInflection_StillMatches()
    {
        var result = DictionaryFrameScorer.Default.Score(TextPipeline.Default.Analyze("Los costes de la obra se dispararon.", "es"));
        Assert.True(result.ScoreOf("economic") > 0);
    }
}
