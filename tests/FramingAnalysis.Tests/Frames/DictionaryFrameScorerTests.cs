using FramingAnalysis.Frames;
using FramingAnalysis.Text;

namespace FramingAnalysis.Tests.Frames;

/// <summary>The dictionary scorer's matching and scoring rules, over small hand-made frame sets and the built-in one.</summary>
public class DictionaryFrameScorerTests
{
    private static readonly FrameSet Small = FrameSet.Create("test", "1", [Def("economic"), Def("legality"), Def("fairness"), Def("security")],
    [
        new FrameCue("economic", "en", "investment~", 1),
        new FrameCue("economic", "es", "inversión~", 1),
        new FrameCue("economic", "*", "budget*", 1),
        new FrameCue("legality", "en", "due process", 2.5),
        new FrameCue("legality", "es", "debido proceso", 2.5),
        new FrameCue("legality", "en", "fair trial", 2),
        new FrameCue("fairness", "en", "fair", 1),
        new FrameCue("fairness", "es", "proceso", 1),
        new FrameCue("security", "en", "security", 1),
        new FrameCue("security", "en", "process", 1),
    ]);

    private static readonly DictionaryFrameScorer Scorer = new(Small);

    private static FrameDefinition Def(string id) => new(id);

    private static FrameResult Score(string text, string language) => Scorer.Score(TextPipeline.Default.Analyze(text, language));

    [Theory]
    [InlineData("The investment was approved.", "en", "economic", "investment")]
    [InlineData("New investments were approved.", "en", "economic", "investments")]
    [InlineData("La inversión fue aprobada.", "es", "economic", "inversión")]
    [InlineData("Las inversiones fueron aprobadas.", "es", "economic", "inversiones")]
    [InlineData("Las inversion llegó sin tilde.", "es", "economic", "inversion")]
    [InlineData("The budgetary rules changed.", "en", "economic", "budgetary")]
    [InlineData("El presupuesto y los budgets.", "es", "economic", "budgets")]
    [InlineData("They demanded due process today.", "en", "legality", "due process")]
    [InlineData("Exigieron el debido proceso hoy.", "es", "legality", "debido proceso")]
    [InlineData("Due Process matters.", "en", "legality", "Due Process")]
    public void Cue_MatchesWordStemPrefixAndMultiWord(string text, string language, string frame, string matched)
    {
        var result = Score(text, language);
        var score = Assert.Single(result.Scores, s => s.Frame == frame);
        Assert.Equal(matched, Assert.Single(score.Evidence).Text);
        Assert.Equal(frame, result.PrimaryFrame);
    }

    [Theory]
    [InlineData("The investigator spoke.", "en")]
    [InlineData("Nothing to see here.", "en")]
    [InlineData("Investigación en curso.", "es")]
    public void NoCue_GivesEmptyResult(string text, string language)
    {
        var result = Score(text, language);
        Assert.Empty(result.Scores);
        Assert.Null(result.PrimaryFrame);
    }

    [Fact]
    public void LanguageSpecificCue_DoesNotMatchOtherLanguage()
    {
        Assert.Empty(Score("La investment fue aprobada.", "es").Scores);
        Assert.Empty(Score("The inversión was approved.", "en").Scores);
    }

    [Theory]
    [InlineData("They asked for due process.", "en", "legality", "security")]
    [InlineData("Pidieron el debido proceso.", "es", "legality", "fairness")]
    [InlineData("A fair trial was promised.", "en", "legality", "fairness")]
    public void LongestMatchWins_AndCoveredWordsDoNotCountTwice(string text, string language, string expected, string shadowed)
    {
        var result = Score(text, language);
        var score = Assert.Single(result.Scores);
        Assert.Equal(expected, score.Frame);
        Assert.Equal(0, result.ScoreOf(shadowed));
    }

