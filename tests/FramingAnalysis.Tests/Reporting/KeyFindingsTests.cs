using System.Text.Json;
using FramingAnalysis.Comparison;
using FramingAnalysis.Comparison.Statistics;
using FramingAnalysis.Reporting;

namespace FramingAnalysis.Tests.Reporting;

/// <summary>Issue 24, item 3: the report leads with its key findings, or says plainly why there are none.</summary>
public sealed class KeyFindingsTests
{
    private static ComparisonResult Sample => ComparisonReportFixture.Result;

    private static FrameDifference Diff(string frame, double a, double b, double q, double delta) =>
        new(frame, a, b, a - b, q / 2, q) { CountA = 5, CountB = 6, CliffsDelta = new ConfidenceInterval(delta, delta - 0.3, Math.Min(1, delta + 0.3), 0.95) };

    private static PairComparison Pair(string a, string b, params FrameDifference[] frames) =>
        new(a, b, new ConfidenceInterval(0.1, 0.05, 0.2, 0.95), frames, []);

    private static GroupSummary Group(string key, int articles) => new(key, articles, 0, 0, [], [], [], [], [], [], [], []);

    [Fact]
    public void From_KeepsOnlyDifferencesBelowAlpha_OrderedByQThenEffectSizeThenNames_AndCapsThem()
    {
        var pairs = new[]
        {
            Pair("A", "B", Diff("economic", 0.3, 0.1, 0.01, 0.8), Diff("morality", 0.2, 0.1, 0.04, 0.9), Diff("political", 0.2, 0.1, 0.05, 0.9)),
            Pair("A", "C", Diff("economic", 0.3, 0.1, 0.01, 0.9), Diff("crime", 0.3, 0.1, 0.01, 0.9), Diff("health", 0.3, 0.1, 0.02, 0.1)),
            Pair("B", "C", Diff("legal", 0.1, 0.1, 0.001, 0), Diff("other", 0.3, 0.1, 0.03, 0.5), Diff("x", 0.3, 0.2, double.NaN, 0.5)),
        };
        var k = KeyFindings.From(pairs, [Group("A", 5), Group("B", 30), Group("C", 6)]);

        // q 0.05 is not below alpha; a zero difference is no finding; NaN q is not tested.
        Assert.Equal(6, k.Surviving);
        Assert.Equal(8, k.Tested);
        Assert.Equal(KeyFindings.MaxFindings, k.Findings.Count);
        Assert.Equal(
            ["crime A>C", "economic A>C", "economic A>B", "health A>C", "other B>C"],
            k.Findings.Select(f => $"{f.Frame} {f.Higher}>{f.Lower}"));
        Assert.Equal((5, 30), (k.FewestArticles, k.MostArticles));
        Assert.True(k.GroupsAreSmall);
    }

    [Fact]
    public void From_TellsAFindingFromTheGroupWithMoreSalience_FlippingCliffsDelta()
    {
        var d = new FrameDifference("crime", 0.1, 0.4, -0.3, 0.001, 0.01) { CountA = 4, CountB = 7, CliffsDelta = new ConfidenceInterval(-0.6, -0.9, -0.2, 0.95) };
        var f = Assert.Single(KeyFindings.From([Pair("A", "B", d)], [Group("A", 4), Group("B", 7)]).Findings);
        Assert.Equal(("B", "A", 0.4, 0.1, 7, 4), (f.Higher, f.Lower, f.HigherMean, f.LowerMean, f.HigherArticles, f.LowerArticles));
        Assert.Equal((0.6, 0.2, 0.9), (f.CliffsDelta.Estimate, f.CliffsDelta.Lower, f.CliffsDelta.Upper));
    }

    [Fact]
    public void Sentence_UsesTheFramesDisplayName_AndGivesNEffectSizeIntervalAndQ()
    {
        var frame = Sample.Frames.First(f => f == "crime_and_punishment");
        var finding = new KeyFinding(frame, "Northbridge Courier", "The Gazette Wire", 0.36, 0.21, 5, 5, new ConfidenceInterval(0.52, 0.1, 0.8, 0.95), 0.004, 0.03);
        Assert.Equal(
            "Northbridge Courier gives the “Crime and punishment” frame more salience than The Gazette Wire " +
            "(0.360 vs 0.210 mean salience, n = 5 vs 5 articles, Cliff's δ = 0.52 [0.10, 0.80], q = 0.030).",
            KeyFindingText.Sentence(finding, Sample));
    }

