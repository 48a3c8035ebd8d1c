using FramingAnalysis.Analysis;
using FramingAnalysis.Comparison;
using FramingAnalysis.Frames;
using FramingAnalysis.Languages;
using FramingAnalysis.Reporting;
using FramingAnalysis.Stance;

namespace FramingAnalysis.Tests.Languages;

/// <summary>
/// Registration changes what every analyzer, scorer and report built afterwards sees, so these tests run alone (not in
/// parallel with others) and leave the registry as they found it.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class LanguageRegistryCollection
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Language registry";
}

/// <summary>
/// A third language pack written here, in the test project (<see cref="ToyEsperantoPack"/>), runs end to end: corpus →
/// analyze → compare, without any change to the library.
/// </summary>
[Collection(LanguageRegistryCollection.Name)]
public sealed class ThirdLanguagePackTests
{
    private const string Articles = """
        id,source,language,published,title,url,text
        a1,Nova Gazeto,eo,2026-03-02,La registaro subtenas la malliberejon,https://a.test/1,"La registaro subtenas la malliberejon kaj diris ke gxi estas bonega espero por la lando.

        La budgeto de la malliberejo kostas multe, sed la impostoj ne kreskos."
        a2,Nova Gazeto,eo,2026-03-03,Bona tago por la malliberejo,https://a.test/2,"La ministro subtenas la malliberejon. Bona decido, tre bona.

        Kunhavigi

        La budgeto kaj la impostoj restas stabilaj."
        b1,Libera Voko,eo,2026-03-02,Kritikistoj kontrauas la malliberejon,https://b.test/1,"La opozicio kontrauas la malliberejon. Terura honto por la lando.

        Krimo ne malkreskis, kaj la malliberejo minacas la rajtojn de la homoj."
        b2,Libera Voko,eo,2026-03-04,Malbona tago,https://b.test/2,"La kuracistoj kontrauas la malliberejon. Malbona kaj terura decido.

        La krimoj restas, diris la advokatoj."
        b3,Libera Voko,,2026-03-05,La opozicio kontrauas la malliberejon,https://b.test/3,"La opozicio kontrauas la malliberejon kaj diris ke gxi estas terura honto."
        """;

    private static readonly StanceTarget Prison = new("Prison", new Dictionary<string, IReadOnlyList<string>> { ["eo"] = ["la malliberejo", "malliberejo"] });

    [Fact]
    public async Task ThirdPack_RunsCorpusAnalyzeAndCompare_EndToEnd()
    {
        using var dir = new TempDir();
        dir.File("articles.csv", Articles.ReplaceLineEndings("\n"));
        var pack = new ToyEsperantoPack();
        LanguagePacks.Register(pack);
        try
        {
            Assert.Same(pack, LanguagePacks.All[^1]);
            Assert.Same(pack, LanguagePacks.Find("EO"));

            var corpus = FramingAnalysis.Corpus.Load(dir.Path);
            Assert.Equal(5, corpus.Articles.Count);
            Assert.Equal(4, corpus.Articles.Count(a => a.Language == "eo"));

            // The pack's identification profile: undeclared text in the language is recognised, English and Spanish still are.
            Assert.Contains("eo", FramingAnalysis.Text.LanguageIdentifier.Default.Languages);
            var guess = FramingAnalysis.Text.LanguageIdentifier.Default.Identify("La opozicio kontrauas la malliberejon kaj diris ke gxi estas terura honto.");
            Assert.Equal("eo", guess.Language);
            Assert.Equal(guess.Confidence, guess.Scores.Of("eo"));
            Assert.Equal(3, guess.Scores.Count);
            Assert.InRange(guess.Scores.Of("en") + guess.Scores.Of("es") + guess.Scores.Of("eo"), 0, 1.0000001);
            Assert.Equal("en", FramingAnalysis.Text.LanguageIdentifier.Default.Identify("This government is a disgrace and the prison is a shame.").Language);
            Assert.Equal("es", FramingAnalysis.Text.LanguageIdentifier.Default.Identify("Qué vergüenza lo que hizo el gobierno con la cárcel.").Language);

            var analyzer = FramingAnalyzer.Create(new AnalyzerOptions { Targets = [Prison], Parallelism = 1 });
            var favour = analyzer.Analyze(corpus.Articles.Single(a => a.Id == "a1"));
            Assert.All(favour.Units, u => Assert.Equal("eo", u.Language));
            var lead = favour.Units.Single(u => u.Unit.UnitId == "a1/p1");
            Assert.True(lead.Sentiment!.Compound > 0.3, $"sentiment {lead.Sentiment.Compound}");
            Assert.Equal(StanceLabel.Favor, lead.StanceToward(Prison.Name).Own!.Label);
            var budget = favour.Units.Single(u => u.Unit.UnitId == "a1/p2");
            Assert.True(budget.Frames!.ScoreOf("economic") > 0, "the pack's economic cues (budgeto~, impost*) match");

            var against = analyzer.Analyze(corpus.Articles.Single(a => a.Id == "b1"));
            var opposition = against.Units.Single(u => u.Unit.UnitId == "b1/p1");
            Assert.True(opposition.Sentiment!.Compound < -0.3, $"sentiment {opposition.Sentiment.Compound}");
            Assert.Equal(StanceLabel.Against, opposition.StanceToward(Prison.Name).Own!.Label);
            Assert.All(analyzer.Analyze(corpus.Articles.Single(a => a.Id == "b3")).Units, u => Assert.Equal("eo", u.Language));

            // The pack's page-text phrases: its share button is page chrome, not a scored paragraph.
            var share = UnitSplitter.Default.Split(corpus.Articles.Single(a => a.Id == "a2")).Single(u => u.Text == "Kunhavigi");
            Assert.False(share.IsScored);

            var options = ComparisonOptions.Default with { Resamples = 50, Permutations = 50 };
            // A progress sink is passed because ComparisonRunner counts analyzed articles only inside its Progress call
            // (a null-conditional call skips its argument, ++count): without one it reports no articles and no result.
            // That bug is outside the language seam and left to the comparison work; see the issue 25 note.
            var failures = new List<string>();
            var seen = new List<int>();
            var run = await ComparisonRunner.RunAsync(dir.Path, analyzer, options, new ComparisonRunOptions
            {
                Workers = 1,
                Progress = new SynchronousProgress(seen),
                ArticleFailed = (a, e) => failures.Add($"{a.Id}: {e}"),
            });
            Assert.Empty(failures);
            Assert.Equal(5, run.Articles);
            var result = run.Result!;
            Assert.All(result.Groups, g => Assert.Equal("eo", Assert.Single(g.Languages).Key));
            Assert.Contains(result.Manifest.ResourceVersions, v => v.Key == "Toy Esperanto sentiment lexicon");
            var markdown = MarkdownReport.Format(result);
            Assert.Contains("Economic / Económico / Ekonomia", markdown, StringComparison.Ordinal);
            Assert.Contains("| Libera Voko | 3 | 8 | 0 | eo 8 |", markdown, StringComparison.Ordinal);
        }
        finally
        {
            Assert.True(LanguagePacks.Unregister("eo"));
        }

        Assert.Null(LanguagePacks.Find("eo"));
        Assert.Equal(["en", "es"], FramingAnalysis.Text.LanguageIdentifier.Default.Languages);
        Assert.DoesNotContain(FrameSet.PolicyFrames.Cues, c => c.Language == "eo");
    }

    private sealed class SynchronousProgress(List<int> seen) : IProgress<int>
    {
        public void Report(int value) => seen.Add(value);
    }
}
