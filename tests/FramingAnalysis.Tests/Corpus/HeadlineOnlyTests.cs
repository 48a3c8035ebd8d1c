namespace FramingAnalysis.Tests.Corpus;

/// <summary>Issue 20, item 3: a headline dataset (a title and no body) is valid, and its title is scored.</summary>
public class HeadlineOnlyTests
{
    [Fact]
    public void CsvRecordWithTitleAndNoText_IsRead_AndItsTitleIsScored()
    {
        using var dir = new TempDir();
        dir.File("articles.csv", "id,source,language,title,text\nh1,Wire,en,Prison opens to praise and alarm,\nh2,Wire,en,,\n");
        var corpus = FramingAnalysis.Corpus.Load(dir.Path);

        var article = Assert.Single(corpus.Articles);
        Assert.Equal(("h1", 0), (article.Id, article.Paragraphs.Count));
        var problem = Assert.Single(corpus.Problems);
        Assert.Equal(("text", 3L), (problem.Field, problem.Line));
        Assert.Contains("no title and no paragraphs", problem.Message, StringComparison.Ordinal);

        var analysis = FramingAnalysis.Analysis.FramingAnalyzer.Create(new FramingAnalysis.Analysis.AnalyzerOptions()).Analyze(article);
        var unit = Assert.Single(analysis.Units);
        Assert.Equal(UnitKind.Title, unit.Unit.Kind);
        Assert.NotNull(unit.Sentiment);
        Assert.NotNull(unit.Frames);
    }

    [Fact]
    public void JsonlRecordWithTitleOnly_IsRead()
    {
        using var dir = new TempDir();
        dir.File("a.jsonl", "{\"id\":\"h1\",\"source\":\"Heraldo\",\"language\":\"es\",\"title\":\"La megacárcel abre sus puertas\"}\n");
        var corpus = FramingAnalysis.Corpus.Load(Path.Combine(dir.Path, "a.jsonl"));

        Assert.Empty(corpus.Problems);
        Assert.Equal("La megacárcel abre sus puertas", Assert.Single(corpus.Articles).Title);
    }
}
