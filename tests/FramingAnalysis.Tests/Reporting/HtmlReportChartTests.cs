using System.Text.RegularExpressions;
using FramingAnalysis.Comparison;
using FramingAnalysis.Comparison.Statistics;
using FramingAnalysis.Reporting;

namespace FramingAnalysis.Tests.Reporting;

/// <summary>Issue 24, item 3: one grouped frame chart with display names, stance axes scaled to the data, and the hint
/// shown when no targets were given.</summary>
public sealed class HtmlReportChartTests
{
    private static ComparisonResult Sample => ComparisonReportFixture.Result;

    [Theory]
    [InlineData(0.0, 0.05)]
    [InlineData(0.03, 0.05)]
    [InlineData(0.05, 0.05)]
    [InlineData(0.051, 0.1)]
    [InlineData(0.15, 0.2)]
    [InlineData(0.21, 0.25)]
    [InlineData(0.3, 0.5)]
    [InlineData(0.7, 1)]
    [InlineData(1.0, 1)]
    [InlineData(double.NaN, 1)]
    public void StanceAxis_IsTheSmallestNiceLimitHoldingTheLargestMagnitude(double largest, double limit) =>
        Assert.Equal(limit, ChartScale.SymmetricLimit(largest));

    [Theory]
    [InlineData(0.43, 0.5)]
    [InlineData(0.2, 0.2)]
    [InlineData(0.21, 0.25)]
    [InlineData(0.06, 0.1)]
    [InlineData(3, 5)]
    [InlineData(0, 1)]
    public void FrameAxis_EndsAtTheNiceNumberAboveTheLargestBar(double largest, double end) =>
        Assert.Equal(end, ChartScale.NiceCeiling(largest), 12);

    [Fact]
    public void Frames_AreOneGroupedChart_WithABarPerGroupInEachFrame_AndDisplayNames()
    {
        var html = HtmlReport.Format(Sample);
        Assert.Equal(1, Regex.Count(html, "<svg [^>]*id=\"frames-chart\""));
        Assert.DoesNotContain("id=\"frames-g", html, StringComparison.Ordinal);
        var chart = Svg(html, "frames-chart");
        for (var f = 0; f < Sample.Frames.Count; f++)
        {
            var start = chart.IndexOf($"<g id=\"frames-f{f}\">", StringComparison.Ordinal);
            Assert.True(start >= 0, "no block for frame " + f);
            var block = chart[start..chart.IndexOf("</g>", start, StringComparison.Ordinal)];
            Assert.Equal(Sample.Groups.Count, Regex.Count(block, "<rect "));
        }

        Assert.Contains(">Crime and punishment</text>", chart, StringComparison.Ordinal);
        Assert.Contains(">Legality, constitutionality and jurisprudence</text>", chart, StringComparison.Ordinal);
        Assert.DoesNotContain(">crime_and_punishment</text>", chart, StringComparison.Ordinal);

        // The legend names every group in its colour inside the chart.
        foreach (var g in Sample.Groups)
        {
            Assert.Contains(">" + System.Net.WebUtility.HtmlEncode(g.Key) + "</text>", chart, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void StanceAxis_IsScaledToTheData_WithLabelledTicks()
    {
        // One target whose only mean is 0.04 [0.01, 0.07]: the axis runs −0.1 … 0.1, so a bar of 0.04 is 40% of the half-axis.
        var group = Sample.Groups[0] with
        {
            Stance = [new StanceSummary("Budget", Voice.Outlet, 6, 2, 3, new ConfidenceInterval(0.04, 0.01, 0.07, 0.95), 1, 2, 3)],
            StanceExamples = [],
        };
        var result = Sample with { Targets = ["Budget"], Groups = [group] };
        var chart = Svg(HtmlReport.Format(result), "stance-t0");
        foreach (var tick in new[] { "−0.1", "−0.05", "0", "0.05", "0.1" })
        {
            Assert.Contains(">" + tick + "</text>", chart, StringComparison.Ordinal);
        }

        Assert.DoesNotContain(">−1</text>", chart, StringComparison.Ordinal);
        var width = double.Parse(Regex.Match(chart, "<rect x=\"[^\"]+\" y=\"[^\"]+\" width=\"([^\"]+)\"").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(0.4 * 420 / 2, width, 1);
    }

    [Fact]
    public void WithNoTargets_EveryFormatSaysHowToGiveThem()
    {
        var result = Sample with { Targets = [], Groups = [.. Sample.Groups.Select(g => g with { Stance = [], StanceExamples = [] })] };
        var md = MarkdownReport.Format(result);
        var stance = md[md.IndexOf("## Stance by voice", StringComparison.Ordinal)..md.IndexOf("## Sentiment by voice", StringComparison.Ordinal)];
        Assert.Contains("No targets were given", stance, StringComparison.Ordinal);
        Assert.Contains("`--targets targets.json`", stance, StringComparison.Ordinal);
        Assert.DoesNotContain("_(none)_", stance, StringComparison.Ordinal);

        var html = HtmlReport.Format(result);
        Assert.Contains("No targets were given", html, StringComparison.Ordinal);
        Assert.Contains("<code>--targets targets.json</code>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ADivergenceIntervalThatLeavesItsEstimateOut_IsFlagged()
    {
        var pair = Sample.Pairs[0] with { FrameDivergence = new ConfidenceInterval(0.0372, 0.0101, 0.0300, 0.95) };
        var result = Sample with { Pairs = [pair, .. Sample.Pairs.Skip(1)] };
        var md = MarkdownReport.Format(result);
        Assert.Contains("| 0.0372 | [0.0101, 0.0300] † |", md, StringComparison.Ordinal);
        Assert.Contains(KeyFindingText.OutsideNote, md, StringComparison.Ordinal);
        Assert.DoesNotContain("†", MarkdownReport.Format(Sample with { Pairs = [Sample.Pairs[0] with { FrameDivergence = new ConfidenceInterval(0.05, 0.01, 0.1, 0.95) }] }), StringComparison.Ordinal);
    }

    private static string Svg(string html, string id)
    {
        var start = html.IndexOf($"id=\"{id}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, "no element " + id);
        return html[start..html.IndexOf("</svg>", start, StringComparison.Ordinal)];
    }
}