    [Fact]
    public void ShorterCue_StillMatchesOutsideTheLongerOne()
    {
        var result = Score("A fair trial and a fair wage.", "en");
        Assert.True(result.ScoreOf("legality") > 0);
        Assert.Equal("wage", "A fair trial and a fair wage."[(result.Scores.Single(s => s.Frame == "fairness").Evidence[0].Start + 5)..^1]);
    }

    [Fact]
    public void Evidence_OffsetsPointBackIntoTheText()
    {
        const string text = "After the vote, due process and new investments dominated; budget talks followed.";
        var result = Score(text, "en");
        var evidence = result.Scores.SelectMany(s => s.Evidence).OrderBy(e => e.Start).ToList();
        Assert.Equal(["due process", "investments", "budget"], evidence.Select(e => e.Text));
        foreach (var e in evidence)
        {
            Assert.Equal(e.Text, text.Substring(e.Start, e.Length));
        }

        Assert.Equal(["due process", "investment~", "budget*"], evidence.Select(e => e.Cue));
        Assert.Equal([2.5, 1, 1], evidence.Select(e => e.Weight));
    }

    [Fact]
    public void Salience_FollowsTheDocumentedFormula()
    {
        // One weight-1 cue in a unit of up to 60 words: the length is 60, 1 − exp(−10 · 1 / 60).
        var result = Score("one two three four five six seven eight nine investment", "en");
        Assert.Equal(Math.Round(1 - Math.Exp(-10.0 / 60), 4), result.ScoreOf("economic"));
        Assert.Equal(result.ScoreOf("economic"), Score("investment now", "en").ScoreOf("economic"));

        // 240 words: the length grows with the square root above 60 words, √(60 · 240) = 120, not 240.
        var words = string.Join(' ', Enumerable.Repeat("word", 239)) + " investment";
        Assert.Equal(Math.Round(1 - Math.Exp(-10.0 / 120), 4), Score(words, "en").ScoreOf("economic"));
    }

    [Theory]
    [InlineData(1, 60)]      // up to MinWords: a paragraph of 60 words
    [InlineData(60, 60)]
    [InlineData(240, 120)]   // √(60 · 240)
    [InlineData(960, 240)]
    public void LengthOf_GrowsWithTheSquareRootAboveAParagraph(int words, double expected) =>
        Assert.Equal(expected, new DictionaryFrameScorer(Small).LengthOf(words), 9);

    [Fact]
    public void LengthExponentOne_IsTheOldDensity()
    {
        var scorer = new DictionaryFrameScorer(Small, gain: 10, minWords: 8, lengthExponent: 1);
        var result = scorer.Score(TextPipeline.Default.Analyze("one two three four five six seven eight nine investment", "en"));
        Assert.Equal(Math.Round(1 - Math.Exp(-1.0), 4), result.ScoreOf("economic"));
    }

