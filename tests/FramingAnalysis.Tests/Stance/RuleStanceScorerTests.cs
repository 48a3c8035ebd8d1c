using FramingAnalysis.Stance;
using FramingAnalysis.Text;

namespace FramingAnalysis.Tests.Stance;

public class RuleStanceScorerTests
{
    private static readonly StanceTarget Reform = new("Tax reform", new Dictionary<string, IReadOnlyList<string>>
    {
        ["en"] = ["the tax reform", "the reform"],
        ["es"] = ["la reforma tributaria", "la reforma"],
    });

    private static readonly RuleStanceScorer Scorer = RuleStanceScorer.Create([Reform]);

    private static TextUnit Unit(string text, string language, UnitKind kind = UnitKind.Paragraph) =>
        new() { UnitId = "a/p1", ArticleId = "a", Source = "s", Kind = kind, Index = 1, Text = text, DeclaredLanguage = language };

    private static IReadOnlyList<StanceResult> Score(string text, string language, UnitKind kind = UnitKind.Paragraph, StanceContext? context = null) =>
        Scorer.Score(TextPipeline.Default.Analyze(text, language), Unit(text, language, kind), context);

    private static StanceResult Own(string text, string language, UnitKind kind = UnitKind.Paragraph) =>
        Score(text, language, kind).Single(r => r.Voice != Voice.Quoted);

    [Theory]
    [InlineData("The controversial reform will be debated on Monday.", "en", "evaluative")]
    [InlineData("La polémica reforma será debatida el lunes.", "es", "evaluative")]
    [InlineData("Critics argue the reform raises concerns for workers.", "en", "opposition")]
    [InlineData("Los sindicatos denuncian que la reforma castiga a los trabajadores.", "es", "opposition")]
    [InlineData("Neighbouring countries want to replicate the reform.", "en", "endorsement")]
    [InlineData("Otros países deberían imitar la reforma tributaria.", "es", "endorsement")]
    public void Cues_MoveTheScore_InBothLanguages(string text, string language, string cue)
    {
        var result = Own(text, language);
        Assert.Contains(result.Evidence, e => e.Cue == cue);
        var expected = cue == "endorsement" ? StanceLabel.Favor : StanceLabel.Against;
        Assert.Equal(expected, result.Label);
        Assert.InRange(result.Score, -1, 1);
    }

    [Theory]
    [InlineData("The so-called reform will be debated.", "en")]
    [InlineData("La supuesta reforma será debatida.", "es")]
    public void Hedges_LeanAgainst(string text, string language)
    {
        var result = Own(text, language);
        Assert.Contains(result.Evidence, e => e.Cue == "hedge");
        Assert.True(result.Score < 0);
    }

    [Fact]
    public void Concession_WeighsTheSecondClauseMore()
    {
        var result = Own("While the reform brings revenue, critics argue the reform will hurt families.", "en");
        Assert.Equal(StanceLabel.Against, result.Label);
    }

    [Fact]
    public void UnmentionedTarget_IsNeutralWithZeroConfidence_AndSaysWhy()
    {
        var result = Own("The weather was lovely in the capital.", "en");
        Assert.Equal((StanceLabel.Neutral, 0.0, "no mention"), (result.Label, result.Confidence, result.Reason));
        Assert.Empty(result.Evidence);
    }

    [Theory]
    [InlineData("\"The reform is a disaster and we condemn it,\" the union leader Ana Ruiz said.", "en")]
    [InlineData("«La reforma es un desastre y la condenamos», afirmó la dirigente sindical Ana Ruiz.", "es")]
    public void QuotedSpeech_IsReportedSeparately_WithTheSpeaker(string text, string language)
    {
        var results = Score(text, language);
        var quoted = Assert.Single(results, r => r.Voice == Voice.Quoted);
        Assert.Equal(StanceLabel.Against, quoted.Label);
        Assert.Contains("Ruiz", quoted.Speaker);
        var outlet = Assert.Single(results, r => r.Voice == Voice.Outlet);
        Assert.NotEqual(StanceLabel.Against, outlet.Label);
    }

    [Fact]
    public void Anaphor_CarriesTheTargetToTheNextSentence()
    {
        var result = Own("The reform was approved on Monday. Critics argue the measure is unfair and cruel.", "en");
        Assert.Contains(result.Evidence, e => e.Cue == "carry" || e.Cue == "mention");
        Assert.Equal(StanceLabel.Against, result.Label);
    }

    [Fact]
    public void Context_CarriesTheTargetIntoCommentsThatNameNoTarget()
    {
        var context = new StanceContext(1);
        Score("The reform was approved on Monday.", "en", UnitKind.Paragraph, context);
        var comment = Score("Me preocupa muchísimo, qué vergüenza.", "es", UnitKind.Comment, context).Single();
        Assert.Equal("carried from article", comment.Reason);
        Assert.Equal(Voice.Audience, comment.Voice);
        Assert.Equal(StanceLabel.Against, comment.Label);
        var alone = Score("Me preocupa muchísimo, qué vergüenza.", "es", UnitKind.Comment).Single();
        Assert.Equal("no mention", alone.Reason);
    }

    [Fact]
    public void CommentCues_CountMoreInComments()
    {
        var paragraph = Own("I'm skeptical about the reform.", "en", UnitKind.Paragraph);
        var comment = Own("I'm skeptical about the reform.", "en", UnitKind.Comment);
        Assert.True(comment.Score < paragraph.Score);
        Assert.Equal(Voice.Audience, comment.Voice);
    }

