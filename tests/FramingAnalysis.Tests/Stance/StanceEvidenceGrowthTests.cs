using FramingAnalysis.Stance;
using FramingAnalysis.Text;

namespace FramingAnalysis.Tests.Stance;

/// <summary>
/// Issue 23, case 1 (quadratic stance evidence): a long unpunctuated sentence with many mentions of a target must give
/// evidence that grows linearly with the text, not a copy of the clause per mention. Sizes are counted, not timed.
/// </summary>
public class StanceEvidenceGrowthTests
{
    private static (long Chars, int Items) Evidence(int repeats, string phrase)
    {
        var text = string.Concat(Enumerable.Repeat(phrase, repeats));
        var target = new StanceTarget("Prison", new Dictionary<string, IReadOnlyList<string>> { ["*"] = ["the prison"] });
        var scorer = RuleStanceScorer.Create([target]);
        var unit = new TextUnit { UnitId = "u", ArticleId = "a", Source = "s", Kind = UnitKind.Paragraph, Index = 1, Text = text, DeclaredLanguage = "en" };
        var results = scorer.Score(TextPipeline.Default.Analyze(text, "en"), unit);
        return (results.Sum(r => r.Evidence.Sum(e => (long)e.Text.Length)), results.Sum(r => r.Evidence.Count));
    }

    [Theory]
    [InlineData("The prison is terrible ")]
    [InlineData("the prison ")]
    public void Evidence_OfAnUnpunctuatedSentenceWithManyMentions_GrowsLinearly(string phrase)
    {
        var small = Evidence(500, phrase);
        var large = Evidence(4000, phrase);
        var input = 4000L * phrase.Length;

        // Eight times the text: about eight times the evidence (a quadratic copy would be 64 times), and never more text
        // than a small multiple of the input.
        Assert.InRange(large.Items, 1, (small.Items * 10) + 10);
        Assert.InRange(large.Chars, 1, (small.Chars * 10) + 100);
        Assert.True(large.Chars <= 4 * input, $"{large.Chars:N0} evidence characters for {input:N0} of text");
    }
}
