using FramingAnalysis.Lexicons;

namespace FramingAnalysis.Tests.Lexicons;

public class LexiconLoaderTsvTests
{
    [Fact]
    public void LoadTsv_ReadsHeaderMetadataAndExtraColumns()
    {
        using var file = new TempLexiconFile(
            "# name: Framing test\n# version: 2024.1\n# language: es\nterm\tpos\tvalence\n\nbueno\tADJ\t2.5\nmalo\tADJ\t-2\n", ".tsv");

        LexiconLoadResult result = LexiconLoader.LoadTsv(file.Path);

        Assert.Empty(result.Problems);
        Assert.Equal(("Framing test", "2024.1", "es"), (result.Lexicon.Name, result.Lexicon.Version, result.Lexicon.Language));
        Assert.True(result.Lexicon.TryGetValence("bueno", out double v));
        Assert.Equal(2.5, v);
        Assert.Equal(2, result.Lexicon.Count);
    }

    [Fact]
    public void LoadTsv_DetectsCommaFromHeader_AndReadsQuotedTerms()
    {
        using var file = new TempLexiconFile("valence,term\n1.5,\"well, done\"\n-1e0,awful\n", ".csv");

        LexiconLoadResult result = LexiconLoader.LoadTsv(file.Path);

        Assert.Empty(result.Problems);
        Assert.True(result.Lexicon.TryGetValence("well, done", out double v));
        Assert.Equal(1.5, v);
        Assert.True(result.Lexicon.TryGetValence("awful", out v));
        Assert.Equal(-1.0, v);
    }

    [Fact]
    public void LoadTsv_WithoutNameLine_UsesFileName()
    {
        using var file = new TempLexiconFile("term\tvalence\ngood\t1\n", ".tsv");

        LexiconLoadResult result = LexiconLoader.LoadTsv(file.Path);

        Assert.Equal(Path.GetFileNameWithoutExtension(file.Path), result.Lexicon.Name);
        Assert.Null(result.Lexicon.Version);
    }

    [Fact]
    public void LoadTsv_ReportsEveryBadLineWithFileLineAndField()
    {
        using var file = new TempLexiconFile(
            "term\tvalence\ngood\t1.9\nbroken\nbad\tvery\ngood\t2.0\ninfinite\t1e400\nfine\t0.5\n", ".tsv");

        LexiconLoadResult result = LexiconLoader.LoadTsv(file.Path);

        Assert.Equal(2, result.Lexicon.Count); // good (first definition) and fine
        Assert.Collection(result.Problems,
            p => AssertProblem(p, file.Path, 3, "valence", "missing column"),
            p => AssertProblem(p, file.Path, 4, "valence", "'very' is not a number"),
            p => AssertProblem(p, file.Path, 5, "term", "duplicate term 'good' (first defined on line 2)"),
            p => AssertProblem(p, file.Path, 6, "valence", "not a finite number"));
        Assert.True(result.Lexicon.TryGetValence("good", out double v));
        Assert.Equal(1.9, v);
    }

    [Fact]
    public void LoadTsv_HeaderWithoutValence_IsOneProblemOnTheHeaderLine()
    {
        using var file = new TempLexiconFile("# a comment\nterm\tscore\ngood\t1\n", ".tsv");

        LexiconLoadResult result = LexiconLoader.LoadTsv(file.Path);

        LexiconProblem problem = Assert.Single(result.Problems);
        AssertProblem(problem, file.Path, 2, "header", "'valence'");
        Assert.Equal(0, result.Lexicon.Count);
    }

    [Fact]
    public void LoadTsv_Strict_ThrowsAtFirstProblemNamingFileLineAndField()
    {
        using var file = new TempLexiconFile("term\tvalence\ngood\t1\nbad\tx\n", ".tsv");

        LexiconFormatException ex = Assert.Throws<LexiconFormatException>(
            () => LexiconLoader.LoadTsv(file.Path, new LexiconLoadOptions { Strict = true }));

        Assert.StartsWith($"{file.Path}:3: valence: ", ex.Message);
        Assert.Equal(3, ex.Problem.Line);
    }

    [Fact]
    public void LoadTsv_FromReader_UsesSourceNameAndOptionOverrides()
    {
        var options = new LexiconLoadOptions { Name = "override", Language = "en" };

        LexiconLoadResult result = LexiconLoader.LoadTsv(new StringReader("# name: in-file\nterm,valence\nx,1\n"), "memory", options);

        Assert.Equal(("override", "en"), (result.Lexicon.Name, result.Lexicon.Language));
    }

    [Fact]
    public void Problem_ToString_IsFileLineFieldMessage() =>
        Assert.Equal("a.tsv:7: valence: bad", new LexiconProblem("a.tsv", 7, "valence", "bad").ToString());

    internal static void AssertProblem(LexiconProblem problem, string file, int line, string field, string messagePart)
    {
        Assert.Equal(file, problem.File);
        Assert.Equal(line, problem.Line);
        Assert.Equal(field, problem.Field);
        Assert.Contains(messagePart, problem.Message, StringComparison.Ordinal);
        Assert.StartsWith($"{file}:{line}: {field}: ", problem.ToString(), StringComparison.Ordinal);
    }
}
