using FramingAnalysis.Html;

namespace FramingAnalysis.Tests.Corpus;

/// <summary>
/// Issue 20's goal: twelve articles of our own (six English, six Spanish; <c>Corpus/Ingestion/articles.py</c>), each as
/// clean JSON Lines, as text pasted from its page (chrome, stray blank lines, byline, date, comment header, author and time
/// lines) and as a saved web page (four site layouts), give the same scored units: the same kinds, the same texts, and the
/// same comments. The variants are rendered by <c>Corpus/Ingestion/make_fixtures.py</c> and committed.
/// </summary>
public class IngestionGoalTests
{
    private static readonly string Root = Path.Combine(AppContext.BaseDirectory, "Corpus", "Ingestion");

    static IngestionGoalTests() => HtmlCorpusReader.Register();

    private static readonly Lazy<LoadedCorpus> Clean = new(() => FramingAnalysis.Corpus.Load(Path.Combine(Root, "jsonl", "articles.jsonl")));
    private static readonly Lazy<LoadedCorpus> Pasted = new(() => FramingAnalysis.Corpus.Load(Path.Combine(Root, "text")));
    private static readonly Lazy<LoadedCorpus> Saved = new(() => FramingAnalysis.Corpus.Load(Path.Combine(Root, "html")));

    public static TheoryData<string> Ids()
    {
        var data = new TheoryData<string>();
        foreach (var line in File.ReadLines(Path.Combine(Root, "jsonl", "articles.jsonl")))
        {
            using var doc = System.Text.Json.JsonDocument.Parse(line);
            data.Add(doc.RootElement.GetProperty("id").GetString()!);
        }

        return data;
    }

    [Fact]
    public void EveryVariant_IsReadWithoutProblems_TwelveArticlesInBothLanguages()
    {
        Assert.Equal(CorpusFormat.TextFolder, Pasted.Value.Format);
        Assert.Equal(CorpusFormat.Html, Saved.Value.Format);
        foreach (var corpus in (LoadedCorpus[])[Clean.Value, Pasted.Value, Saved.Value])
        {
            Assert.Empty(corpus.Problems);
            Assert.Equal(12, corpus.Articles.Count);
        }

        Assert.Equal(6, Clean.Value.Articles.Count(a => a.Language == "en"));
        Assert.Equal(6, Saved.Value.Articles.Count(a => a.Language == "es"));
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void SameArticle_GivesTheSameScoredUnits_AsJsonlPastedTextAndSavedPage(string id)
    {
        var expected = Scored(Clean.Value, id);
        Assert.Equal(expected.Units, Scored(Pasted.Value, id).Units);
        Assert.Equal(expected.Units, Scored(Saved.Value, id).Units);
        Assert.Equal(expected.Comments, Scored(Pasted.Value, id).Comments);
        Assert.Equal(expected.Comments, Scored(Saved.Value, id).Comments);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void PastedAndSavedChrome_IsKeptAsBoilerplate_OrDropped_NeverScored(string id)
    {
        var pasted = UnitSplitter.Default.Split(Pasted.Value.Articles.Single(a => a.Id == id));
        Assert.Contains(pasted, u => u.Kind == UnitKind.Boilerplate);
        Assert.All(pasted.Where(u => u.Kind == UnitKind.Boilerplate), u => Assert.False(u.IsScored));
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void PastedText_EveryLineIsAUnitBoilerplateOrCommentMetadata(string id)
    {
        var article = Pasted.Value.Articles.Single(a => a.Id == id);
        var file = Directory.GetFiles(Path.Combine(Root, "text"), id + ".txt", SearchOption.AllDirectories).Single();
        var placed = new HashSet<string>(StringComparer.Ordinal);
        placed.UnionWith(UnitSplitter.Default.Split(article).SelectMany(u => u.Text.Split('\n')));
        placed.UnionWith(article.Comments.SelectMany(c => c.Metadata.Values.Append(c.Author ?? string.Empty)));
        placed.UnionWith(article.Metadata.Values);
        foreach (var line in File.ReadLines(file).Where(l => !string.IsNullOrWhiteSpace(l)))
        {
            Assert.True(placed.Contains(line.Trim()) || article.Comments.Any(c => c.Author is not null && line.StartsWith(c.Author, StringComparison.Ordinal)), $"{file}: line not accounted for: {line}");
        }
    }

    [Fact]
    public void SavedPages_KeepBylineDateAndCommentAuthors()
    {
        var port = Saved.Value.Articles.Single(a => a.Id == "nc-port");
        Assert.Equal("Jane Holloway", port.Metadata["author"]);
        Assert.Equal(DateTimeOffset.Parse("2026-04-02T08:30:00+00:00", System.Globalization.CultureInfo.InvariantCulture), port.Published);
        Assert.Equal(["Ruth K.", "dockside_dan", "Mateo"], port.Comments.Select(c => c.Author));
        var water = Saved.Value.Articles.Single(a => a.Id == "nc-water");
        Assert.Equal(("Tom Reyes", "Northbridge Courier"), (water.Metadata["author"], water.Metadata["site_name"]));
        Assert.Equal("en", water.Language);
        var pasted = Pasted.Value.Articles.Single(a => a.Id == "hv-puerto");
        Assert.Equal([("Rosa", "hace 3 horas")], pasted.Comments.Take(1).Select(c => (c.Author, c.Metadata["time"])));
    }

    private static (List<(UnitKind, string)> Units, List<string> Comments) Scored(LoadedCorpus corpus, string id)
    {
        var article = corpus.Articles.Single(a => a.Id == id);
        var units = UnitSplitter.Default.Split(article)
            .Where(u => u.IsScored && u.Kind != UnitKind.Comment)
            .Select(u => (u.Kind, u.Text))
            .ToList();
        return (units, article.Comments.Select(c => c.Text).ToList());
    }
}
