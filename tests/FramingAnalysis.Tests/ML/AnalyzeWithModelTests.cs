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
        // The model labels the targets a unit mentions; a unit that does not mention a target has no stance toward it.
        var docs = lines.Select(l => JsonDocument.Parse(l)).ToList();
        var stances = docs.SelectMany(d => d.RootElement.GetProperty("stance").EnumerateArray()).ToList();
        var modelled = stances.First(s => s.GetProperty("reason").GetString() == "model");
        var sum = modelled.GetProperty("probabilities").EnumerateObject().Sum(p => p.Value.GetDouble());
        Assert.InRange(sum, 0.99, 1.01);
        Assert.Contains(stances, s => s.GetProperty("label").GetString() == "not_mentioned" && s.GetProperty("reason").GetString() == "no mention");
        Assert.True(docs[1].RootElement.GetProperty("sentiment").TryGetProperty("compound", out _));
        docs.ForEach(d => d.Dispose());
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

    [Fact]
    public async Task Compare_WithAStanceModel_UsesItAndHashesItInTheManifest()
    {
        using var dir = new TempDir();
        var model = Path.Combine(dir.Path, "stance.zip");
        var (trainCode, _, trainError) = await CorpusCommandTests.Run("train", "--task", "stance", "--data", RepoPaths.TestData("stance-training.tsv"), "--out", model, "--trainer", "sdca", "--seed", "3");
        Assert.True(trainCode == 0, trainError);
        var targets = Path.Combine(RepoPaths.Corpus, "targets.json");

        var (code, output, error) = await CorpusCommandTests.Run("compare", RepoPaths.Corpus, "--targets", targets, "--model", model, "--format", "json", "--resamples", "200", "--permutations", "200", "--progress-every", "0");
        var (ruleCode, ruleOutput, _) = await CorpusCommandTests.Run("compare", RepoPaths.Corpus, "--targets", targets, "--format", "json", "--resamples", "200", "--permutations", "200", "--progress-every", "0");
        Assert.True(code == 0, error);
        Assert.Equal(0, ruleCode);
        Assert.Contains("stance.zip", output);
        Assert.DoesNotContain("stance.zip", ruleOutput);
        using var withModel = JsonDocument.Parse(output);
        using var withRules = JsonDocument.Parse(ruleOutput);
        // The stance rows come from the model: their means differ from the rule scorer's.
        Assert.NotEqual(Stance(withRules), Stance(withModel));

        // The manifest names each task's scorer.
        Assert.Equal("""{"sentiment":"rules","stance":"model","frames":"dictionary"}""", Scorers(withModel));
        Assert.Equal("""{"sentiment":"rules","stance":"rules","frames":"dictionary"}""", Scorers(withRules));
    }

    [Fact]
    public async Task Compare_WithAFramesModel_NamesItAndItsFileInTheManifest()
    {
        using var dir = new TempDir();
        var model = Path.Combine(dir.Path, "frames.zip");
        var (trainCode, _, trainError) = await CorpusCommandTests.Run("train", "--task", "frames", "--data", RepoPaths.Corpus, "--out", model, "--trainer", "lbfgs", "--seed", "3");
        Assert.True(trainCode == 0, trainError);
        var (code, output, error) = await CorpusCommandTests.Run("compare", RepoPaths.Corpus, "--model", model, "--format", "json", "--resamples", "50", "--permutations", "50", "--progress-every", "0");
        Assert.True(code == 0, error);
        using var report = JsonDocument.Parse(output);
        Assert.Equal("""{"sentiment":"rules","frames":"model"}""", Scorers(report));
        Assert.True(report.RootElement.GetProperty("manifest").GetProperty("resourceVersions").TryGetProperty("frames.zip", out _));
    }

    private static string Scorers(JsonDocument report) =>
        report.RootElement.GetProperty("manifest").GetProperty("scorers").GetRawText().Replace(" ", "").Replace("\n", "").Replace("\r", "");

    private static string Stance(JsonDocument report) =>
        string.Join(";", report.RootElement.GetProperty("groups").EnumerateArray().Select(g => g.GetProperty("stance").GetRawText()));
}
