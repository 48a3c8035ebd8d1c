namespace FramingAnalysis.Tests.Corpus;

/// <summary>Issue 20, item 1: text as copied or scraped from a news page.</summary>
public class ScrapedTextTests
{
    private const string EnglishPage = """
        Listen to the article
        Valdoria weighs a mega-prison of its own
        By Jane Holloway
        March 5, 2026
        Valdoria's government sent Congress a bill on Thursday for a prison with room for 20,000 inmates.
        The proposal would allow detention without charge for up to 15 days.

        Critics said the plan copies the worst parts of the Costa Serena model.
        Share
        Supporters answered that the homicide rate demands urgent action.
        What comes next
        Congress will debate the bill next week.
        Advertisement

        The vote is expected before the end of the month.
        3 Comments
        This is a disgrace.
        Finally someone is doing something!
        Who will pay for it?
        """;

    [Fact]
    public void PastedPage_GivesHeadlineParagraphsChromeAndComments_StrayBlankLinesMergeNothing()
    {
        var parsed = ArticleText.Parse(EnglishPage, detectTitle: true, detectComments: true);

        Assert.Equal("Valdoria weighs a mega-prison of its own", parsed.Title);
        Assert.Equal(
            [
                "Listen to the article", "By Jane Holloway", "March 5, 2026",
                "Valdoria's government sent Congress a bill on Thursday for a prison with room for 20,000 inmates.",
                "The proposal would allow detention without charge for up to 15 days.",
                "Critics said the plan copies the worst parts of the Costa Serena model.",
                "Share",
                "Supporters answered that the homicide rate demands urgent action.",
                "What comes next",
                "Congress will debate the bill next week.",
                "Advertisement",
                "The vote is expected before the end of the month.",
            ],
            parsed.Paragraphs);
        Assert.Equal(["This is a disgrace.", "Finally someone is doing something!", "Who will pay for it?"], parsed.Comments.Select(c => c.Text));
        Assert.Equal(("3 Comments", 3), (parsed.CommentHeader, parsed.DeclaredCommentCount));
    }

    [Fact]
    public void PastedPage_ChromeBylineAndDateAreBoilerplate_ThatIsNotScored()
    {
        var article = new Article { Id = "a1", Source = "S", Paragraphs = ArticleText.Parse(EnglishPage, true, true).Paragraphs };
        var units = UnitSplitter.Default.Split(article);
        var boilerplate = units.Where(u => u.Kind == UnitKind.Boilerplate).Select(u => u.Text).ToList();

        Assert.Equal(["Listen to the article", "By Jane Holloway", "March 5, 2026", "Share", "Advertisement"], boilerplate);
        Assert.All(units.Where(u => u.Kind == UnitKind.Boilerplate), u => Assert.False(u.IsScored));
        Assert.Equal(UnitKind.Paragraph, units.Single(u => u.Text == "What comes next").Kind);
    }

    [Fact]
    public void Analyzer_GivesBoilerplateNoScores_AndScoresTheRest()
    {
        var parsed = ArticleText.Parse(EnglishPage, detectTitle: true, detectComments: true);
        var article = new Article { Id = "a1", Source = "S", Language = "en", Title = parsed.Title, Paragraphs = parsed.Paragraphs };
        var analysis = FramingAnalysis.Analysis.FramingAnalyzer.Create(new FramingAnalysis.Analysis.AnalyzerOptions()).Analyze(article);

        Assert.All(analysis.Units.Where(u => u.Unit.Kind == UnitKind.Boilerplate), u => Assert.Null(u.Sentiment));
        Assert.All(analysis.Units.Where(u => u.Unit.Kind == UnitKind.Boilerplate), u => Assert.Null(u.Frames));
        Assert.All(analysis.Units.Where(u => u.Unit.Kind != UnitKind.Boilerplate), u => Assert.NotNull(u.Sentiment));
        Assert.Equal(5, analysis.Units.Count(u => u.Unit.Kind == UnitKind.Boilerplate));
    }

    [Theory]
    [InlineData("Listen to the article")]
    [InlineData("Share")]
    [InlineData("Advertisement")]
    [InlineData("Read more")]
    [InlineData("Escuchar")]
    [InlineData("Compartir")]
    [InlineData("Publicidad")]
    [InlineData("We use cookies to improve your experience. Accept all cookies")]
    [InlineData("Utilizamos cookies propias y de terceros para mejorar nuestros servicios.")]
    [InlineData("Subscribe to our newsletter")]
    [InlineData("Suscríbete a nuestro boletín")]
    [InlineData("By Jane Holloway and Tom Reyes")]
    [InlineData("Por María Fernanda López")]
    [InlineData("March 3, 2026")]
    [InlineData("Tuesday, March 3, 2026 10:15 a.m. ET")]
    [InlineData("3 de marzo de 2026")]
    [InlineData("Martes, 3 de marzo de 2026 - 10:15")]
    [InlineData("Updated March 3, 2026 at 9:40 a.m.")]
    [InlineData("Actualizado el 3 de marzo de 2026")]
    [InlineData("By Jane Porter · 12 March 2026")]
    [InlineData("Por María López | 3 de marzo de 2026")]
    public void ChromeLines_AreBoilerplate_InBothLanguages(string line)
    {
        Assert.True(UnitSplitter.Default.IsBoilerplate(line), line);
    }

