using FramingAnalysis.Cli;

namespace FramingAnalysis.Tests.Cli;

public class CorpusCommandTests
{
    internal static async Task<(int Code, string Out, string Err)> Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await FramingCli.RunAsync(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Corpus_PrintsCountsPerSourceLanguageAndKind()
    {
        var (code, output, _) = await Run("corpus", RepoPaths.Corpus);
        Assert.Equal(0, code);
        Assert.Contains("Articles: 19 read, 0 rejected, 19 present", output);
        Assert.Contains("The Gazette Wire", output);
        Assert.Contains("EmbeddedPost", output);
        Assert.Contains("Problems: 0", output);
    }

    [Fact]
    public async Task Corpus_ListsProblemsAsFileLineMessage_AndStrictExitsNonZero()
    {
        using var dir = new TempDir();
        dir.File("articles.csv", "id,source,language,published,title,url,text\n,Wire,en,,T,,Body\na2,Wire,en,,T,,Body\n");
        var (lenient, output, _) = await Run("corpus", dir.Path);
        var (strict, _, _) = await Run("corpus", dir.Path, "--strict");

        Assert.Equal(0, lenient);
        Assert.Equal(1, strict);
        Assert.Contains("articles.csv:2: error: id: missing id", output);
    }

    [Fact]
    public async Task Corpus_MissingPath_IsAUsageError()
    {
        var (code, _, error) = await Run("corpus", "/no/such/folder");
        Assert.Equal(2, code);
        Assert.Contains("no such file or folder", error);
    }
}
