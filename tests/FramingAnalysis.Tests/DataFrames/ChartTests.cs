using System.Xml.Linq;
using FramingAnalysis.Charts;
using FramingAnalysis.DataFrames;

namespace FramingAnalysis.Tests.DataFrames;

public class ChartTests
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static TheoryData<string> Charts => ["frames", "stance", "trajectory", "terms"];

    private static FramingChart Make(string name) => name switch
    {
        "frames" => FramingCharts.FrameDistribution(DataFramesFixture.Comparison),
        "stance" => FramingCharts.StanceByVoice(DataFramesFixture.Comparison, "Prison model"),
        "trajectory" => FramingCharts.SentimentTrajectory(DataFramesFixture.Analyses[0]),
        _ => FramingCharts.DistinctiveTerms(DataFramesFixture.Comparison, DataFramesFixture.Comparison.Groups[0].Key),
    };

    [Theory]
    [MemberData(nameof(Charts))]
    public void Chart_SavedAsSvg_IsWellFormed_AndContainsItsTitle(string name)
    {
        using var dir = new TempDir();
        var chart = Make(name);
        var path = Path.Combine(dir.Path, name + ".svg");
        chart.SaveSvg(path, 800, 600);
        var svg = File.ReadAllText(path);
        var doc = XDocument.Parse(svg);
        Assert.Equal("svg", doc.Root!.Name.LocalName);
        var text = string.Concat(doc.Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value));
        Assert.Contains(chart.Title, text);
    }

    [Theory]
    [MemberData(nameof(Charts))]
    public void Chart_SavedAsPng_HasThePngSignature_AndIsNotTiny(string name)
    {
        using var dir = new TempDir();
        var path = Path.Combine(dir.Path, name + ".png");
        Make(name).SavePng(path, 800, 600);
        var bytes = File.ReadAllBytes(path);
        Assert.True(bytes.Length > 5_000, $"{bytes.Length} bytes");
        Assert.Equal(PngSignature, bytes[..8]);
        // IHDR width and height, big-endian, at bytes 16..23.
        Assert.Equal(800, (bytes[16] << 24) | (bytes[17] << 16) | (bytes[18] << 8) | bytes[19]);
        Assert.Equal(600, (bytes[20] << 24) | (bytes[21] << 16) | (bytes[22] << 8) | bytes[23]);
    }

    [Fact]
    public void FrameDistribution_LabelsEveryFrameAndGroup()
    {
        var result = DataFramesFixture.Comparison;
        var svg = FramingCharts.FrameDistribution(result).ToSvg();
        var text = string.Join("\n", XDocument.Parse(svg).Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value));
        Assert.All(result.Frames, f => Assert.Contains(f, text));
        Assert.All(result.Groups, g => Assert.Contains(g.Key, text));
    }

    [Fact]
    public void StanceByVoice_UnknownTarget_SaysWhichTargetsExist()
    {
        var ex = Assert.Throws<ArgumentException>(() => FramingCharts.StanceByVoice(DataFramesFixture.Comparison, "Nobody"));
        Assert.Contains("Prison model", ex.Message);
    }

    [Fact]
    public void Chart_InANotebook_IsInlineSvg()
    {
        var chart = FramingCharts.SentimentTrajectory(DataFramesFixture.Analyses[1]);
        Assert.Contains("<svg", chart.ToDisplayString("text/html"));
        Assert.StartsWith("[chart] Sentiment trajectory", chart.ToDisplayString("text/plain"));
    }
}
