using FramingAnalysis.Lexicons;
using static FramingAnalysis.Tests.Lexicons.LexiconLoaderTsvTests;

namespace FramingAnalysis.Tests.Lexicons;

public class LexiconLoaderVaderAfinnTests
{
    [Fact]
    public void LoadVader_UsesMeanColumnAndKeepsEmoticons()
    {
        using var file = new TempLexiconFile(
            "good\t1.9\t0.9434\t[2, 1, 2, 3, 1, 2, 1, 3, 2, 2]\n:-)\t1.3\t0.45826\t[1, 1, 1, 1, 2, 2, 1, 1, 2, 1]\nbad\t-2.5\t0.67082\t[-3, -2, -2]\n");

        LexiconLoadResult result = LexiconLoader.LoadVader(file.Path);

        Assert.Empty(result.Problems);
        Assert.Equal(3, result.Lexicon.Count);
        Assert.True(result.Lexicon.TryGetValence(":-)", out double v));
        Assert.Equal(1.3, v);
        Assert.Null(result.Lexicon.Version);
    }

    [Fact]
    public void LoadVader_ReportsMissingColumnBadMeanAndDuplicate()
    {
        using var file = new TempLexiconFile("good\t1.9\t0.9\t[2]\nlonely\nbad\tminus\t0.6\t[-3]\ngood\t2.0\t0.1\t[2]\n");

        LexiconLoadResult result = LexiconLoader.LoadVader(file.Path);

        Assert.Collection(result.Problems,
            p => AssertProblem(p, file.Path, 2, "mean", "missing column"),
            p => AssertProblem(p, file.Path, 3, "mean", "'minus' is not a finite number"),
            p => AssertProblem(p, file.Path, 4, "token", "duplicate term 'good'"));
        Assert.Equal(1, result.Lexicon.Count);
        Assert.True(result.Lexicon.TryGetValence("good", out double good));
        Assert.Equal(2.0, good); // the last definition wins, as in the reference's make_lex_dict
    }

    [Fact]
    public void LoadVader_StrictRejectsARedefinedToken() =>
        Assert.Throws<LexiconFormatException>(() => LexiconLoader.LoadVader(
            new StringReader("lmao\t2.0\t1\t[2]\nlmao\t2.9\t1\t[3]\n"), "dup.txt", new LexiconLoadOptions { Strict = true }));

    [Fact]
    public void LoadAfinn_ReadsMultiWordTermsAndIntegers()
    {
        using var file = new TempLexiconFile("abandon\t-2\ncan't stand\t-3\nwin\t4\n");

        LexiconLoadResult result = LexiconLoader.LoadAfinn(file.Path);

        Assert.Empty(result.Problems);
        Assert.True(result.Lexicon.TryGetValence("can't stand", out double v));
        Assert.Equal(-3, v);
    }

    [Fact]
    public void LoadAfinn_ReportsMissingColumnNonIntegerDuplicateAndExtraColumns()
    {
        using var file = new TempLexiconFile("win\t4\nlose\nmeh\t0.5\nwin\t3\na\tb\t1\n");

        LexiconLoadResult result = LexiconLoader.LoadAfinn(file.Path);

        Assert.Collection(result.Problems,
            p => AssertProblem(p, file.Path, 2, "valence", "missing column"),
            p => AssertProblem(p, file.Path, 3, "valence", "'0.5' is not an integer"),
            p => AssertProblem(p, file.Path, 4, "term", "duplicate term 'win'"),
            p => AssertProblem(p, file.Path, 5, "columns", "expected 2"));
        Assert.Equal(1, result.Lexicon.Count);
    }

    [Fact]
    public void LoadAfinn_Strict_Throws()
    {
        using var file = new TempLexiconFile("win\t4\nlose\n");

        LexiconFormatException ex = Assert.Throws<LexiconFormatException>(
            () => LexiconLoader.LoadAfinn(file.Path, new LexiconLoadOptions { Strict = true }));

        Assert.Contains($"{file.Path}:2: valence:", ex.Message);
    }
}
