using System.Text.Json;
using FramingAnalysis.Cli;

namespace FramingAnalysis.Tests.Cli;

/// <summary>
/// <c>framing compare</c> on the sample corpus, including the golden Markdown report.
/// </summary>
/// <remarks>
/// The golden file <c>tests/FramingAnalysis.Tests/Golden/compare-sample.md</c> changes whenever a scorer, lexicon or the
/// sample corpus changes. After checking that the change is intended, regenerate it with one command from the repository
/// root:
/// <code>FRAMING_UPDATE_GOLDEN=1 dotnet test tests/FramingAnalysis.Tests --filter "FullyQualifiedName~CompareCommandTests"</code>
/// and review the diff (<c>git diff tests/FramingAnalysis.Tests/Golden</c>) before committing it.
/// </remarks>
public sealed class CompareCommandTests
{
    private static string GoldenPath => Path.Combine(RepoPaths.Root, "tests", "FramingAnalysis.Tests", "Golden", "compare-sample.md");

    private static string Targets => Path.Combine(RepoPaths.Corpus, "targets.json");

    private static async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await FramingCli.RunAsync(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Markdown_report_on_the_sample_corpus_matches_the_golden_file()
    {
        var (code, output, error) = await RunAsync("compare", RepoPaths.Corpus, "--targets", Targets);
        Assert.True(code == FramingCli.Ok, error);
        if (Environment.GetEnvironmentVariable("FRAMING_UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(GoldenPath)!);
            await File.WriteAllTextAsync(GoldenPath, output, new System.Text.UTF8Encoding(false));
            return;
        }

        Assert.True(File.Exists(GoldenPath), $"No golden file; create it with FRAMING_UPDATE_GOLDEN=1 (see {nameof(CompareCommandTests)}).");
        var expected = (await File.ReadAllTextAsync(GoldenPath)).ReplaceLineEndings("\n");
        Assert.Equal(expected, output);
    }

    [Fact]
    public async Task Progress_goes_to_stderr_and_the_report_to_stdout()
    {
        var (code, output, error) = await RunAsync("compare", RepoPaths.Corpus, "--resamples", "50", "--permutations", "50", "--progress-every", "5");
        Assert.Equal(FramingCli.Ok, code);
        Assert.Contains("framing compare: 5 articles\n", error.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.StartsWith("# Framing comparison", output, StringComparison.Ordinal);
        Assert.Contains("framing compare:", error, StringComparison.Ordinal);
        Assert.DoesNotContain("framing compare:", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Json_output_parses_and_is_identical_on_rerun()
    {
        var args = new[] { "compare", RepoPaths.Corpus, "--targets", Targets, "--format", "json", "--seed", "7", "--resamples", "100", "--permutations", "100" };
        var first = await RunAsync(args);
        var second = await RunAsync(args);
        Assert.Equal(FramingCli.Ok, first.Code);
        Assert.Equal(first.Output, second.Output);
        using var doc = JsonDocument.Parse(first.Output);
        Assert.Equal(7UL, doc.RootElement.GetProperty("manifest").GetProperty("options").GetProperty("seed").GetUInt64());
        Assert.True(doc.RootElement.GetProperty("groups").GetArrayLength() >= 2);
    }

    [Fact]
    public async Task Csv_writes_tables_into_the_out_folder()
    {
        using var dir = new TempDir();
        var (code, _, error) = await RunAsync("compare", RepoPaths.Corpus, "--format", "csv", "--out", dir.Path, "--resamples", "50", "--permutations", "50");
        Assert.True(code == FramingCli.Ok, error);
        var frames = await File.ReadAllLinesAsync(Path.Combine(dir.Path, "frames.csv"));
        Assert.Equal("group,frame,salience,lower,upper,share", frames[0]);
        Assert.True(File.Exists(Path.Combine(dir.Path, "effects.csv")));
    }

    [Fact]
    public async Task Unknown_grouping_is_a_usage_error()
    {
        var (code, _, error) = await RunAsync("compare", RepoPaths.Corpus, "--by", "author");
        Assert.Equal(FramingCli.UsageError, code);
        Assert.Contains("Unknown grouping", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Html_report_is_self_contained_with_svg_charts()
    {
        var (code, output, error) = await RunAsync("compare", RepoPaths.Corpus, "--targets", Targets, "--format", "html", "--resamples", "50", "--permutations", "50");
        Assert.True(code == FramingCli.Ok, error);
        Assert.StartsWith("<!DOCTYPE html>", output, StringComparison.Ordinal);
        Assert.Contains("<svg", output, StringComparison.Ordinal);
        Assert.Contains("<line x1=", output, StringComparison.Ordinal);

        // No network requests: no scripts, stylesheets, images or fonts loaded from anywhere; the only URL is the SVG namespace.
        Assert.DoesNotContain("<script", output, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", output, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", output, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("url(", output, StringComparison.OrdinalIgnoreCase);
        var urls = System.Text.RegularExpressions.Regex.Matches(output, "https?://[^\"\\s<]+").Select(m => m.Value).Distinct().ToList();
        Assert.Equal(["http://www.w3.org/2000/svg"], urls);
    }

    [Fact]
    public async Task Frames_option_replaces_the_frame_set_in_the_report()
    {
        var codebook = Path.Combine(RepoPaths.Root, "samples", "frames", "prison-policy-9.tsv");
        var (code, output, error) = await RunAsync("compare", RepoPaths.Corpus, "--frames", codebook, "--resamples", "50", "--permutations", "50");
        Assert.True(code == FramingCli.Ok, error);
        Assert.Contains("with 9 frames", error, StringComparison.Ordinal);
        Assert.Contains("| policy_transfer | Policy transfer / Transferencia de políticas |", output, StringComparison.Ordinal);
        Assert.DoesNotContain("| economic |", output, StringComparison.Ordinal);
        Assert.Contains("prison-policy-9.tsv", output, StringComparison.Ordinal); // hashed as an input in the manifest
    }

    [Fact]
    public async Task Frames_option_reports_bad_lines_and_rejects_an_empty_dictionary()
    {
        using var dir = new TempDir();
        var bad = dir.File("bad.tsv", "frame\tcue\tweight\ncrime\tgang*\tx\n");
        var (code, _, error) = await RunAsync("compare", RepoPaths.Corpus, "--frames", bad);
        Assert.Equal(FramingCli.UsageError, code);
        Assert.Contains("bad.tsv:2: weight:", error, StringComparison.Ordinal);
        var missing = await RunAsync("analyze", RepoPaths.Corpus, "--frames", Path.Combine(dir.Path, "none.tsv"));
        Assert.Equal(FramingCli.UsageError, missing.Code);
    }
}
