using System.Text.Json;
using FramingAnalysis.Comparison;
using FramingAnalysis.Reporting;

namespace FramingAnalysis.Tests.Comparison;

public sealed class ReportFormatTests
{
    private static ComparisonResult TinyResult()
    {
        // One article per source: every bootstrap interval is undefined (one cluster), so bounds must come out as null / "–".
        var analyzer = ComparisonFixture.Analyzer;
        var options = new ComparisonOptions { Resamples = 20, Permutations = 20 };
        var builder = ComparisonBuilder.For(analyzer, options);
        builder.Add(analyzer.Analyze(new Article { Id = "a1", Source = "Alpha", Language = "en", Title = "Court rules prison budget unconstitutional", Paragraphs = ["The court said the prison budget violated the constitution and cost taxpayers millions."] }));
        builder.Add(analyzer.Analyze(new Article { Id = "b1", Source = "Beta", Language = "en", Title = "Crime falls as gangs are jailed", Paragraphs = ["Police said murders fell sharply after gang leaders were arrested and jailed."] }));
        return builder.Build(ComparisonFixture.Manifest(analyzer, options));
    }

    [Fact]
    public void Json_writes_undefined_numbers_as_null_and_rounds_to_four_decimals()
    {
        var json = JsonReport.Format(TinyResult());
        using var doc = JsonDocument.Parse(json);
        var salience = doc.RootElement.GetProperty("groups")[0].GetProperty("frames")[0].GetProperty("salience");
        Assert.Equal(JsonValueKind.Number, salience.GetProperty("estimate").ValueKind);
        Assert.Equal(JsonValueKind.Null, salience.GetProperty("lower").ValueKind);
        Assert.Equal(JsonValueKind.Null, doc.RootElement.GetProperty("pairs")[0].GetProperty("frameDivergence").GetProperty("upper").ValueKind);
        foreach (var number in System.Text.RegularExpressions.Regex.Matches(json, @"-?\d+\.(\d+)").Select(m => m.Groups[1].Value))
        {
            Assert.True(number.Length <= 4, number);
        }

        Assert.DoesNotContain("-0,", json, StringComparison.Ordinal);
        Assert.DoesNotContain("NaN", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_has_every_section_and_dashes_for_undefined_intervals()
    {
        var md = MarkdownReport.Format(TinyResult());
        foreach (var section in new[] { "## Counts", "## Frame salience", "## Stance by voice", "## Sentiment by voice", "## Top frame cues", "## Pairwise comparisons", "## Distinctive language", "## Article versus audience", "## Run manifest" })
        {
            Assert.Contains(section, md, StringComparison.Ordinal);
        }

        Assert.Contains("| Alpha | Beta |", md, StringComparison.Ordinal);
        Assert.Contains("| – |", md, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", md, StringComparison.Ordinal);
    }
}