    [Theory]
    [InlineData("By the end of the year, the prison will hold 20,000 inmates.")]
    [InlineData("Share prices fell.")]
    [InlineData("Por la tarde, la policía detuvo a tres hombres.")]
    [InlineData("March 3, 2026 will be remembered as the day the model crossed a border.")]
    [InlineData("What comes next")]
    public void OrdinaryLines_AreNotBoilerplate(string line)
    {
        Assert.False(UnitSplitter.Default.IsBoilerplate(line), line);
    }

    [Fact]
    public void CommentSection_ANameLineWithoutTime_AfterAComment_StartsTheNextComment()
    {
        var text = "Body of the story.\nSecond paragraph.\n3 Comments\nMaria · 2h\nThis is a disgrace.\nJohn D.\nFinally someone acts.\nPedro · 5h\nI hope they let the inspectors in.";
        var parsed = ArticleText.Parse(text, detectTitle: false, detectComments: true);

        Assert.Equal(
            [("This is a disgrace.", "Maria", "2h"), ("Finally someone acts.", "John D.", null), ("I hope they let the inspectors in.", "Pedro", "5h")],
            parsed.Comments.Select(c => (c.Text, c.Author, c.Time)));
    }

    [Fact]
    public void CommentSection_ALowerCaseShortReply_IsNotTakenForAnAuthor()
    {
        var text = "Body of the story.\n2 Comments\nMaria · 2h\nThis is a disgrace.\ntotally agree\nPedro · 5h\nI hope so.";
        var parsed = ArticleText.Parse(text, detectTitle: false, detectComments: true);

        Assert.Contains(parsed.Comments, c => c.Text.Contains("totally agree", StringComparison.Ordinal));
        Assert.DoesNotContain(parsed.Comments, c => c.Author == "totally agree");
    }

    [Fact]
    public void CommentSection_AuthorAndTimeLines_BecomeCommentMetadata_NotText()
    {
        var text = "Cuerpo del artículo.\nSegundo párrafo.\nComentarios (3)\nMaria · 2h\nEsto es una vergüenza.\nJuan Pérez\nhace 3 horas\nPor fin alguien hace algo.\nResponder\nhace 5 horas\n¿Y quién lo paga?";
        var parsed = ArticleText.Parse(text, detectTitle: false, detectComments: true);

        Assert.Equal(
            [("Esto es una vergüenza.", "Maria", "2h"), ("Por fin alguien hace algo.", "Juan Pérez", "hace 3 horas"), ("¿Y quién lo paga?", null, "hace 5 horas")],
            parsed.Comments.Select(c => (c.Text, c.Author, c.Time)));
        Assert.Equal(["Cuerpo del artículo.", "Segundo párrafo.", "Responder"], parsed.Paragraphs);
    }

    [Fact]
    public void CommentSection_OneCommentPerBlock_WhenBlocksAreNotLinesOfParagraphs()
    {
        var text = "Body one.\n\n## Comments\n\nfirst line of a comment\nsecond line of it\n\nanother comment";
        var parsed = ArticleText.Parse(text, detectTitle: false, detectComments: true);

        Assert.Equal(["first line of a comment\nsecond line of it", "another comment"], parsed.Comments.Select(c => c.Text));
    }

    [Fact]
    public void EmbeddedPost_AttributionBetweenItsLines_StaysOnePost()
    {
        var text = "Ibarra posted after the tour.\nHoy vi el futuro de la seguridad.\n— Marta Ibarra (@MartaIbarraV) 3 de marzo de 2026\npic.twitter.com/AbC123xy\nThe post was shared 40,000 times.";
        var parsed = ArticleText.Parse(text, detectTitle: false, detectComments: true);

        Assert.Equal(
            ["Ibarra posted after the tour.", "Hoy vi el futuro de la seguridad.\n— Marta Ibarra (@MartaIbarraV) 3 de marzo de 2026\npic.twitter.com/AbC123xy", "The post was shared 40,000 times."],
            parsed.Paragraphs);
        var units = UnitSplitter.Default.Split(new Article { Id = "a", Source = "s", Paragraphs = parsed.Paragraphs });
        Assert.Equal([UnitKind.Paragraph, UnitKind.EmbeddedPost, UnitKind.Paragraph], units.Select(u => u.Kind));
        Assert.Equal("Marta Ibarra", units[1].Author);
    }

