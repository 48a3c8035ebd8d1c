namespace FramingAnalysis.Tests.Corpus;

public class SampleCorpusTests
{
    private static readonly LoadedCorpus Sample = FramingAnalysis.Corpus.Load(RepoPaths.Corpus);

    [Fact]
    public void SampleCorpus_LoadsWithoutProblems()
    {
        Assert.Empty(Sample.Problems);
        Assert.Equal(CorpusFormat.Csv, Sample.Format);
        Assert.True(Sample.Articles.Select(a => a.Source).Distinct().Count() >= 4);
        Assert.Contains(Sample.Articles, a => a.Language == "en");
        Assert.Contains(Sample.Articles, a => a.Language == "es");
    }

    [Fact]
    public void SampleCorpus_HasEmbeddedPostsAndPageChrome()
    {
        var units = Sample.Units().ToList();
        Assert.Contains(units, u => u.Kind == UnitKind.EmbeddedPost && u.DeclaredLanguage == "en");
        Assert.Contains(units, u => u.Kind == UnitKind.EmbeddedPost && u.DeclaredLanguage == "es");
        Assert.Contains(units, u => u.Kind == UnitKind.Boilerplate && u.DeclaredLanguage == "en");
        Assert.Contains(units, u => u.Kind == UnitKind.Boilerplate && u.DeclaredLanguage == "es");
    }

    [Fact]
    public void EveryAnnotatedUnitExists_AndEveryScoredUnitIsAnnotated()
    {
        var annotated = File.ReadLines(Path.Combine(RepoPaths.Corpus, "annotations.csv")).Skip(1)
            .Where(l => l.Length > 0).Select(l => l[..l.IndexOf(',', StringComparison.Ordinal)]).ToHashSet();
        var scored = Sample.Units().Where(u => u.IsScored).Select(u => u.UnitId).ToHashSet();
        Assert.Empty(annotated.Except(scored));
        Assert.Empty(scored.Except(annotated));
    }

    [Fact]
    public void CsvWriter_RoundTripsTheWholeSampleCorpus()
    {
        using var dir = new TempDir();
        CsvCorpusWriter.Write(dir.Path, Sample.Articles);
        var again = FramingAnalysis.Corpus.Load(dir.Path);

        Assert.Empty(again.Problems);
        AssertSameArticles(Sample.Articles, again.Articles);
    }

    [Fact]
    public void JsonlWriter_RoundTripsTheWholeSampleCorpus()
    {
        using var dir = new TempDir();
        var path = System.IO.Path.Combine(dir.Path, "corpus.jsonl");
        JsonlCorpusWriter.Write(path, Sample.Articles);
        var again = FramingAnalysis.Corpus.Load(path);

        Assert.Empty(again.Problems);
        AssertSameArticles(Sample.Articles, again.Articles);
    }

    internal static void AssertSameArticles(IReadOnlyList<Article> expected, IReadOnlyList<Article> actual)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            var (e, a) = (expected[i], actual[i]);
            Assert.Equal((e.Id, e.Source, e.Language, e.Published, e.Title, e.Url), (a.Id, a.Source, a.Language, a.Published, a.Title, a.Url));
            Assert.Equal(e.Paragraphs, a.Paragraphs);
            Assert.Equal(e.Metadata.OrderBy(kv => kv.Key), a.Metadata.OrderBy(kv => kv.Key));
            Assert.Equal(
                e.Comments.Select(c => (c.Id, c.Author, c.Published, c.Text, c.ParentId)),
                a.Comments.Select(c => (c.Id, c.Author, c.Published, c.Text, c.ParentId)));
        }
    }
}
