using FramingAnalysis.Analysis;
using FramingAnalysis.Comparison;
using FramingAnalysis.Naming;
using FramingAnalysis.Reporting;
using FramingAnalysis.Stance;

namespace FramingAnalysis.Tests.Naming;

/// <summary>
/// The naming table (issue 26) on articles written for this test: a critical English report and a favourable Spanish
/// op-ed about the same (fictional) prison, and two English outlets that label it in opposite ways. Each outlet's
/// characteristic labels must come first in its column; every count must point back at the words that made it.
/// </summary>
public sealed class NamingTableTests
{
    private static readonly IReadOnlyList<StanceTarget> Targets = StanceTarget.LoadJson(Path.Combine(RepoPaths.Corpus, "targets.json"));

    private static readonly Article CriticalEnglish = new()
    {
        Id = "ledger-1",
        Source = "Harbor Ledger",
        Language = "en",
        Title = "Inside El Faro, where Valdoria's president saw only what she was shown",
        Paragraphs =
        [
            "Valdorian President Marta Ibarra toured El Faro, the notorious mega-prison outside Tecomal, on Tuesday.",
            "Rights groups have asked for access for two years. The overcrowded prison holds about 40,000 people, most of whom have never seen a judge.",
            "El Faro is a brutal warehouse for the untried, three former detainees told the Ledger.",
            "The notorious complex was built in seven months and has no visiting rooms.",
        ],
        Comments = [new Comment { Id = "c1", Text = "El Faro is a brutal place and everyone knows it." }],
    };

    private static readonly Article FavourableSpanish = new()
    {
        Id = "voz-1",
        Source = "La Voz de Tecomal",
        Language = "es",
        Title = "El Faro, un referente ineludible para la región",
        Paragraphs =
        [
            "La presidenta Marta Ibarra visitó El Faro, una prisión ejemplar que devolvió la paz a Costa Serena.",
            "El modelo costaserenense es un éxito rotundo, y lo reconocen incluso sus críticos más duros.",
            "La exitosa megacárcel alberga a miles de pandilleros que durante años sembraron el terror en los barrios.",
            "Hoy El Faro es un referente ineludible en toda la región.",
        ],
    };

    private static readonly Article FavourableEnglish = new()
    {
        Id = "post-1",
        Source = "Tecomal Post",
        Language = "en",
        Title = "What Valdoria can learn from El Faro",
        Paragraphs =
        [
            "President Marta Ibarra visited El Faro, the modern prison that ended a decade of gang rule.",
            "El Faro is a remarkable success, and even its critics admit the streets are calmer.",
            "The efficient complex was built in seven months, a feat few governments could match.",
        ],
    };

    private static ComparisonResult Compare(params Article[] articles)
    {
        var analyzer = FramingAnalyzer.Create(new AnalyzerOptions { Targets = Targets });
        var builder = ComparisonBuilder.For(analyzer, new ComparisonOptions { Resamples = 20, Permutations = 20 });
        foreach (var a in articles)
        {
            builder.Add(analyzer.Analyze(a));
        }

        return builder.Build(RunManifest.Create(analyzer, builder.Options, []));
    }

    private static GroupNaming Column(ComparisonResult result, string target, string language, string group) =>
        result.Naming.Single(n => n.Target == target && n.Language == language).Groups.Single(g => g.Group == group);

    [Fact]
    public void Opposite_framings_in_two_languages_put_each_outlets_labels_at_the_top_side_by_side_without_a_test()
    {
        var result = Compare(CriticalEnglish, FavourableSpanish);
        var english = result.Naming.Single(n => n.Target == "Prison model" && n.Language == "en");
        var spanish = result.Naming.Single(n => n.Target == "Prison model" && n.Language == "es");
        Assert.False(english.Tested);
        Assert.False(spanish.Tested);

        var ledger = Column(result, "Prison model", "en", "Harbor Ledger").Labels.Select(l => l.Key).ToList();
        Assert.Equal(["brutal", "notorious"], ledger.Take(2)); // both twice; ties by key
        Assert.Contains("overcrowded", ledger);
        Assert.Contains("warehouse", ledger);
        Assert.DoesNotContain("prison", ledger); // the target's own words are never labels

        var voz = Column(result, "Prison model", "es", "La Voz de Tecomal").Labels.Select(l => l.Key).ToList();
        Assert.Contains("ejemplar", voz.Take(3));
        Assert.Contains("ineludible", voz);
        Assert.Contains("exitosa", voz);
        Assert.Contains("exito", voz);
        Assert.DoesNotContain("costaserenense", voz);

        // Valence from the lexicons: the critical labels read negative, the favourable ones positive.
        var brutal = Column(result, "Prison model", "en", "Harbor Ledger").Labels.Single(l => l.Key == "brutal");
        Assert.True(brutal.Valence + brutal.Evaluative < 0);
        var exitosa = Column(result, "Prison model", "es", "La Voz de Tecomal").Labels.Single(l => l.Key == "exitosa");
        Assert.True(exitosa.Valence + exitosa.Evaluative > 0);
    }

