using FramingAnalysis.Cli;

namespace FramingAnalysis.Tests.Corpus;

/// <summary>Issue 20, item 4: JSON arrays, TSV, and CSV/TSV column mapping.</summary>
public class MoreInputsTests
{
    [Fact]
    public void JsonArray_IsACorpus_AndProblemsNameTheLineOfTheObject()
    {
        using var dir = new TempDir();
        var file = dir.File("articles.json", """
            [
              {"id": "j1", "source": "Wire", "language": "en", "title": "Prison opens",
               "paragraphs": ["The prison opened on Monday."], "comments": [{"id": "c1", "text": "Good."}]},
              {"id": "j2", "source": "Wire", "title": "Only a headline"},
              {"id": "", "source": "Wire", "text": "No id here."}
            ]
            """);
        var corpus = FramingAnalysis.Corpus.Load(file);

        Assert.Equal(CorpusFormat.JsonArray, corpus.Format);
        Assert.Equal(["j1", "j2"], corpus.Articles.Select(a => a.Id));
        Assert.Equal("Good.", corpus.Articles[0].Comments.Single().Text);
        var problem = Assert.Single(corpus.Problems);
        Assert.Equal(("id", 5L), (problem.Field, problem.Line));
        Assert.Equal((2, 1), (corpus.Problems.ArticlesRead, corpus.Problems.ArticlesRejected));
    }

    [Fact]
    public void JsonArray_ObjectWithArticlesArray_AndAFolderWithArticlesJson_AreRead()
    {
        using var dir = new TempDir();
        dir.File("articles.json", """{"articles": [{"id": "j1", "source": "Wire", "text": "One."}]}""");
        dir.File("targets.json", "[]");
        var corpus = FramingAnalysis.Corpus.Load(dir.Path);

        Assert.Equal(CorpusFormat.JsonArray, corpus.Format);
        Assert.Equal("j1", Assert.Single(corpus.Articles).Id);
    }

    [Fact]
    public void JsonArray_BrokenJson_IsOneProblemWithItsLine()
    {
        using var dir = new TempDir();
        var file = dir.File("a.json", "[\n{\"id\": \"j1\", \"source\": \"W\", \"text\": \"One.\"},\n{\"id\": \"j2\", \"source\": \n");
        var corpus = FramingAnalysis.Corpus.Load(file);

        Assert.Equal(["j1"], corpus.Articles.Select(a => a.Id));
        var problem = Assert.Single(corpus.Problems);
        Assert.Equal("record", problem.Field);
        Assert.Contains("not valid JSON", problem.Message, StringComparison.Ordinal);
        Assert.True(problem.Line >= 3, problem.ToString());
    }

    [Fact]
    public void Tsv_FileAndFolder_AreRead_WithCommentsTsv()
    {
        using var dir = new TempDir();
        dir.File("articles.tsv", "id\tsource\tlanguage\ttitle\ttext\nt1\tHeraldo\tes\tLa cárcel abre\tLa cárcel abrió el lunes, dijo el ministro.\n");
        dir.File("comments.tsv", "article_id\tid\tauthor\ttext\nt1\tc1\tana\tQué bien.\n");
        var corpus = FramingAnalysis.Corpus.Load(dir.Path);

        Assert.Equal(CorpusFormat.Tsv, corpus.Format);
        var article = Assert.Single(corpus.Articles);
        Assert.Equal(["La cárcel abrió el lunes, dijo el ministro."], article.Paragraphs);
        Assert.Equal(("ana", "Qué bien."), (article.Comments[0].Author, article.Comments[0].Text));
        Assert.Equal(CorpusFormat.Tsv, FramingAnalysis.Corpus.Load(Path.Combine(dir.Path, "articles.tsv")).Format);
    }

    [Fact]
    public void MissingTextColumn_IsOneClearProblem_NamingWhatWasFound()
    {
        using var dir = new TempDir();
        dir.File("articles.csv", "id,source,body\na1,Wire,First body.\na2,Wire,Second body.\n");
        var corpus = FramingAnalysis.Corpus.Load(dir.Path);

        Assert.Empty(corpus.Articles);
        var problem = Assert.Single(corpus.Problems);
        Assert.Equal(("text", 1L), (problem.Field, problem.Line));
        Assert.Equal("articles.csv: no 'text' column; found id, source, body; use --text-column (CorpusReadOptions.Columns)", problem.Message);
        Assert.Equal(2, corpus.Problems.ArticlesPresent);
    }

    [Fact]
    public void ColumnMapping_ReadsABodyColumn()
    {
        using var dir = new TempDir();
        dir.File("articles.csv", "doc,outlet,body\na1,Wire,First body.\n");
        var options = new CorpusReadOptions { Columns = new CorpusColumns { Id = "doc", Source = "outlet", Text = "body" } };
        var corpus = FramingAnalysis.Corpus.Load(dir.Path, options);

        Assert.Empty(corpus.Problems);
        var article = Assert.Single(corpus.Articles);
        Assert.Equal(("a1", "Wire", "First body."), (article.Id, article.Source, article.Paragraphs[0]));
    }

    [Fact]
    public async Task Cli_ColumnOptions_MapColumns_AndTheMissingColumnErrorIsPrinted()
    {
        using var dir = new TempDir();
        dir.File("articles.csv", "id,source,body\na1,Wire,First body.\n");
        var output = new StringWriter();
        var error = new StringWriter();

        var bad = await FramingCli.RunAsync(["corpus", dir.Path, "--strict"], output, error);
        Assert.Equal(FramingCli.InputProblems, bad);
        Assert.Contains("no 'text' column; found id, source, body; use --text-column", output.ToString() + error.ToString(), StringComparison.Ordinal);

        output = new StringWriter();
        var good = await FramingCli.RunAsync(["corpus", dir.Path, "--text-column", "body", "--strict"], output, error);
        Assert.Equal(FramingCli.Ok, good);
    }
}
