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

    [Theory]
    [InlineData("compare --seed abc", "framing compare: --seed 'abc' is not a whole number")]
    [InlineData("compare --bogus", "framing compare: Unrecognized command or argument '--bogus'")]
    [InlineData("analyze --format xml", "framing analyze: Argument 'xml' not recognized")]
    [InlineData("comapre", "framing: Unrecognized command or argument 'comapre'")]
    public async Task AParseError_IsOneLinePerError_AndAPointerToHelp_NotTheWholeHelp(string args, string expected)
    {
        var argv = args.Split(' ').ToList();
        if (argv[0] is "compare" or "analyze")
        {
            argv.Insert(1, RepoPaths.Corpus);
        }

        var (code, output, error) = await CorpusCommandTests.Run([.. argv]);
        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains(expected, error);
        Assert.Contains("--help' for the options.", error);
        Assert.DoesNotContain("Usage:", error);
        Assert.DoesNotContain("Options:", error);
    }

    [Fact]
    public async Task Framing_WithoutACommand_ShowsTheCommands()
    {
        var (code, output, _) = await CorpusCommandTests.Run();
        Assert.Equal(2, code);
        Assert.Contains("compare", output);
        Assert.Contains("analyze", output);
    }

    [Fact]
    public async Task GroupingByAMetadataKeyNoArticleHas_Warns_AndAPartialKeyCountsTheArticlesWithout()
    {
        var (code, _, error) = await CorpusCommandTests.Run("compare", RepoPaths.Corpus, "--by", "metadata.author", "--resamples", "10", "--permutations", "10");
        Assert.Equal(0, code);
        Assert.Contains("warning: no article has metadata.author, so every article is in one group (none)", error);

        using var dir = new TempDir();
        var csv = dir.File("articles.csv",
            "id,source,language,title,text,desk\n" +
            "a1,Alpha,en,Prices rise,The council raised prices again this week.,city\n" +
            "a2,Beta,en,Prices fall,The council cut prices again this week.,\n" +
            "a3,Gamma,en,Prices hold,The council kept prices the same this week.,\n");
        (code, _, error) = await CorpusCommandTests.Run("compare", csv, "--by", "metadata.desk", "--resamples", "10", "--permutations", "10");
        Assert.True(code == 0, error);
        Assert.Contains("warning: 2 of 3 articles have no metadata.desk; they form the group (none)", error);
    }
}
