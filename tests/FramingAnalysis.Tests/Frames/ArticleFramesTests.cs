using FramingAnalysis.Analysis;
using FramingAnalysis.Comparison;
using FramingAnalysis.Frames;

namespace FramingAnalysis.Tests.Frames;

/// <summary>The article-level frame vector, and its agreement with the comparison's per-article vectors.</summary>
public class ArticleFramesTests
{
    private static readonly FrameSet Set = FrameSet.Create("t", null,
        [new FrameDefinition("a"), new FrameDefinition("b")], []);

    private static UnitAnalysis Unit(UnitKind kind, int index, params (string Frame, double Score)[] scores)
    {
        var unit = new TextUnit { UnitId = $"x/{index}", ArticleId = "x", Source = "s", Kind = kind, Index = index, Text = "t" };
        var list = scores.Select(s => new FrameScore(s.Frame, s.Score, [])).OrderByDescending(s => s.Score).ToList();
        return new UnitAnalysis(unit, "en", 1, null, [], new FrameResult(list, list.FirstOrDefault()?.Frame));
    }

    private static ArticleAnalysis Article(params UnitAnalysis[] units) =>
        new(new Article { Id = "x", Source = "s", Paragraphs = ["t"] }, units);

    [Fact]
    public void TitleCountsTwiceByDefault_AndFramelessUnitsCountInTheDenominator()
    {
        var article = Article(
            Unit(UnitKind.Title, 0, ("a", 0.6)),
            Unit(UnitKind.Paragraph, 1, ("a", 0.3), ("b", 0.9)),
            Unit(UnitKind.Paragraph, 2),
            Unit(UnitKind.Comment, 3, ("b", 1.0)));
        var v = ArticleFrames.Compute(article, Set);
        Assert.Equal(4.0, v.TotalWeight);
        Assert.Equal(((2 * 0.6) + 0.3) / 4, v.ScoreOf("a"), 12);
        Assert.Equal(0.9 / 4, v.ScoreOf("b"), 12);
        Assert.Equal("a", v.PrimaryFrame);

        var equal = ArticleFrames.Compute(article, Set, titleWeight: 1);
        Assert.Equal((0.6 + 0.3) / 3, equal.ScoreOf("a"), 12);
        Assert.Equal(0, ArticleFrames.Compute(article, Set, titleWeight: 0).ScoreOf("a") - (0.3 / 2), 12);
    }

    [Fact]
    public void NoOutletUnit_GivesZeros()
    {
        var v = ArticleFrames.Compute(Article(Unit(UnitKind.Comment, 1, ("a", 1))), Set);
        Assert.Equal([0.0, 0.0], v.Scores);
        Assert.Equal(0, v.TotalWeight);
        Assert.Null(v.PrimaryFrame);
    }

    [Theory]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void BadTitleWeight_Throws(double weight) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ArticleFrames.Compute(Article(), Set, weight));

    [Theory]
    [InlineData(2.0)]
    [InlineData(1.0)]
    [InlineData(3.5)]
    public void AgreesWithTheComparisonsArticleVectors(double titleWeight)
    {
        Assert.Equal(ArticleFrames.DefaultTitleWeight, new ComparisonOptions().TitleWeight);
        var analyzer = FramingAnalyzer.Create(new AnalyzerOptions());
        var options = new ComparisonOptions { TitleWeight = titleWeight, Resamples = 10, Permutations = 10 };
        var layout = new ComparisonLayout(FrameSet.PolicyFrames.Frames.Select(f => f.Id).ToList(), [], options);
        foreach (var article in FramingAnalysis.Corpus.Load(RepoPaths.Corpus).Articles.Take(6))
        {
            var analysis = analyzer.Analyze(article);
            var accumulator = new GroupAccumulator("g", layout);
            accumulator.Add(analysis);
            Assert.Equal(1, accumulator.Articles.Count);
            var data = new double[layout.DataLength];
            accumulator.Articles.Read(0, data);
            var vector = ArticleFrames.Compute(analysis, FrameSet.PolicyFrames, titleWeight);
            Assert.Equal(vector.Scores, data.Take(vector.Scores.Count));
        }
    }
}
