using System.Text.Json;

namespace FramingAnalysis.Tests.Cli;

/// <summary><c>framing analyze --evidence all|top|none</c> (issue 22, item 2): the same scores with all, the strongest, or no evidence.</summary>
public sealed class AnalyzeEvidenceOptionTests
{
    private static readonly string Targets = Path.Combine(RepoPaths.Corpus, "targets.json");

    private static async Task<string> Analyze(params string[] extra)
    {
        var (code, output, error) = await CorpusCommandTests.Run(["analyze", RepoPaths.Corpus, "--targets", Targets, .. extra]);
        Assert.True(code == 0, error);
        return output;
    }

    private static List<JsonElement> Records(string jsonl) =>
        [.. jsonl.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.Clone())];

    private static IEnumerable<JsonElement> EvidenceArrays(JsonElement r) =>
        new[] { r.GetProperty("sentiment") }.Concat(r.GetProperty("stance").EnumerateArray()).Concat(r.GetProperty("frames").EnumerateArray())
            .Where(e => e.TryGetProperty("evidence", out _)).Select(e => e.GetProperty("evidence"));

    private static string Scores(JsonElement r) =>
        $"{r.GetProperty("sentiment").GetProperty("compound")}|{string.Join(",", r.GetProperty("stance").EnumerateArray().Select(s => s.GetProperty("label") + ":" + s.GetProperty("score")))}|" +
        string.Join(",", r.GetProperty("frames").EnumerateArray().Select(f => f.GetProperty("frame") + ":" + f.GetProperty("score")));

    [Fact]
    public async Task All_is_the_default_top_keeps_the_strongest_item_and_none_drops_evidence_with_the_same_scores()
    {
        var byDefault = await Analyze();
        Assert.Equal(byDefault, await Analyze("--evidence", "all"));
        var all = Records(byDefault);
        var top = Records(await Analyze("--evidence", "top"));
        var none = Records(await Analyze("--evidence", "none"));
        Assert.Equal(all.Select(Scores), top.Select(Scores));
        Assert.Equal(all.Select(Scores), none.Select(Scores));
        Assert.All(none, r => Assert.Empty(EvidenceArrays(r)));

        var shrunk = 0;
        for (var i = 0; i < all.Count; i++)
        {
            var full = EvidenceArrays(all[i]).ToList();
            var kept = EvidenceArrays(top[i]).ToList();
            Assert.Equal(full.Count, kept.Count);
            for (var k = 0; k < full.Count; k++)
            {
                Assert.Equal(Math.Min(1, full[k].GetArrayLength()), kept[k].GetArrayLength());
                if (full[k].GetArrayLength() > 1)
                {
                    shrunk++;
                    var strongest = full[k].EnumerateArray().Max(e => Math.Abs(e.TryGetProperty("weight", out var w) ? w.GetDouble() : e.GetProperty("valence").GetDouble()));
                    var item = kept[k][0];
                    Assert.Equal(strongest, Math.Abs(item.TryGetProperty("weight", out var kw) ? kw.GetDouble() : item.GetProperty("valence").GetDouble()));
                }
            }
        }

        Assert.True(shrunk > 0);
    }

    [Fact]
    public async Task Csv_without_evidence_has_no_evidence_columns()
    {
        var header = (await Analyze("--format", "csv", "--evidence", "none")).Split('\n')[0];
        Assert.DoesNotContain("_evidence", header, StringComparison.Ordinal);
        Assert.Contains("stance_prison_model_quoted_speaker", header, StringComparison.Ordinal);
        Assert.Contains("sentiment_evidence", (await Analyze("--format", "csv")).Split('\n')[0], StringComparison.Ordinal);
    }
}
