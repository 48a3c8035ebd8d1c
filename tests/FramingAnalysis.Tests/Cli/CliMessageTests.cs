namespace FramingAnalysis.Tests.Cli;

/// <summary>Issue 24, CLI conventions: errors speak of the command line, not of .NET parameters and types; defaults are shown once.</summary>
public class CliMessageTests
{
    [Fact]
    public async Task AMistypedGrouping_IsNamed_WithoutTheOptionsPropertyName()
    {
        var (code, _, error) = await CorpusCommandTests.Run("compare", RepoPaths.Corpus, "--by", "sourc");
        Assert.Equal(2, code);
        Assert.Contains("'sourc'", error);
        Assert.DoesNotContain("(Parameter", error);
    }

    [Fact]
    public async Task ASeedThatIsNotANumber_IsNamed_WithoutADotNetTypeName()
    {
        var (code, _, error) = await CorpusCommandTests.Run("compare", RepoPaths.Corpus, "--seed", "abc");
        Assert.NotEqual(0, code);
        Assert.Contains("--seed 'abc' is not a whole number", error);
        Assert.DoesNotContain("System.UInt64", error);
    }

    [Theory]
    [InlineData("analyze")]
    [InlineData("compare")]
    public async Task Help_ShowsEachDefaultOnce(string command)
    {
        var (_, output, _) = await CorpusCommandTests.Run(command, "--help");
        Assert.Contains("[default:", output);
        foreach (var line in output.Split('\n').Where(l => l.Contains("[default:", StringComparison.Ordinal)))
        {
            Assert.DoesNotContain("(default", line);
        }
    }

    [Fact]
    public async Task ShortOptions_OAndF_AreOutAndFormat()
    {
        using var dir = new TempDir();
        var path = Path.Combine(dir.Path, "report.json");
        var (code, _, error) = await CorpusCommandTests.Run("compare", RepoPaths.Corpus, "-f", "json", "-o", path, "--resamples", "50", "--permutations", "50", "--progress-every", "0");
        Assert.True(code == 0, error);
        Assert.StartsWith("{", File.ReadAllText(path).TrimStart());
    }
}
