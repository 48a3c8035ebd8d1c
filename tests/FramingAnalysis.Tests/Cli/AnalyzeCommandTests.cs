using System.Text.Json;

namespace FramingAnalysis.Tests.Cli;

public class AnalyzeCommandTests
{
    [Fact]
    public async Task Analyze_WritesOneJsonRecordPerScoredUnit_WithSentimentStanceAndFrames()
    {
        var (code, output, _) = await CorpusCommandTests.Run("analyze", RepoPaths.Corpus, "--targets", Path.Combine(RepoPaths.Corpus, "targets.json"));
        Assert.Equal(0, code);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(234, lines.Length);
        using var first = JsonDocument.Parse(lines[0]);
        var r = first.RootElement;
        Assert.Equal("tg1/title", r.GetProperty("unit_id").GetString());
        Assert.InRange(r.GetProperty("sentiment").GetProperty("compound").GetDouble(), -1, 1);
        Assert.Equal(3, r.GetProperty("stance").EnumerateArray().Count(s => s.GetProperty("voice").GetString() == "outlet"));
        Assert.True(r.TryGetProperty("primary_frame", out _));
    }

    [Fact]
    public async Task Analyze_LabelsTargetsAUnitDoesNotMention_NotMentioned_NeverNeutral()
    {
        var (code, output, _) = await CorpusCommandTests.Run("analyze", RepoPaths.Corpus, "--targets", Path.Combine(RepoPaths.Corpus, "targets.json"));
        Assert.Equal(0, code);
        var stance = output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(l => JsonDocument.Parse(l).RootElement.GetProperty("stance").EnumerateArray().Select(s => s.Clone())).ToList();
        var labels = stance.Select(s => s.GetProperty("label").GetString()).ToHashSet();
        Assert.Subset(new HashSet<string?> { "favor", "against", "neutral", "not_mentioned" }, labels);
        var notMentioned = stance.Where(s => s.GetProperty("label").GetString() == "not_mentioned").ToList();
        Assert.NotEmpty(notMentioned);
        Assert.All(notMentioned, s => Assert.Equal(0, s.GetProperty("evidence").GetArrayLength()));
        Assert.Contains(stance, s => s.GetProperty("label").GetString() == "neutral");
    }

    [Fact]
    public async Task Analyze_Csv_FlattensNestedNames_AndIsByteIdenticalOnRerun()
    {
        var (_, once, _) = await CorpusCommandTests.Run("analyze", RepoPaths.Corpus, "--format", "csv", "--targets", Path.Combine(RepoPaths.Corpus, "targets.json"));
        var (_, twice, _) = await CorpusCommandTests.Run("analyze", RepoPaths.Corpus, "--format", "csv", "--targets", Path.Combine(RepoPaths.Corpus, "targets.json"));
        Assert.StartsWith("article_id,source,language,unit_id,kind,index,text,sentiment_compound,sentiment_label", once);
        Assert.Contains("stance_prison_model_label", once);
        Assert.Equal(once, twice);
    }

    [Fact]
    public async Task Analyze_WithFrames_UsesOnlyTheUserFrames()
    {
        var codebook = Path.Combine(RepoPaths.Root, "samples", "frames", "prison-policy-9.tsv");
        var (code, output, _) = await CorpusCommandTests.Run("analyze", RepoPaths.Corpus, "--frames", codebook);
        Assert.Equal(0, code);
        var ids = FramingAnalysis.Frames.FrameDictionaryLoader.Load(codebook).FrameSet.Frames.Select(f => f.Id).ToHashSet();
        var frames = output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(l => JsonDocument.Parse(l).RootElement.GetProperty("frames").EnumerateArray().Select(f => f.GetProperty("frame").GetString()!))
            .ToList();
        Assert.NotEmpty(frames);
        Assert.All(frames, f => Assert.Contains(f, ids));
    }
}
