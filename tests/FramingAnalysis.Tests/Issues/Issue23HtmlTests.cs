using FramingAnalysis.Html;

namespace FramingAnalysis.Tests.Issues;

/// <summary>Issue 23 for the saved-pages reader (FramingAnalysis.Html): link loops do not hang it, oversized pages are one problem.</summary>
public class Issue23HtmlTests
{
    static Issue23HtmlTests() => HtmlCorpusReader.Register();

    private const string Page = "<html><head><title>Port reopens</title></head><body><article><h1>Port reopens</h1><p>Cranes moved again on Monday.</p></article></body></html>";

    [Fact]
    public void Case4_SymlinkLoopInAFolderOfPages_IsNotFollowed()
    {
        using var dir = new TempDir();
        dir.File("Wire/p1.html", Page);
        Directory.CreateSymbolicLink(Path.Combine(dir.Path, "Wire", "loop"), dir.Path);

        var corpus = FramingAnalysis.Corpus.Load(dir.Path);

        Assert.Equal(CorpusFormat.Html, corpus.Format);
        Assert.Equal("p1", Assert.Single(corpus.Articles).Id);
    }

    [Fact]
    public void Case5_PageOverMaxFileBytes_IsOneProblem_AndTheRestIsRead()
    {
        using var dir = new TempDir();
        dir.File("Wire/p1.html", Page);
        dir.File("Wire/big.html", Page.Replace("Cranes", new string('x', 50_000), StringComparison.Ordinal));

        var corpus = FramingAnalysis.Corpus.Load(dir.Path, new CorpusReadOptions { MaxFileBytes = 10_000 });

        Assert.Equal("p1", Assert.Single(corpus.Articles).Id);
        Assert.Equal("big", Assert.Single(corpus.Problems).RecordId);
    }
}
