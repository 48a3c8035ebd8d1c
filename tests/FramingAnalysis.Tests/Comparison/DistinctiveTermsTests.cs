using FramingAnalysis.Analysis;
using FramingAnalysis.Comparison;
using FramingAnalysis.Reporting;
using Xunit;

namespace FramingAnalysis.Tests.Comparison;

/// <summary>
/// Distinctive terms a researcher can use (issue 19, item 6): no group names, author names, honorifics or page chrome,
/// and each term shown in its most frequent written form with its accents, the same whatever the order of adding and
/// merging.
/// </summary>
public sealed class DistinctiveTermsTests
{
    private static readonly ComparisonOptions Options = new() { Resamples = 20, Permutations = 20, TopTerms = 50, MinTermCount = 2 };

    private static readonly FramingAnalyzer Analyzer = FramingAnalyzer.Create(new AnalyzerOptions());

    private static Article Make(string id, string source, string language, string? author, params string[] paragraphs) => new()
    {
        Id = id,
        Source = source,
        Language = language,
        Title = paragraphs[0],
        Paragraphs = paragraphs[1..],
        Metadata = author is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["author"] = author },
    };

    private static IReadOnlyList<Article> English() =>
    [
        Make("c1", "Northbridge Courier", "en", "Ana Torres",
            "Northbridge Courier investigation of prisons",
            "The Northbridge Courier reviewed prison records. Mr. Vance said the prisons were safe, the Courier learned.",
            "Ana Torres, Courier staff, counted the prisons and the guards. Share. Advertisement. Read more."),
        Make("c2", "Northbridge Courier", "en", "Ana Torres",
            "Courier review: prisons under strain",
            "Mr. Vance again defended the prisons to the Courier. The guards disagreed with Mr. Vance.",
            "The Northbridge Courier found crowded prisons. Share. Advertisement."),
        Make("g1", "The Gazette Wire", "en", "Tom Reyes",
            "Gazette Wire: lawmakers debate budget",
            "Lawmakers debated the budget, the Gazette Wire reported. Tom Reyes asked lawmakers about the budget.",
            "The budget vote was delayed; lawmakers blamed the Gazette Wire for the leak."),
        Make("g2", "The Gazette Wire", "en", "Tom Reyes",
            "Gazette Wire budget update",
            "Lawmakers passed the budget after the Gazette Wire story. Budget hearings follow, lawmakers said."),
    ];

    private static IReadOnlyList<Article> Spanish() =>
    [
        Make("b1", "Diario La Brújula", "es", null,
            "Las cárceles del país",
            "Las cárceles están llenas y la Constitución protege a los presos. Las CÁRCELES no dan abasto.",
            "Las carceles nuevas costarán millones según la Constitución."),
        Make("b2", "Diario La Brújula", "es", null,
            "Cárceles y garantías",
            "Las cárceles y las garantías de la Constitución dividen al Congreso."),
        Make("h1", "El Heraldo Valdorense", "es", null,
            "El mercado y los negocios",
            "Los negocios del centro reabren y el mercado crece. Los negocios del centro celebran."),
        Make("h2", "El Heraldo Valdorense", "es", null,
            "Negocios en el centro",
            "El centro recupera sus negocios y el mercado."),
    ];

    private static ComparisonResult Build(IEnumerable<Article> articles)
    {
        var builder = ComparisonBuilder.For(Analyzer, Options);
        foreach (var article in articles)
        {
            builder.Add(Analyzer.Analyze(article));
        }

        return builder.Build(RunManifest.Create(Analyzer, Options, ["memory"]));
    }

    private static IEnumerable<string> Words(DistinctiveTerms d) => d.Terms.SelectMany(t => t.Term.Split(' '));

    [Fact]
    public void A_group_named_Northbridge_Courier_never_shows_courier_and_no_group_shows_another_groups_name()
    {
        var result = Build(English());
        var courier = Assert.Single(result.Distinctive, d => d.Group == "Northbridge Courier");
        var gazette = Assert.Single(result.Distinctive, d => d.Group == "The Gazette Wire");

        // The words the groups repeat most are still there, so the lists are not empty for another reason.
        Assert.Contains(courier.Terms, t => t.Term == "prisons");
        Assert.Contains(gazette.Terms, t => t.Term == "lawmakers");
        foreach (var d in result.Distinctive)
        {
            Assert.DoesNotContain(Words(d), w => w is "courier" or "northbridge" or "gazette" or "wire");
        }
    }

    [Fact]
    public void Author_names_honorifics_and_page_chrome_are_left_out_but_a_titled_name_stays()
    {
        var result = Build(English());
        var courier = Assert.Single(result.Distinctive, d => d.Group == "Northbridge Courier");
        var gazette = Assert.Single(result.Distinctive, d => d.Group == "The Gazette Wire");
        // Left out alone and in pairs made only of left-out words ("ana torres", "courier staff" is not one: staff stays).
        string[] gone = ["ana", "torres", "mr.", "share", "advertisement", "northbridge", "courier"];
        Assert.DoesNotContain(courier.Terms, t => t.Term.Split(' ').All(gone.Contains));
        Assert.DoesNotContain(courier.Terms, t => t.Term is "ana" or "torres" or "mr." or "share" or "advertisement");
        Assert.DoesNotContain(courier.Terms, t => t.Term is "read more");
        Assert.DoesNotContain(Words(gazette), w => w is "tom" or "reyes");

        // "Mr. Vance": the honorific goes alone, the person it names stays.
        Assert.Contains(courier.Terms, t => t.Term == "vance");
        Assert.Contains(courier.Terms, t => t.Term == "mr. vance");
    }

    [Fact]
    public void Spanish_carceles_is_shown_with_its_accent_and_counted_under_its_folded_key()
    {
        var result = Build(Spanish());
        var brujula = Assert.Single(result.Distinctive, d => d.Group == "Diario La Brújula");
        var index = brujula.Terms.ToList().FindIndex(t => t.Term == "carceles");
        Assert.True(index >= 0, "carceles is among the terms");

        // Six occurrences under one key: five written with the accent (one "Cárceles" in a title, one "CÁRCELES") and one
        // "carceles"; the form shown is the most frequent, lower-cased.
        Assert.Equal(6, brujula.Terms[index].CountI);
        Assert.Equal("cárceles", brujula.Form(index));
        Assert.Contains(brujula.Terms.Select((_, i) => brujula.Form(i)), f => f == "constitución");
        Assert.DoesNotContain(Words(brujula), w => w is "diario" or "brujula");

        Assert.Contains("cárceles (", MarkdownReport.Format(result), StringComparison.Ordinal);
        Assert.Contains("\"form\": \"cárceles\"", JsonReport.Format(result), StringComparison.Ordinal);
    }

    [Fact]
    public void The_report_is_the_same_bytes_whatever_the_order_of_adding_and_merging()
    {
        var articles = English().Concat(Spanish()).ToList();
        var one = JsonReport.Format(Build(articles));

        var analyses = articles.Select(Analyzer.Analyze).ToList();
        var shards = new[] { ComparisonBuilder.For(Analyzer, Options), ComparisonBuilder.For(Analyzer, Options), ComparisonBuilder.For(Analyzer, Options) };
        for (var i = analyses.Count - 1; i >= 0; i--)
        {
            shards[i % 3].Add(analyses[i]);
        }

        shards[2].Merge(shards[0]);
        shards[2].Merge(shards[1]);
        var merged = JsonReport.Format(shards[2].Build(RunManifest.Create(Analyzer, Options, ["memory"])));
        Assert.Equal(one, merged);
        Assert.Contains("\"form\": \"cárceles\"", merged, StringComparison.Ordinal);
    }
}
