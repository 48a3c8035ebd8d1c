using System.Text;

namespace FramingAnalysis.Tests.Corpus;

public class CsvReaderBadInputTests
{
    private const string Header = "id,source,language,published,title,url,text\n";

    private static LoadedCorpus Load(TempDir dir) => FramingAnalysis.Corpus.Load(dir.Path);

    [Fact]
    public void Reader_ReportsLineAndFieldOfUnbalancedQuote_AndKeepsReadingLaterRecords()
    {
        using var dir = new TempDir();
        dir.File("articles.csv", Header +
            "a1,Wire,en,,Fine title,,\"First paragraph.\"\n" +
            "a2,Wire,en,,\"Broken title,,Body text\n" +
            "a3,Wire,en,,Third,,Body three\n");
        var corpus = Load(dir);

        var problem = Assert.Single(corpus.Problems);
        Assert.Contains("articles.csv:3:", problem.ToString());
        Assert.Equal("title", problem.Field);
        Assert.Contains("unbalanced quote", problem.Message);
        Assert.Equal(["a1", "a3"], corpus.Articles.Select(a => a.Id));
        Assert.Equal(3, corpus.Problems.ArticlesPresent);
        Assert.Equal(1, corpus.Problems.ArticlesRejected);
    }

    [Fact]
    public void Reader_ReportsStrayQuoteInsideUnquotedField()
    {
        using var dir = new TempDir();
        dir.File("articles.csv", Header + "a1,Wi\"re,en,,T,,Body\na2,Wire,en,,T,,Body\n");
        var corpus = Load(dir);

        var problem = Assert.Single(corpus.Problems);
        Assert.Equal("source", problem.Field);
        Assert.Equal(2, problem.Line);
        Assert.Equal(["a2"], corpus.Articles.Select(a => a.Id));
    }

    [Fact]
    public void Reader_RejectsMissingId_NamingFileLineAndField()
    {
        using var dir = new TempDir();
        dir.File("articles.csv", Header + "a1,Wire,en,,T,,Body\n,Wire,en,,T,,Body without id\n");
        var corpus = Load(dir);

        var problem = Assert.Single(corpus.Problems);
        Assert.EndsWith("articles.csv:3: error: id: missing id: every article needs a non-empty id", problem.ToString());
        Assert.Single(corpus.Articles);
    }

    [Fact]
    public void Reader_ReportsDuplicateIds_NeverOverwrites()
    {
        using var dir = new TempDir();
        dir.File("articles.csv", Header + "a1,Wire,en,,First,,Body one\na1,Wire,en,,Second,,Body two\n");
        var corpus = Load(dir);

        var article = Assert.Single(corpus.Articles);
        Assert.Equal("First", article.Title);
        var problem = Assert.Single(corpus.Problems);
        Assert.Equal("id", problem.Field);
        Assert.Equal(3, problem.Line);
        Assert.Contains("duplicate id 'a1'", problem.Message);
        Assert.Contains("articles.csv:2", problem.Message);
    }

    [Fact]
    public void Reader_WarnsOnUnknownLanguageCode_AndLeavesItToDetection()
    {
        using var dir = new TempDir();
        dir.File("articles.csv", Header + "a1,Wire,english,,T,,Body\na2,Wire,ES-mx,,T,,Cuerpo\n");
        var corpus = Load(dir);

        Assert.Equal(2, corpus.Articles.Count);
        Assert.Null(corpus.Articles[0].Language);
        Assert.Equal("es-MX", corpus.Articles[1].Language);
        var problem = Assert.Single(corpus.Problems);
        Assert.Equal(ProblemSeverity.Warning, problem.Severity);
        Assert.Equal("language", problem.Field);
        Assert.Contains("unknown language code 'english'", problem.ToString());
        Assert.Contains("articles.csv:2:", problem.ToString());
    }

    [Fact]
    public void Reader_RejectsEmptyText()
    {
        using var dir = new TempDir();
        dir.File("articles.csv", Header + "a1,Wire,en,,,,\"  \n\n \"\na2,Wire,en,,T,,Body\n");
        var corpus = Load(dir);

        var problem = Assert.Single(corpus.Problems);
        Assert.Equal(("text", 2L), (problem.Field, problem.Line));
        Assert.Contains("empty text", problem.Message);
        Assert.Equal(["a2"], corpus.Articles.Select(a => a.Id));
    }

    [Fact]
    public void Reader_RejectsInvalidUtf8_NamingTheField()
    {
        using var dir = new TempDir();
        var bytes = new List<byte>(Encoding.UTF8.GetBytes(Header + "a1,Wire,en,,T,,Good body\na2,Wire,en,,T,,Bad "));
        bytes.AddRange([0xC3, 0x28, 0xFF]);
        bytes.AddRange(Encoding.UTF8.GetBytes(" body\na3,Wire,en,,T,,Good again\n"));
        dir.Bytes("articles.csv", [.. bytes]);
        var corpus = Load(dir);

        var problem = Assert.Single(corpus.Problems);
        Assert.Equal(("text", 3L), (problem.Field, problem.Line));
        Assert.Contains("invalid UTF-8", problem.Message);
        Assert.Equal(["a1", "a3"], corpus.Articles.Select(a => a.Id));
    }

    [Fact]
    public void Reader_RejectsCommentsWhoseArticleDoesNotExist()
    {
        using var dir = new TempDir();
        dir.File("articles.csv", Header + "a1,Wire,en,,T,,Body\n");
        dir.File("comments.csv", "article_id,id,author,published,text,parent_id\na1,c1,ana,,Nice,\nzz,c1,bob,,Orphan,\n");
        var corpus = Load(dir);

        Assert.Single(corpus.Articles[0].Comments);
        var problem = Assert.Single(corpus.Problems);
        Assert.Contains("comments.csv:3: error: article_id:", problem.ToString());
        Assert.Contains("'zz'", problem.Message);
        Assert.Equal((1, 1), (corpus.Problems.CommentsRead, corpus.Problems.CommentsRejected));
    }

    [Fact]
    public void Reader_RejectsA50MegabyteLine_AndReadsTheRecordsAroundIt()
    {
        using var dir = new TempDir();
        var huge = new string('x', 50 * 1024 * 1024);
        dir.File("articles.csv", Header + "a1,Wire,en,,T,,Before\na2,Wire,en,,T,," + huge + "\na3,Wire,en,,T,,After\n");
        var corpus = Load(dir);

        var problem = Assert.Single(corpus.Problems);
        Assert.Equal(("text", 3L), (problem.Field, problem.Line));
        Assert.Contains("over the limit", problem.Message);
        Assert.Equal(["a1", "a3"], corpus.Articles.Select(a => a.Id));
    }

    [Fact]
    public void StrictMode_ThrowsOnFirstProblem_WithFileLineAndField()
    {
        using var dir = new TempDir();
        dir.File("articles.csv", Header + ",Wire,en,,T,,Body\n");
        var ex = Assert.Throws<CorpusFormatException>(() => FramingAnalysis.Corpus.Load(dir.Path, new CorpusReadOptions { Strict = true }));
        Assert.Contains("articles.csv:2: error: id:", ex.Message);
    }

    [Fact]
    public void UnknownColumns_GoToMetadata()
    {
        using var dir = new TempDir();
        dir.File("articles.csv", "id,source,language,published,title,url,text,country\na1,Wire,en,,T,,Body,Valdoria\n");
        var corpus = Load(dir);
        Assert.Equal("Valdoria", corpus.Articles[0].Metadata["country"]);
    }
}
