using System.Text.Json;
using FramingAnalysis.Cli;
using FramingAnalysis.Tests.Sentiment.Vader;

namespace FramingAnalysis.Tests.Cli;

/// <summary><c>framing compare</c> takes the sentiment options of <c>analyze</c> (issue 24, item 4): <c>--sentiment vader --lexicon FILE</c>.</summary>
public sealed class CompareSentimentOptionTests
{
    private static readonly string Lexicon = VaderTestData.DataPath("test_vader_lexicon.txt");

    private static async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await FramingCli.RunAsync(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    private static double MeanOutletSentiment(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var values = new List<double>();
        foreach (var group in doc.RootElement.GetProperty("groups").EnumerateArray())
        {
            foreach (var voice in group.GetProperty("sentiment").EnumerateArray())
            {
                values.Add(voice.GetProperty("mean").GetProperty("estimate").GetDouble());
            }
        }

        return values.Average();
    }

    [Fact]
    public async Task Vader_mode_scores_the_comparison_with_the_given_lexicon_and_records_it()
    {
        string[] common = ["compare", RepoPaths.Corpus, "--format", "json", "--resamples", "20", "--permutations", "20"];
        var rules = await RunAsync(common);
        var vader = await RunAsync([.. common, "--sentiment", "vader", "--lexicon", Lexicon]);
        Assert.True(vader.Code == FramingCli.Ok, vader.Error);
        Assert.Equal(FramingCli.Ok, rules.Code);

        using var doc = JsonDocument.Parse(vader.Output);
        var manifest = doc.RootElement.GetProperty("manifest");
        Assert.True(manifest.GetProperty("resourceVersions").TryGetProperty("test_vader_lexicon", out _), manifest.ToString());
        Assert.Contains(manifest.GetProperty("inputs").EnumerateArray(), i => i.GetProperty("path").GetString()!.EndsWith("test_vader_lexicon.txt", StringComparison.Ordinal));

        // A 40-word test lexicon scores the sample corpus differently from the built-in rules.
        Assert.NotEqual(MeanOutletSentiment(rules.Output), MeanOutletSentiment(vader.Output));
    }

    [Theory]
    [InlineData("--sentiment", "vader")]
    [InlineData("--lexicon", "vader_lexicon.txt")]
    public async Task Vader_options_without_their_partner_are_usage_errors_before_any_work(string option, string value)
    {
        var (code, output, error) = await RunAsync("compare", RepoPaths.Corpus, option, value);
        Assert.Equal(FramingCli.UsageError, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains("--sentiment vader", error, StringComparison.Ordinal);
        Assert.DoesNotContain("framing compare: 5 articles", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_manifest_records_the_stance_tables_when_targets_are_given()
    {
        var (code, output, error) = await RunAsync("compare", RepoPaths.Corpus, "--targets", Path.Combine(RepoPaths.Corpus, "targets.json"), "--format", "json", "--resamples", "20", "--permutations", "20");
        Assert.True(code == FramingCli.Ok, error);
        using var doc = JsonDocument.Parse(output);
        var versions = doc.RootElement.GetProperty("manifest").GetProperty("resourceVersions");
        Assert.Equal("1.2.0", versions.GetProperty("Stance function words (English)").GetString());
        Assert.True(versions.TryGetProperty("Stance cue lexicon (Spanish)", out _));
        Assert.True(versions.TryGetProperty("FramingAnalysis English sentiment lexicon", out _));
    }
}