    [Fact]
    public void OnTheSampleCorpus_NothingSurvives_AndTheReportSaysTheGroupsAreTooSmallToTell()
    {
        Assert.Empty(Sample.KeyFindings.Findings);
        Assert.True(Sample.KeyFindings.Tested > 0);
        var md = MarkdownReport.Format(Sample);
        var counts = md.IndexOf("## Counts", StringComparison.Ordinal);
        var findings = md.IndexOf("## Key findings", StringComparison.Ordinal);
        Assert.True(counts >= 0 && findings > counts && findings < md.IndexOf("## Frame salience", StringComparison.Ordinal), "key findings must come right after the counts");
        Assert.Contains("No difference survives correction", md, StringComparison.Ordinal);
        Assert.Contains("With 4–5 articles per group there are not enough articles to tell", md, StringComparison.Ordinal);
        Assert.Contains($"a rough guide is {KeyFindings.SmallGroupArticles}+ articles per group", md, StringComparison.Ordinal);
    }

    [Fact]
    public void WhenAFindingSurvives_EveryFormatLeadsWithItsSentence()
    {
        var finding = new KeyFinding("legality_constitutionality_jurisprudence", "Northbridge Courier", "El Heraldo Valdorense", 0.2555, 0.0769, 5, 5,
            new ConfidenceInterval(0.84, 0.3, 0.97, 0.95), 0.002, 0.02);
        var result = Sample with { KeyFindings = new KeyFindings([finding], 1, 90, 4, 5) };
        var sentence = KeyFindingText.Sentence(finding, result);
        Assert.Contains("“Legality, constitutionality and jurisprudence”", sentence, StringComparison.Ordinal);

        var md = MarkdownReport.Format(result);
        Assert.Contains("- " + sentence, md, StringComparison.Ordinal);
        Assert.Contains("read these as leads to check in the articles", md, StringComparison.Ordinal);
        Assert.DoesNotContain("No difference survives", md, StringComparison.Ordinal);

        var html = HtmlReport.Format(result);
        Assert.Contains("id=\"findings\"", html, StringComparison.Ordinal);
        Assert.Contains(System.Net.WebUtility.HtmlEncode(sentence), html, StringComparison.Ordinal);
        Assert.True(html.IndexOf("id=\"findings\"", StringComparison.Ordinal) < html.IndexOf("id=\"frames\"", StringComparison.Ordinal));

        using var doc = JsonDocument.Parse(JsonReport.Format(result));
        var k = Assert.Single(doc.RootElement.GetProperty("keyFindings").EnumerateArray());
        Assert.Equal(sentence, k.GetProperty("sentence").GetString());
        Assert.Equal("Legality, constitutionality and jurisprudence", k.GetProperty("frameName").GetString());
        Assert.Equal(("Northbridge Courier", 5, 0.84), (k.GetProperty("higher").GetString(), k.GetProperty("higherArticles").GetInt32(), k.GetProperty("cliffsDelta").GetProperty("estimate").GetDouble()));
        Assert.Equal(1, doc.RootElement.GetProperty("keyFindingsSummary").GetProperty("surviving").GetInt32());
    }

    [Fact]
    public void Json_KeyFindingsSummary_CarriesTheNoteAndTheThreshold()
    {
        using var doc = JsonDocument.Parse(JsonReport.Format(Sample));
        Assert.Empty(doc.RootElement.GetProperty("keyFindings").EnumerateArray());
        var summary = doc.RootElement.GetProperty("keyFindingsSummary");
        Assert.Equal(KeyFindings.SmallGroupArticles, summary.GetProperty("smallGroupArticles").GetInt32());
        Assert.StartsWith("No difference survives correction", summary.GetProperty("note").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void PairFrameDifferences_CarryCliffsDeltaAndTheirCounts_WithTheSignOfTheDifference()
    {
        var checkedAny = false;
        foreach (var pair in Sample.Pairs)
        {
            var a = Sample.Groups.Single(g => g.Key == pair.GroupA).Articles;
            var b = Sample.Groups.Single(g => g.Key == pair.GroupB).Articles;
            foreach (var d in pair.Frames)
            {
                Assert.InRange(d.CountA, 1, a);
                Assert.InRange(d.CountB, 1, b);
                Assert.True(d.CliffsDelta.IsDefined, $"{pair.GroupA}/{pair.GroupB}/{d.Frame}");
                if (Math.Abs(d.CliffsDelta.Estimate) > 0.5)
                {
                    // A large δ and the difference of means point the same way.
                    Assert.Equal(Math.Sign(d.CliffsDelta.Estimate), Math.Sign(d.Difference));
                    checkedAny = true;
                }
            }
        }

        Assert.True(checkedAny);
    }
}