    [Fact]
    public void EmbeddedPost_InItsOwnBlock_KeepsAllItsLines()
    {
        var text = "Paragraph before it.\n\nLine one of the post\nline two #ManoFirme pic.twitter.com/Q7rTz2Lm9p\n— Marta Ibarra (@MartaIbarraV) March 3, 2026\n\nParagraph after it.";
        var parsed = ArticleText.Parse(text, detectTitle: false, detectComments: true);

        Assert.Equal(3, parsed.Paragraphs.Count);
        Assert.StartsWith("Line one of the post\nline two", parsed.Paragraphs[1], StringComparison.Ordinal);
    }

    [Fact]
    public void InstagramAttribution_MakesAnEmbeddedPost()
    {
        var units = UnitSplitter.Default.Split(new Article { Id = "a", Source = "s", Paragraphs = ["Body.", "Hoy en El Faro.\nUna publicación compartida por Marta Ibarra (@martaibarra)"] });
        Assert.Equal(UnitKind.EmbeddedPost, units[1].Kind);
    }

    [Theory]
    [InlineData("Hoy en El Faro.\nPublicado por Marta Ibarra el martes, 3 de marzo de 2026", UnitKind.EmbeddedPost)]
    [InlineData("Inside El Faro today.\nPosted by Marta Ibarra on Tuesday, March 3, 2026", UnitKind.EmbeddedPost)]
    [InlineData("Posted by admin", UnitKind.Paragraph)]
    [InlineData("Publicado por primera vez en 1990, el informe sigue vigente.", UnitKind.Paragraph)]
    public void FacebookAttribution_NeedsANameAndADate(string paragraph, UnitKind kind)
    {
        var units = UnitSplitter.Default.Split(new Article { Id = "a", Source = "s", Paragraphs = ["Body.", paragraph] });
        Assert.Equal(kind, units[1].Kind);
    }

    [Fact]
    public void BlockOfWrappedLines_StaysOneParagraph()
    {
        var text = "Title line\n\nThis paragraph was wrapped by hand at a fixed width so that\nits lines do not end where its sentences end, and it must\nstay one paragraph.\n\nNext paragraph.";
        var parsed = ArticleText.Parse(text, detectTitle: true, detectComments: true);

        Assert.Equal("Title line", parsed.Title);
        Assert.Equal(2, parsed.Paragraphs.Count);
    }

    [Theory]
    [InlineData("What comes next\nCongress will debate the bill next week.", 2)]
    [InlineData("Qué pasará ahora\nLa ministra recibirá a los estudiantes.\nLa marcha terminó sin incidentes.", 3)]
    [InlineData("First line without a period\nand its continuation in lower case.", 1)]
    [InlineData("Two headings\nIn a row\nThen a paragraph.", 1)]
    [InlineData("One sentence.\nAnother sentence!\nA third?", 3)]
    public void BlockAfterAStrayBlankLine_IsSplitPerLineOnlyWhenItsLinesReadAsParagraphs(string block, int paragraphs)
    {
        var parsed = ArticleText.Parse("Opening paragraph.\n\n" + block, detectTitle: false, detectComments: true);
        Assert.Equal(paragraphs + 1, parsed.Paragraphs.Count);
    }

    [Fact]
    public void HeaderCountThatDoesNotMatch_IsReportedAsAWarning()
    {
        using var dir = new TempDir();
        dir.File("Wire/w1.txt", "Title here\nBody one.\nBody two.\n14 Comments\nOnly one comment survived the copy.");
        var corpus = FramingAnalysis.Corpus.Load(dir.Path);

        var problem = Assert.Single(corpus.Problems);
        Assert.Equal((ProblemSeverity.Warning, "text"), (problem.Severity, problem.Field));
        Assert.Contains("14 comments", problem.Message, StringComparison.Ordinal);
        Assert.Equal("14 Comments", corpus.Articles[0].Metadata["comment_header"]);
    }

    [Fact]
    public void PageTextCues_TableHasAVersionAndParsesReplacements()
    {
        Assert.Equal("1.0.0", PageTextCues.Default.Version);
        var custom = PageTextCues.Parse(new StringReader("# version: 9\nlanguage\tkind\tphrase\nfr\tchrome_line\tpartager\nfr\tcomment_word\tcommentaires\n"));
        Assert.True(custom.IsChromeLine("Partager"));
        Assert.True(custom.IsCommentSectionHeader("12 commentaires"));
        Assert.False(custom.IsChromeLine("Share"));
        var bad = Assert.Throws<FormatException>(() => PageTextCues.Parse(new StringReader("language\tkind\tphrase\nfr\tchrome_line\n"), "mine.tsv"));
        Assert.StartsWith("mine.tsv:2:", bad.Message, StringComparison.Ordinal);
    }
}