    [Theory]
    [InlineData(0, 8, 0.5, 16)]
    [InlineData(10, 0, 0.5, 16)]
    [InlineData(10, 8, 0, 16)]
    [InlineData(10, 8, 1.5, 16)]
    [InlineData(10, 8, 0.5, 0.5)]
    [InlineData(10, 8, 0.5, double.PositiveInfinity)]
    [InlineData(double.NaN, 8, 0.5, 16)]
    public void Constructor_RejectsConstantsOutOfRange(double gain, int minWords, double exponent, double reference) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new DictionaryFrameScorer(Small, gain, minWords, exponent, reference));

    [Fact]
    public void CueInSeveralFrames_CountsForEach()
    {
        var set = FrameSet.Create("multi", null, [Def("a"), Def("b")], [new FrameCue("a", "*", "tax*", 1), new FrameCue("b", "*", "tax*", 1)]);
        var result = new DictionaryFrameScorer(set).Score(TextPipeline.Default.Analyze("The taxes rose again this year.", "en"));
        Assert.Equal(2, result.Scores.Count);
        Assert.Equal(result.ScoreOf("a"), result.ScoreOf("b"));
        Assert.Equal("a", result.PrimaryFrame); // Ties keep the set's order.
    }

    [Fact]
    public void Scores_AreHighestFirst_TiesInSetOrder_EvidenceInTextOrder()
    {
        var set = FrameSet.Create("order", null, [Def("a"), Def("b"), Def("c"), Def("d")],
        [
            new FrameCue("a", "*", "alpha", 1),
            new FrameCue("b", "*", "beta", 1),
            new FrameCue("c", "*", "gamma", 3),
            new FrameCue("d", "*", "alpha", 1),
        ]);
        var result = new DictionaryFrameScorer(set).Score(TextPipeline.Default.Analyze("beta alpha gamma alpha beta", "en"));
        Assert.Equal(["c", "a", "b", "d"], result.Scores.Select(s => s.Frame));
        Assert.Equal(result.Scores[1].Score, result.Scores[2].Score);
        Assert.Equal([5, 17], result.Scores[1].Evidence.Select(e => e.Start));
        Assert.Equal([0, 23], result.Scores[2].Evidence.Select(e => e.Start));
        Assert.Same(result.Scores[1].Evidence[0].Text, result.Scores[3].Evidence[0].Text);
    }

    [Fact]
    public void Score_InParallel_EqualsSequential()
    {
        string[] texts =
        [
            "Due process and a fair trial for every investment in security.",
            "El debido proceso y la inversión en seguridad.",
            "The budgets, the budget and budgetary process.",
            "Nothing to see here.",
        ];
        string Run(int i)
        {
            var r = Scorer.Score(TextPipeline.Default.Analyze(texts[i % texts.Length], i % 4 == 1 ? "es" : "en"));
            return r.PrimaryFrame + "|" + string.Join(";", r.Scores.Select(s => s.Frame + "=" + s.Score + ":" + string.Join(",", s.Evidence.Select(e => $"{e.Start}+{e.Length}:{e.Text}/{e.Cue}={e.Weight}"))));
        }

        var sequential = Enumerable.Range(0, 400).Select(Run).ToArray();
        var parallel = new string[sequential.Length];
        Parallel.For(0, parallel.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => parallel[i] = Run(i));
        Assert.Equal(sequential, parallel);
    }

    public static TheoryData<string> AnyInput => new()
    {
        string.Empty,
        "   \n\t ",
        "😀😀😀 🔥🔥",
        "!!! ??? ... ---",
        "12345 67890",
        string.Concat(Enumerable.Repeat("due process investment budget security fair trial ", 20000)),
        string.Concat(Enumerable.Repeat("crime prison gang economy court judge rights ", 5000)),
        "#DueProcess #budget @someone https://example.test/x",
        new string('a', 100000),
    };

    [Theory]
    [MemberData(nameof(AnyInput))]
    public void Scores_StayInZeroOne_ForAnyInput(string text)
    {
        foreach (var scorer in new[] { Scorer, DictionaryFrameScorer.Default })
        {
            foreach (var language in new[] { "en", "es", "und" })
            {
                var result = scorer.Score(TextPipeline.Default.Analyze(text, language));
                Assert.All(result.Scores, s => Assert.InRange(s.Score, 0.0, 1.0));
                Assert.All(result.Scores, s => Assert.True(s.Score > 0 && double.IsFinite(s.Score)));
                Assert.Equal(result.Scores.Count == 0, result.PrimaryFrame is null);
                Assert.Equal(result.Scores.OrderByDescending(s => s.Score).Select(s => s.Score), result.Scores.Select(s => s.Score));
            }
        }
    }

    [Fact]
    public void BuiltInSet_ScoresTheSampleCases()
    {
        var en = DictionaryFrameScorer.Default.Score(TextPipeline.Default.Analyze("Critics say the mass arrests ignore due process and the right to a fair trial.", "en"));
        Assert.Equal("legality_constitutionality_jurisprudence", en.PrimaryFrame);
        var es = DictionaryFrameScorer.Default.Score(TextPipeline.Default.Analyze("Las inversiones extranjeras y el empleo crecieron en la provincia.", "es"));
        Assert.Equal("economic", es.PrimaryFrame);
    }
}