    [Fact]
    public void Two_outlets_in_one_language_are_tested_and_each_column_starts_with_its_own_labels()
    {
        var result = Compare(CriticalEnglish, FavourableEnglish);
        var english = result.Naming.Single(n => n.Target == "Prison model" && n.Language == "en");
        Assert.True(english.Tested);
        var ledger = Column(result, "Prison model", "en", "Harbor Ledger").Labels;
        var post = Column(result, "Prison model", "en", "Tecomal Post").Labels;
        Assert.Contains(ledger[0].Key, new[] { "notorious", "brutal" });
        Assert.Contains(post[0].Key, new[] { "modern", "remarkable", "success", "efficient" });
        Assert.All(ledger, l => Assert.NotNull(l.Z));
        Assert.True(ledger[0].Z > 0);
        Assert.DoesNotContain(post.Take(3), l => l.Key is "notorious" or "brutal");
    }

    [Fact]
    public void Every_count_points_back_at_the_words_that_made_it_in_every_voice()
    {
        var result = Compare(CriticalEnglish, FavourableSpanish);
        var units = new[] { CriticalEnglish, FavourableSpanish }.Select(a => FramingAnalyzer.Create(new AnalyzerOptions { Targets = Targets }).Analyze(a))
            .SelectMany(a => a.Units.Select(u => (a.Article.Id, u.Unit.UnitId, u.Unit.Text))).ToDictionary(u => (u.Id, u.UnitId), u => u.Text);
        foreach (var t in result.Naming)
        {
            foreach (var g in t.Groups)
            {
                foreach (var l in g.Labels)
                {
                    Assert.Equal(l.Count, l.Locations.Count);
                    Assert.Equal(l.Count, l.Voices.Outlet + l.Voices.Quoted + l.Voices.Embedded + l.Voices.Audience);
                    foreach (var at in l.Locations)
                    {
                        var word = units[(at.ArticleId, at.UnitId)].Substring(at.Start, at.Length);
                        Assert.Equal(l.Key, FramingAnalysis.Text.TermNormalizer.Fold(word));
                    }

                    Assert.Equal(l.Locations[0], l.Example.Location);
                    Assert.Contains(l.Label, l.Example.Sentence, StringComparison.Ordinal);
                }

                Assert.Equal(g.References, g.Voices.Outlet + g.Voices.Quoted + g.Voices.Embedded + g.Voices.Audience);
            }
        }

        // The reader comment under the critical report labels the prison in the audience voice.
        var brutal = Column(result, "Prison model", "en", "Harbor Ledger").Labels.Single(l => l.Key == "brutal");
        Assert.Equal(2, brutal.Count);
        Assert.Equal(1, brutal.Voices.Audience);
    }

    [Fact]
    public void Merging_accumulators_gives_the_same_table_in_any_order()
    {
        var analyzer = FramingAnalyzer.Create(new AnalyzerOptions { Targets = Targets });
        var articles = new[] { CriticalEnglish, FavourableSpanish, FavourableEnglish }.Select(analyzer.Analyze).ToList();
        var options = new ComparisonOptions { Resamples = 20, Permutations = 20 };
        var whole = ComparisonBuilder.For(analyzer, options);
        articles.ForEach(whole.Add);
        var first = ComparisonBuilder.For(analyzer, options);
        var second = ComparisonBuilder.For(analyzer, options);
        first.Add(articles[2]);
        second.Add(articles[1]);
        second.Add(articles[0]);
        first.Merge(second);
        var manifest = RunManifest.Create(analyzer, options, []);
        Assert.Equal(JsonReport.Format(whole.Build(manifest)), JsonReport.Format(first.Build(manifest)));
    }

