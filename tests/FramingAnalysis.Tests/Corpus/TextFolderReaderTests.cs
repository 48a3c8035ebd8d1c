namespace FramingAnalysis.Tests.Corpus;

public class TextFolderReaderTests
{
    [Fact]
    public void Folder_GivesSourceFromSubfolder_IdFromFileName_AndTitleWhenItLooksLikeOne()
    {
        using var dir = new TempDir();
        dir.File("Gazette/g1.txt", "Prison opens in the capital\n\nThe prison opened on Monday.\n\nOfficials said it holds 40,000 inmates.");
        dir.File("Heraldo/h1.md", "# La megacárcel abre sus puertas\n\nLa cárcel abrió el lunes.");
        dir.File("Gazette/g2.txt", "This first line ends with a period.\n\nSecond paragraph.");
        var corpus = FramingAnalysis.Corpus.Load(dir.Path);

        Assert.Equal(CorpusFormat.TextFolder, corpus.Format);
        var g1 = corpus.Articles.Single(a => a.Id == "g1");
        Assert.Equal(("Gazette", "Prison opens in the capital"), (g1.Source, g1.Title));
        Assert.Equal(2, g1.Paragraphs.Count);
        var h1 = corpus.Articles.Single(a => a.Id == "h1");
        Assert.Equal(("Heraldo", "La megacárcel abre sus puertas"), (h1.Source, h1.Title));
        var g2 = corpus.Articles.Single(a => a.Id == "g2");
        Assert.Null(g2.Title);
        Assert.Equal(2, g2.Paragraphs.Count);
    }

    [Theory]
    [InlineData("23 Comments")]
    [InlineData("## Comments")]
    [InlineData("Comentarios")]
    [InlineData("Comentarios (3)")]
    [InlineData("1,024 comments")]
    public void CommentHeader_StartsTheCommentsInPlainTextArticles(string header)
    {
        using var dir = new TempDir();
        dir.File("Wire/w1.txt", $"Title here\n\nBody paragraph one.\n\n{header}\n\nFirst comment!\n\nSegundo comentario.");
        var article = Assert.Single(FramingAnalysis.Corpus.Load(dir.Path).Articles);

        Assert.Equal(["Body paragraph one."], article.Paragraphs);
        Assert.Equal(["First comment!", "Segundo comentario."], article.Comments.Select(c => c.Text));
        Assert.Equal(["c1", "c2"], article.Comments.Select(c => c.Id));
    }

    [Fact]
    public void InvalidUtf8File_IsRejectedWithItsLine()
    {
        using var dir = new TempDir();
        dir.Bytes("Wire/bad.txt", [.. "Title\n\nLine two\n"u8.ToArray(), 0xFF, .. "x"u8.ToArray()]);
        dir.File("Wire/good.txt", "Title\n\nFine.");
        var corpus = FramingAnalysis.Corpus.Load(dir.Path);

        var problem = Assert.Single(corpus.Problems);
        Assert.Equal(("text", 4L), (problem.Field, problem.Line));
        Assert.EndsWith("bad.txt", problem.File);
        Assert.Equal(["good"], corpus.Articles.Select(a => a.Id));
    }
}
