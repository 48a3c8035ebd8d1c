namespace FramingAnalysis.Tests.Corpus;

/// <summary>
/// The two pages of issue 20's report, rebuilt with our own text in the same shape: an English page saved as text that
/// became "one paragraph and one comment", and a Spanish op-ed whose embedded post lost its attribution.
/// </summary>
public class Issue20RegressionTests
{
    [Fact]
    public void EnglishPageSavedAsText_ChromeHeadline13Paragraphs2StrayBlanks14Comments_GivesThoseUnits()
    {
        var lines = new List<string> { "Listen to the article", "Valdoria's Congress opens debate on the prison bill" };
        for (var i = 1; i <= 13; i++)
        {
            lines.Add($"Paragraph {i} of the report says something new about the bill, its cost and its critics.");
            if (i is 4 or 9)
            {
                lines.Add(string.Empty); // the two stray blank lines
            }
        }

        lines.Add("14 Comments");
        for (var i = 1; i <= 14; i++)
        {
            lines.Add($"Reader comment number {i} on the bill.");
        }

        using var dir = new TempDir();
        dir.File("Courier/page.txt", string.Join('\n', lines) + "\n");
        var corpus = FramingAnalysis.Corpus.Load(dir.Path);

        Assert.Empty(corpus.Problems);
        var units = corpus.Units().ToList();
        Assert.Equal("Valdoria's Congress opens debate on the prison bill", Assert.Single(units, u => u.Kind == UnitKind.Title).Text);
        Assert.Equal(13, units.Count(u => u.Kind == UnitKind.Paragraph));
        Assert.Equal("Listen to the article", Assert.Single(units, u => u.Kind == UnitKind.Boilerplate).Text);
        Assert.Equal(14, units.Count(u => u.Kind == UnitKind.Comment));
    }

    [Fact]
    public void SpanishOpEdWithEmbeddedPosts_EveryPostKeepsItsAttribution()
    {
        var text = string.Join('\n',
            "La mano dura no es un plan",
            "Por Andrés Quintero",
            "La presidenta celebró su visita a El Faro con un mensaje en X.",
            "Hoy vi el futuro de la seguridad en nuestra región.",
            "— Marta Ibarra (@MartaIbarraV) 3 de marzo de 2026",
            "Gracias, presidente. #ManoFirme pic.twitter.com/AbC123xy",
            "La respuesta de la oposición llegó una hora después.",
            "La seguridad sin garantías no es seguridad. pic.twitter.com/Zx81Lm0Q",
            "— Clara Menéndez (@ClaraMenendezV) 3 de marzo de 2026",
            "Ninguno de los dos mensajes habló del costo.");
        using var dir = new TempDir();
        dir.File("Brujula/oped.txt", text);
        var units = FramingAnalysis.Corpus.Load(dir.Path).Units().ToList();

        var posts = units.Where(u => u.Kind == UnitKind.EmbeddedPost).ToList();
        Assert.Equal(2, posts.Count);
        Assert.Equal(["Marta Ibarra", "Clara Menéndez"], posts.Select(p => p.Author));
        Assert.Equal("Hoy vi el futuro de la seguridad en nuestra región.\n— Marta Ibarra (@MartaIbarraV) 3 de marzo de 2026\nGracias, presidente. #ManoFirme pic.twitter.com/AbC123xy", posts[0].Text);
        Assert.Equal("La seguridad sin garantías no es seguridad. pic.twitter.com/Zx81Lm0Q\n— Clara Menéndez (@ClaraMenendezV) 3 de marzo de 2026", posts[1].Text);
        // The line after the attribution that carries the post's link is part of the post, not an outlet paragraph.
        Assert.DoesNotContain(units, u => u.Kind == UnitKind.Paragraph && u.Text.Contains("pic.twitter.com", StringComparison.Ordinal));
        Assert.Equal(3, units.Count(u => u.Kind == UnitKind.Paragraph));
    }
}
