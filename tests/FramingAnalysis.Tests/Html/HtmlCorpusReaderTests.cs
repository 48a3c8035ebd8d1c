using FramingAnalysis.Cli;
using FramingAnalysis.Html;

namespace FramingAnalysis.Tests.Html;

/// <summary>Issue 20, item 2: saved web pages as a corpus (FramingAnalysis.Html).</summary>
public class HtmlCorpusReaderTests
{
    static HtmlCorpusReaderTests() => HtmlCorpusReader.Register();

    [Fact]
    public void JsonLdInAGraph_GivesHeadlineAuthorsDateAndLanguage_WhenThePageHasNoH1()
    {
        var page = HtmlCorpusReader.ParsePage("""
            <html><head><title>Site title | Outlet</title>
            <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Outlet"},
              {"@type":["NewsArticle"],"headline":"Port reopens after strike","datePublished":"2026-04-20T09:00:00Z","inLanguage":"en",
               "author":[{"@type":"Person","name":"Jane Holloway"},{"@type":"Person","name":"Tom Reyes"}],"publisher":{"name":"The Outlet"}}]}</script>
            </head><body><article><p>Cranes moved again on Monday.</p></article></body></html>
            """);

        Assert.Equal(("Port reopens after strike", "Jane Holloway, Tom Reyes", "2026-04-20T09:00:00Z", "en"), (page.Title, page.Byline, page.Published, page.Language));
        Assert.Equal("The Outlet", page.SiteName);
        Assert.Equal(["Cranes moved again on Monday."], page.Paragraphs);
    }

    [Fact]
    public void MetaTags_AreTheFallback_AndBrokenJsonLdIsIgnored()
    {
        var page = HtmlCorpusReader.ParsePage("""
            <html lang="es"><head><meta property="og:title" content="La terminal vuelve a operar">
            <meta property="article:published_time" content="2026-04-20T09:00:00-05:00"><meta name="author" content="Rosa Díaz">
            <script type="application/ld+json">{ not json</script></head>
            <body><main><p>Las grúas volvieron a moverse el lunes.</p></main></body></html>
            """);

        Assert.Equal(("La terminal vuelve a operar", "Rosa Díaz", "2026-04-20T09:00:00-05:00", "es"), (page.Title, page.Byline, page.Published, page.Language));
    }

    [Fact]
    public void Chrome_IsDropped_EmbedsKeepTheirAttribution_BrIsALineBreak()
    {
        var page = HtmlCorpusReader.ParsePage("""
            <body><nav>Home Politics</nav><article><h1>Title</h1>
            <div class="share-tools">Share</div><p>First   paragraph
            of the story.</p><div class="ad-container">Advertisement</div>
            <blockquote class="twitter-tweet"><p lang="en">Line one<br>line two <a href="#">pic.twitter.com/AbC123</a></p>&mdash; Marta Ibarra (@MartaIbarraV) <a href="#">March 3, 2026</a></blockquote>
            <aside>Most read</aside><p>Last paragraph.</p></article><footer>(c) 2026</footer></body>
            """);

        Assert.Equal(
            ["First paragraph of the story.", "Line one\nline two pic.twitter.com/AbC123\n— Marta Ibarra (@MartaIbarraV) March 3, 2026", "Last paragraph."],
            page.Paragraphs);
    }

    [Fact]
    public void FacebookEmbed_IsOnePostWithItsAttribution()
    {
        var page = HtmlCorpusReader.ParsePage("""
            <body><article><h1>T</h1><p>Body.</p>
            <div class="fb-post" data-href="https://facebook.example.test/x"><blockquote cite="https://facebook.example.test/x" class="fb-xfbml-parse-ignore">
            <p>Hoy en El Faro.</p>Publicado por <a href="#">Marta Ibarra</a> el <a href="#">martes, 3 de marzo de 2026</a></blockquote></div>
            </article></body>
            """);

        Assert.Equal(["Body.", "Hoy en El Faro.\nPublicado por Marta Ibarra el martes, 3 de marzo de 2026"], page.Paragraphs);
        var units = UnitSplitter.Default.Split(new Article { Id = "a", Source = "s", Paragraphs = page.Paragraphs });
        Assert.Equal(UnitKind.EmbeddedPost, units[1].Kind);
    }

    [Fact]
    public void NestedReplies_AreCommentsOfTheirOwn_WithTheirOwnAuthors()
    {
        var page = HtmlCorpusReader.ParsePage("""
            <body><article><h1>T</h1><p>Body.</p></article>
            <section id="comments"><h2>2 Comments</h2>
            <div class="comment" data-comment-id="a1"><span class="username">Ana</span><p>Top comment.</p>
              <div class="comment" data-comment-id="a2"><span class="username">Ben</span><p>A reply.</p></div></div>
            </section></body>
            """);

        Assert.Equal("2 Comments", page.CommentHeader);
        Assert.Equal([("a1", "Ana", "Top comment.", null), ("a2", "Ben", "A reply.", "a1")], page.Comments.Select(c => (c.Id, c.Author, c.Text, c.ParentId)));
        Assert.Equal(["Body."], page.Paragraphs);
    }

    [Fact]
    public void PageWithNothingToRead_IsRejected_NamingTheFile()
    {
        using var dir = new TempDir();
        dir.File("Outlet/empty.html", "<html><body><nav>Home</nav></body></html>");
        dir.File("Outlet/good.htm", "<html><body><h1>Headline only</h1></body></html>");
        var corpus = FramingAnalysis.Corpus.Load(dir.Path);

        Assert.Equal(CorpusFormat.Html, corpus.Format);
        Assert.Equal(["good"], corpus.Articles.Select(a => a.Id));
        Assert.Equal("Outlet", corpus.Articles[0].Source);
        var problem = Assert.Single(corpus.Problems);
        Assert.EndsWith("empty.html", problem.File, StringComparison.Ordinal);
        Assert.Equal("text", problem.Field);
    }

    [Fact]
    public async Task FramingTool_ReadsAFolderOfPages()
    {
        using var dir = new TempDir();
        dir.File("Outlet/p1.html", "<html lang='en'><body><article><h1>Port reopens</h1><p>Cranes moved again on Monday.</p></article></body></html>");
        var output = new StringWriter();

        var code = await FramingCli.RunAsync(["corpus", dir.Path, "--strict"], output, new StringWriter());

        Assert.Equal(FramingCli.Ok, code);
        Assert.Contains("Articles: 1", output.ToString(), StringComparison.Ordinal);
    }
}