    [Fact]
    public void Every_report_format_carries_the_table()
    {
        var result = Compare(CriticalEnglish, FavourableSpanish);
        var md = MarkdownReport.Format(result);
        Assert.Contains("## Naming of targets", md, StringComparison.Ordinal);
        // Two languages with one outlet each: one table, side by side, without a test.
        Assert.Contains("### Prison model (en | es), not tested", md, StringComparison.Ordinal);
        Assert.Contains("|  | Harbor Ledger (en) | La Voz de Tecomal (es) |", md, StringComparison.Ordinal);
        Assert.Contains("| Label 1 | brutal (−) ×2 | ineludible ×2 |", md, StringComparison.Ordinal);

        var json = System.Text.Json.JsonDocument.Parse(JsonReport.Format(result)).RootElement.GetProperty("naming");
        Assert.Contains(json.EnumerateArray(), t => t.GetProperty("language").GetString() == "es"
            && t.GetProperty("groups")[0].GetProperty("labels").EnumerateArray().Any(l => l.GetProperty("key").GetString() == "ineludible"));

        var html = HtmlReport.Format(result);
        Assert.Contains("<h2 id=\"naming\">", html, StringComparison.Ordinal);
        Assert.Matches("<mark>notorious</mark>", html);

        using var dir = new TempDir();
        CsvReport.WriteTables(result, dir.Path);
        var rows = File.ReadAllLines(Path.Combine(dir.Path, "naming.csv"));
        Assert.Contains(rows, r => r.StartsWith("Harbor Ledger,Prison model,en,false,label,1,brutal,", StringComparison.Ordinal));
        var locations = File.ReadAllLines(Path.Combine(dir.Path, "naming_locations.csv"));
        Assert.Equal(rows.Skip(1).Sum(r => int.Parse(r.Split(',')[8], System.Globalization.CultureInfo.InvariantCulture)), locations.Length - 1);
    }

    [Fact]
    public void Without_targets_the_reports_say_how_to_get_the_table()
    {
        var analyzer = FramingAnalyzer.Create(new AnalyzerOptions());
        var builder = ComparisonBuilder.For(analyzer, new ComparisonOptions { Resamples = 20, Permutations = 20 });
        builder.Add(analyzer.Analyze(CriticalEnglish));
        var result = builder.Build(RunManifest.Create(analyzer, builder.Options, []));
        Assert.Empty(result.Naming);
        Assert.Contains("pass `--targets targets.json`", MarkdownReport.Format(result), StringComparison.Ordinal);
    }

    [Fact]
    public void One_unit_read_on_its_own_gives_its_references_and_labels()
    {
        var target = Targets[0];
        var scorer = RuleStanceScorer.Create(Targets);
        var text = FramingAnalysis.Text.TextPipeline.Default.Analyze("El Faro is a brutal warehouse for the untried, former detainees say.", "en");
        var unit = new TextUnit { UnitId = "u", ArticleId = "a", Source = "s", Kind = UnitKind.Paragraph, Index = 1, Text = text.Text, DeclaredLanguage = "en" };
        var own = scorer.Score(text, unit).Single(r => r.Target == target.Name && r.Voice != Voice.Quoted);
        var references = TargetLabels.Read(text, target, own);
        var reference = Assert.Single(references);
        Assert.Equal("El Faro", reference.Anchor);
        Assert.Equal(["brutal", "warehouse"], reference.Labels.Select(l => l.Key));
        Assert.All(reference.Labels, l => Assert.Equal(LabelAttachment.Predicate, l.Attachment));
        Assert.Empty(TargetLabels.Read(text, target, StanceResult.NotMentioned(target.Name, Voice.Outlet, null, "no mention")));
    }

    [Theory]
    [InlineData("El Faro se convirtió en un referente ineludible para la región.", "es", new[] { "referente", "ineludible" })]
    [InlineData("El Faro se ha convertido en un éxito rotundo.", "es", new[] { "exito", "rotundo" })]
    [InlineData("El Faro has become a brutal warehouse for the untried.", "en", new[] { "brutal", "warehouse" })]
    [InlineData("El Faro has been a disaster for due process.", "en", new[] { "disaster" })]
    [InlineData("El Faro is seen as a failure by its neighbours.", "en", new[] { "failure" })]
    public void A_copula_with_its_particles_opens_a_predicate(string sentence, string language, string[] expected)
    {
        var target = Targets[0];
        var scorer = RuleStanceScorer.Create(Targets);
        var text = FramingAnalysis.Text.TextPipeline.Default.Analyze(sentence, language);
        var unit = new TextUnit { UnitId = "u", ArticleId = "a", Source = "s", Kind = UnitKind.Paragraph, Index = 1, Text = text.Text, DeclaredLanguage = language };
        var own = scorer.Score(text, unit).Single(r => r.Target == target.Name && r.Voice != Voice.Quoted);
        var labels = TargetLabels.Read(text, target, own).SelectMany(r => r.Labels).ToList();
        Assert.Equal(expected, labels.Select(l => l.Key));
        Assert.All(labels, l => Assert.Equal(LabelAttachment.Predicate, l.Attachment));
    }
}
