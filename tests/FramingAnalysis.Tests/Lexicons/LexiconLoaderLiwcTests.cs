using FramingAnalysis.Lexicons;
using static FramingAnalysis.Tests.Lexicons.LexiconLoaderTsvTests;

namespace FramingAnalysis.Tests.Lexicons;

public class LexiconLoaderLiwcTests
{
    private static readonly Dictionary<string, double> Mapping = new(StringComparer.OrdinalIgnoreCase)
    {
        ["posemo"] = 1.0,
        ["negemo"] = -1.0,
        ["anger"] = -0.5,
    };

    private const string Dic =
        "%\n1\tfunct\n126\tposemo\n127\tnegemo\n130\tanger\n%\n" +
        "abandon*\t127\n" +      // line 7: -1, prefix
        "the\t1\n" +             // line 8: 0 -> skipped
        "hate\t127\t130\n" +     // line 9: -1.5
        "love\t126\n" +          // line 10: +1
        "ambivalen*\t126 127\n"; // line 11: 0 -> skipped

    [Fact]
    public void LoadLiwc_SumsMappedCategoriesAndKeepsWildcard()
    {
        using var file = new TempLexiconFile(Dic, ".dic");

        LexiconLoadResult result = LexiconLoader.LoadLiwc(file.Path, Mapping);

        Assert.Empty(result.Problems);
        Assert.Equal(3, result.Lexicon.Count);
        Assert.Equal(2, result.Skipped);
        Assert.True(result.Lexicon.TryGetValence("hate", out double v));
        Assert.Equal(-1.5, v);
        LexiconEntry abandon = result.Lexicon.Entries[0];
        Assert.Equal(("abandon*", -1.0, true), (abandon.Term, abandon.Valence, abandon.IsPrefix));
    }

    [Fact]
    public void LoadLiwc_ReportsUndeclaredCategoryBadIdMissingIdsAndDuplicate()
    {
        using var file = new TempLexiconFile(Dic + "grr\t999\nugh\tx1\nlonely\nlove\t126\n", ".dic");

        LexiconLoadResult result = LexiconLoader.LoadLiwc(file.Path, Mapping);

        Assert.Collection(result.Problems,
            p => AssertProblem(p, file.Path, 12, "category", "category 999 is not declared"),
            p => AssertProblem(p, file.Path, 13, "category", "'x1' is not a category number"),
            p => AssertProblem(p, file.Path, 14, "category", "lists no category ids"),
            p => AssertProblem(p, file.Path, 15, "word", "duplicate term 'love' (first defined on line 10)"));
    }

    [Fact]
    public void LoadLiwc_MissingOpeningPercent_IsHeaderProblem()
    {
        using var file = new TempLexiconFile("1\tposemo\n%\nlove\t1\n", ".dic");

        LexiconLoadResult result = LexiconLoader.LoadLiwc(file.Path, Mapping);

        AssertProblem(Assert.Single(result.Problems), file.Path, 1, "header", "'%'");
    }

    [Fact]
    public void LoadLiwc_Strict_ThrowsOnBadCategoryLine()
    {
        using var file = new TempLexiconFile("%\none\tposemo\n%\n", ".dic");

        LexiconFormatException ex = Assert.Throws<LexiconFormatException>(
            () => LexiconLoader.LoadLiwc(file.Path, Mapping, new LexiconLoadOptions { Strict = true }));

        Assert.StartsWith($"{file.Path}:2: category:", ex.Message);
    }
}