    [Fact]
    public void SentencesAboutNoTarget_CountOnlyAtTheBackoffWeight()
    {
        const string text = "Critics argue it is cruel and a disaster. The reform was approved on Monday.";
        var unit = Unit(text, "en");
        var full = RuleStanceScorer.Create([Reform]).Score(TextPipeline.Default.Analyze(text, "en"), unit).Single(r => r.Voice != Voice.Quoted);
        var off = RuleStanceScorer.Create([Reform], new StanceOptions { UnitBackoffWeight = 0 }).Score(TextPipeline.Default.Analyze(text, "en"), unit).Single(r => r.Voice != Voice.Quoted);
        Assert.Equal("mentioned", full.Reason);
        Assert.Equal("mention", off.Evidence[0].Cue);
        Assert.DoesNotContain(off.Evidence, e => e.Cue == "opposition");

        // The unit's other sentence stays near its subject, at a fraction of the weight it would have about the target.
        var backoff = Assert.Single(full.Evidence, e => e.Cue == "opposition");
        Assert.True(backoff.Weight < 0 && Math.Abs(backoff.Weight) < 0.8 * StanceOptions.Default.ClauseWeight, $"weight {backoff.Weight}");
        Assert.True(full.Score < off.Score);
    }

    [Fact]
    public void CommentReadAsAboutTheArticle_GetsTheCuesOfEverySentence_InTextOrder()
    {
        var both = RuleStanceScorer.Create([Reform, new StanceTarget("Prison", new Dictionary<string, IReadOnlyList<string>> { ["en"] = ["the prison"] })]);
        var context = new StanceContext(2);
        const string article = "The reform and the prison were debated on Monday.";
        both.Score(TextPipeline.Default.Analyze(article, "en"), Unit(article, "en"), context);
        const string comment = "What a disgrace. I hope this fails, so cruel and unfair.";
        var results = both.Score(TextPipeline.Default.Analyze(comment, "en"), Unit(comment, "en", UnitKind.Comment), context);
        Assert.Equal(2, results.Count);
        var second = comment.IndexOf('I', StringComparison.Ordinal);
        foreach (var r in results)
        {
            Assert.Equal("carried from article", r.Reason);

            // Both sentences count, the first one's evidence first.
            var sentenceOf = r.Evidence.Select(e => e.Start < second ? 0 : 1).ToList();
            Assert.Contains(0, sentenceOf);
            Assert.Contains(1, sentenceOf);
            Assert.Equal(sentenceOf.Order(), sentenceOf);
        }

        Assert.Equal(Render(results[0]).Replace("Tax reform", "X", StringComparison.Ordinal), Render(results[1]).Replace("Prison", "X", StringComparison.Ordinal));
    }

    [Fact]
    public void Score_InParallel_EqualsSequential()
    {
        string[] texts =
        [
            "The controversial reform will be debated on Monday. Critics argue the measure is unfair.",
            "La polémica reforma será debatida el lunes. Según el ministro Ruiz, \"la reforma es un desastre\".",
            "Officials said the reform is a disaster, but others want to replicate the reform.",
            "Nothing here names a target at all, though it is cruel and a disgrace.",
            "While the reform brings revenue, critics argue the reform will hurt families.",
        ];
        var units = Enumerable.Range(0, 400).Select(i => texts[i % texts.Length]).ToArray();
        string Run(int i)
        {
            var language = units[i].Contains("reforma", StringComparison.Ordinal) ? "es" : "en";
            var kind = i % 3 == 0 ? UnitKind.Comment : UnitKind.Paragraph;
            return string.Join("\n", Score(units[i], language, kind).Select(Render));
        }

        var sequential = Enumerable.Range(0, units.Length).Select(Run).ToArray();
        var parallel = new string[units.Length];
        Parallel.For(0, units.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => parallel[i] = Run(i));
        Assert.Equal(sequential, parallel);
    }

    private static string Render(StanceResult r) =>
        $"{r.Target}|{r.Label}|{r.Score}|{r.Confidence}|{r.Voice}|{r.Speaker}|{r.Reason}|" + string.Join(";", r.Evidence.Select(e => $"{e.Cue}@{e.Start}+{e.Length}:{e.Text}={e.Weight}"));

    [Theory]
    [InlineData("")]
    [InlineData("😀😀 !!! ???")]
    [InlineData("the reform the reform the reform the reform")]
    public void AnyInput_GivesScoresInRange(string text)
    {
        foreach (var r in Score(text, "en"))
        {
            Assert.InRange(r.Score, -1, 1);
            Assert.InRange(r.Confidence, 0, 1);
        }
    }
}

/// <summary>Regression: "officials said on Monday" made "Monday" the quoted speaker.</summary>
public class SpeakerIsNeverACalendarWordTests
{
    [Theory]
    [InlineData("Officials said on Monday that the reform is a disaster.", "en")]
    [InlineData("Según informó el lunes el ministerio, la reforma es un desastre.", "es")]
    public void Speaker_SkipsDaysAndMonths(string text, string language)
    {
        var target = new StanceTarget("Tax reform", new Dictionary<string, IReadOnlyList<string>> { ["en"] = ["the reform"], ["es"] = ["la reforma"] });
        var unit = new TextUnit { UnitId = "a/p1", ArticleId = "a", Source = "s", Kind = UnitKind.Paragraph, Index = 1, Text = text, DeclaredLanguage = language };
        var results = RuleStanceScorer.Create([target]).Score(TextPipeline.Default.Analyze(text, language), unit);
        Assert.All(results, r => Assert.DoesNotContain(r.Speaker ?? string.Empty, new[] { "Monday", "lunes" }));
    }
}
