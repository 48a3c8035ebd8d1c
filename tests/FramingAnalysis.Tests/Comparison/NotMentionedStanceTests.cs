using System.Text.Json;
using FramingAnalysis.Comparison;
using FramingAnalysis.Reporting;
using FramingAnalysis.Tests.Stance;

namespace FramingAnalysis.Tests.Comparison;

/// <summary>
/// A unit that does not mention a target has no stance toward it: comparison leaves it out of stance means, label counts
/// and examples, counts it apart, and every report shows a row that no unit mentions as such, not as a mean of 0.
/// </summary>
public sealed class NotMentionedStanceTests
{
    private static ComparisonResult Result { get; } = ThirdPartyStanceScorerTests.Compare(ThirdPartyStanceScorerTests.Analyzer());

    [Fact]
    public void UnmentionedUnits_AreLeftOutOfTheMeanAndLabels_AndCountedApart()
    {
        var outlet = Result.Groups.Single(g => g.Key == "Alpha").Stance.Single(s => s.Target == "Budget" && s.Voice == Voice.Outlet);

        // Title (neutral 0), p1 (favor 1), p3 (carried, favor 1) mention it; p2 does not. Counted as a neutral 0, p2 would
        // make the mean 0.5 over 4 units.
        Assert.Equal(3, outlet.Units);
        Assert.Equal(outlet.Units, outlet.Against + outlet.Neutral + outlet.Favor);
        Assert.Equal(1, outlet.NotMentioning);
        Assert.Equal(2.0 / 3, outlet.Mean.Estimate, 12);
    }

    [Fact]
    public void RowsThatNoUnitMentions_AreKept_WithAnUndefinedMeanAndNoExample()
    {
        var alpha = Result.Groups.Single(g => g.Key == "Alpha");
        var audience = alpha.Stance.Single(s => s.Target == "Budget" && s.Voice == Voice.Audience);
        Assert.Equal((0, 1, 0, 0, 0, 0), (audience.Units, audience.NotMentioning, audience.Articles, audience.Against, audience.Neutral, audience.Favor));
        Assert.True(double.IsNaN(audience.Mean.Estimate));
        Assert.False(audience.Mean.IsDefined);

        var mayor = Result.Groups.SelectMany(g => g.Stance).Where(s => s.Target == "Mayor").ToList();
        Assert.Equal(3, mayor.Count);
        Assert.All(mayor, s => Assert.Equal(0, s.Units));
        Assert.DoesNotContain(Result.Groups.SelectMany(g => g.StanceExamples), e => e.Target == "Mayor" || e.Voice == Voice.Audience);
    }

    [Fact]
    public void Markdown_SaysThatNoUnitMentionsTheTarget()
    {
        var md = MarkdownReport.Format(Result);
        Assert.Contains("| Group | Target | Voice | Units mentioning | Units not mentioning | Share mentioning | Articles | Mean (mentioning units) |", md, StringComparison.Ordinal);
        Assert.Contains("| Alpha | Budget | audience | 0 | 1 | 0% | 0 | no unit mentions it | – | 0 | 0 | 0 |", md, StringComparison.Ordinal);
        Assert.Contains("| Beta | Mayor | outlet | 0 | 2 | 0% | 0 | no unit mentions it | – | 0 | 0 | 0 |", md, StringComparison.Ordinal);
        Assert.Contains("| Alpha | Budget | outlet | 3 | 1 | 75% | 1 | 0.6667 |", md, StringComparison.Ordinal);
        Assert.DoesNotContain("| Mayor | outlet | 0 | 2 | 0.0000", md, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_GivesTheMentioningAndNotMentioningCounts_AndANullMeanWhenNoUnitMentions()
    {
        using var doc = JsonDocument.Parse(JsonReport.Format(Result));
        var rows = doc.RootElement.GetProperty("groups")[0].GetProperty("stance").EnumerateArray().ToList();
        var outlet = rows.Single(r => r.GetProperty("target").GetString() == "Budget" && r.GetProperty("voice").GetString() == "outlet");
        Assert.Equal((3, 1), (outlet.GetProperty("units").GetInt32(), outlet.GetProperty("notMentioning").GetInt32()));
        var audience = rows.Single(r => r.GetProperty("target").GetString() == "Budget" && r.GetProperty("voice").GetString() == "audience");
        Assert.Equal((0, 1), (audience.GetProperty("units").GetInt32(), audience.GetProperty("notMentioning").GetInt32()));
        Assert.Equal(JsonValueKind.Null, audience.GetProperty("mean").GetProperty("estimate").ValueKind);
    }

    [Fact]
    public void Csv_And_Html_ShowTheRowThatNoUnitMentions()
    {
        using var dir = new TempDir();
        CsvReport.WriteTables(Result, dir.Path);
        var stance = File.ReadAllLines(Path.Combine(dir.Path, "stance.csv"));
        Assert.Equal("group,target,voice,units,not_mentioning,articles,mean,lower,upper,against,neutral,favor", stance[0]);
        Assert.Contains("Alpha,Budget,audience,0,1,0,,,,0,0,0", stance);
        Assert.Contains("Alpha,Budget,outlet,3,1,1,0.6667,,,0,1,2", stance);

        var html = HtmlReport.Format(Result);
        Assert.Contains("no unit mentions it", html, StringComparison.Ordinal);
        Assert.Contains("<th>Units mentioning</th><th>Units not mentioning</th><th>Share mentioning</th>", html, StringComparison.Ordinal);
        Assert.Contains("<td>Alpha</td><td>Budget</td><td>outlet</td><td class=\"n\">3</td><td class=\"n\">1</td><td class=\"n\">75%</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Shards_WithUnmentionedUnits_MergeToTheSameReport()
    {
        var analyzer = ThirdPartyStanceScorerTests.Analyzer();
        var options = new ComparisonOptions { Resamples = 50, Permutations = 50 };
        var a = ComparisonBuilder.For(analyzer, options);
        var b = ComparisonBuilder.For(analyzer, options);
        a.Add(analyzer.Analyze(ThirdPartyStanceScorerTests.Articles[1]));
        b.Add(analyzer.Analyze(ThirdPartyStanceScorerTests.Articles[0]));
        a.Merge(b);
        var merged = a.Build(RunManifest.Create(analyzer, options, []));
        Assert.Equal(JsonReport.Format(Result), JsonReport.Format(merged));
        Assert.Equal(MarkdownReport.Format(Result), MarkdownReport.Format(merged));
    }
}
