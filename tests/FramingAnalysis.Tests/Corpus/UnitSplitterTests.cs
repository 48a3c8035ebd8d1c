namespace FramingAnalysis.Tests.Corpus;

public class UnitSplitterTests
{
    private static Article Make(params string[] paragraphs) => new()
    {
        Id = "a17",
        Source = "Wire",
        Language = "en",
        Title = "Headline",
        Paragraphs = paragraphs,
        Comments = [new Comment { Id = "c42", Text = "Great!", Author = "ana" }, new Comment { Id = "c43", Text = "No.", ParentId = "c42" }],
    };

    [Fact]
    public void Units_HaveStableIds_InReadingOrder()
    {
        var units = UnitSplitter.Default.Split(Make("One.", "Two."));
        Assert.Equal(["a17/title", "a17/p1", "a17/p2", "a17/c/c42", "a17/c/c43"], units.Select(u => u.UnitId));
        Assert.Equal([UnitKind.Title, UnitKind.Paragraph, UnitKind.Paragraph, UnitKind.Comment, UnitKind.Comment], units.Select(u => u.Kind));
        Assert.Equal([Voice.Outlet, Voice.Outlet, Voice.Outlet, Voice.Audience, Voice.Audience], units.Select(u => u.Voice));
        Assert.Equal("c42", units[4].ParentId);
    }

    [Theory]
    [InlineData("Valdoria will be safe again. #ManoFirme pic.twitter.com/Q7rTz2Lm9p\n— Marta Ibarra (@MartaIbarraV) March 3, 2026")]
    [InlineData("Valdoria volverá a ser segura. #ManoFirme 🇻🇪\n— Marta Ibarra (@MartaIbarraV) 3 de marzo de 2026")]
    [InlineData("We have seen the future. pic.twitter.com/AbC123xy")]
    [InlineData("Hemos visto el futuro\n-- Marta Ibarra (@MartaIbarraV) 3 de marzo de 2026")]
    public void EmbeddedPosts_AreQuotedVoice_InBothLanguages(string paragraph)
    {
        var units = UnitSplitter.Default.Split(Make("Intro paragraph of the report.", paragraph));
        var post = units.Single(u => u.UnitId == "a17/p2");
        Assert.Equal(UnitKind.EmbeddedPost, post.Kind);
        Assert.Equal(Voice.Embedded, post.Voice);
        Assert.Equal(UnitKind.Paragraph, units.Single(u => u.UnitId == "a17/p1").Kind);
    }

    [Fact]
    public void AttributionLineAlone_PullsTheShortPostBeforeItIntoTheEmbeddedPost()
    {
        var units = UnitSplitter.Default.Split(Make("Long report paragraph.", "The future of security is here.", "— Marta Ibarra (@MartaIbarraV) March 3, 2026"));
        Assert.Equal(UnitKind.EmbeddedPost, units.Single(u => u.UnitId == "a17/p2").Kind);
        Assert.Equal(UnitKind.EmbeddedPost, units.Single(u => u.UnitId == "a17/p3").Kind);
        Assert.Equal("Marta Ibarra", units.Single(u => u.UnitId == "a17/p3").Author);
    }

    [Theory]
    [InlineData("Listen to this story")]
    [InlineData("Share this article")]
    [InlineData("Related coverage")]
    [InlineData("Related coverage: Valdoria's leader visits El Faro")]
    [InlineData("Advertisement")]
    [InlineData("23 Comments")]
    [InlineData("Lee también: Ibarra visita la megacárcel")]
    [InlineData("LEE TAMBIEN")]
    [InlineData("Comparte esta nota")]
    [InlineData("Publicidad")]
    [InlineData("Comentarios (3)")]
    public void PageChrome_IsBoilerplate_AndNotScored(string paragraph)
    {
        var unit = UnitSplitter.Default.Split(Make("Body.", paragraph)).Single(u => u.UnitId == "a17/p2");
        Assert.Equal(UnitKind.Boilerplate, unit.Kind);
        Assert.False(unit.IsScored);
    }

    [Fact]
    public void LongParagraphStartingWithChromeWords_IsStillAParagraph()
    {
        var text = "Read more than forty pages of the court ruling and you find that the judges questioned every single detention order issued under the emergency decree, one by one, without exception.";
        var unit = UnitSplitter.Default.Split(Make(text)).Single(u => u.UnitId == "a17/p1");
        Assert.Equal(UnitKind.Paragraph, unit.Kind);
    }
}
