using System.Text.Json;
using FramingAnalysis.Tests.Cli;

namespace FramingAnalysis.Tests.ML;

public class AnalyzeWithModelTests
{
    [Fact]
    public async Task Analyze_WithAStanceModel_WritesTheSameFieldsPlusProbabilities()
    {
        using var dir = new TempDir();
        var model = Path.Combine(dir.Path, "stance.zip");
        var (trainCode, _, trainError) = await CorpusCommandTests.Run("train", "--task", "stance", "--data", RepoPaths.TestData("stance-training.tsv"), "--out", model, "--trainer", "sdca", "--seed", "3");
        Assert.True(trainCode == 0, trainError);

        var (code, output, error) = await CorpusCommandTests.Run("analyze", RepoPaths.Corpus, "--targets", Path.Combine(RepoPaths.Corpus, "targets.json"), "--model", model);
        Assert.True(code == 0, error);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(234, lines.Length);
        using var doc = JsonDocument.Parse(lines[1]);
        var stance = doc.RootElement.GetProperty("stance")[0];
        Assert.Equal("model", stance.GetProperty("reason").GetString());
        var probabilities = stance.GetProperty("probabilities");
        var sum = probabilities.EnumerateObject().Sum(p => p.Value.GetDouble());
        Assert.InRange(sum, 0.99, 1.01);
        Assert.True(doc.RootElement.GetProperty("sentiment").TryGetProperty("compound", out _));
    }

    [Fact]
    public async Task Analyze_WithAStanceModelButNoTargets_IsAUsageError()
    {
        using var dir = new TempDir();
        var model = Path.Combine(dir.Path, "stance.zip");
        await CorpusCommandTests.Run("train", "--task", "stance", "--data", RepoPaths.TestData("stance-training.tsv"), "--out", model, "--trainer", "sdca");
        var (code, _, error) = await CorpusCommandTests.Run("analyze", RepoPaths.Corpus, "--model", model);
        Assert.Equal(2, code);
        Assert.Contains("--targets", error);
    }
}
