using FramingAnalysis.Frames;
using FramingAnalysis.Lexicons;
using FramingAnalysis.Text;

namespace FramingAnalysis.Tests.Frames;

/// <summary>The three user frame-dictionary formats: what they read, and how bad lines are reported.</summary>
public class FrameDictionaryLoaderTests
{
    private const string Table =
        "# name: Prison codebook\n" +                                           // 1
        "# version: 2.1\n" +                                                    // 2
        "# frame: rights | Rights | Derechos | Due process and courts.\n" +     // 3
        "frame\tcue\tweight\tlanguage\n" +                                      // 4
        "rights\tdue process\t2.5\ten\n" +                                      // 5
        "rights\tdebido proceso\t2.5\tes\n" +                                   // 6
        "cost\tbudget*\t\t\n" +                                                 // 7: weight 1, language *
        "cost\tinversión\n";                                                    // 8: short row

    [Fact]
    public void Table_ReadsFramesCuesMetadataAndDefaults()
    {
        var result = FrameDictionaryLoader.LoadTable(new StringReader(Table), "codebook.tsv");
        Assert.Empty(result.Problems);
        var set = result.FrameSet;
        Assert.Equal("Prison codebook", set.Name);
        Assert.Equal("2.1", set.Version);
        Assert.Equal(["rights", "cost"], set.Frames.Select(f => f.Id));
        Assert.Equal(new FrameDefinition("rights", [KeyValuePair.Create("en", new FrameText("Rights", "Due process and courts.")), KeyValuePair.Create("es", new FrameText("Derechos", "Due process and courts."))]), set.Frames[0]);
        Assert.Equal(new FrameCue("cost", "*", "budget*", 1), set.Cues[2]);
        Assert.Equal(new FrameCue("cost", "*", "inversión", 1), set.Cues[3]);
    }

    [Fact]
    public void Csv_WithoutHeader_IsPositional()
    {
        var result = FrameDictionaryLoader.LoadTable(new StringReader("cost,budget*,1.5,en\ncost,\"tax, fees\",1\n"), "d.csv");
        Assert.Empty(result.Problems);
        Assert.Equal([new FrameCue("cost", "en", "budget*", 1.5), new FrameCue("cost", "*", "tax, fees", 1)], result.FrameSet.Cues);
    }

    [Fact]
    public void Table_ReportsBadLinesWithFileLineAndField()
    {
        const string text =
            "frame\tcue\tweight\tlanguage\n" +  // 1
            "cost\tbudget\tmany\ten\n" +        // 2 weight
            "cost\tbudget\t-1\ten\n" +          // 3 weight
            "cost\tbudget\t1\tfr\n" +           // 4 language
            "\tbudget\t1\ten\n" +               // 5 frame
            "cost\t\t1\ten\n" +                 // 6 cue
            "cost\tin*vest\t1\ten\n" +          // 7 cue
            "cost\tbudget\t1\ten\n" +           // 8 ok
            "cost\tBudget\t1\ten\n" +           // 9 duplicate cue
            "cost\n" +                          // 10 missing cue
            "bad id\tx\t1\ten\n" +              // 11 frame
            "# frame: cost | Cost\n" +          // 12 ok
            "# frame: cost | Again\n" +         // 13 frame described twice
            "cost\t\"open\t1\n";                // 14 line
        var result = FrameDictionaryLoader.LoadTable(new StringReader(text), "bad.tsv");
        Assert.Equal(
            [(2, "weight"), (3, "weight"), (4, "language"), (5, "frame"), (6, "cue"), (7, "cue"), (9, "cue"), (10, "cue"), (11, "frame"), (13, "frame"), (14, "line")],
            result.Problems.Select(p => (p.Line, p.Field)));
        Assert.All(result.Problems, p => Assert.Equal("bad.tsv", p.File));
        Assert.StartsWith("bad.tsv:2: weight: ", result.Problems[0].ToString(), StringComparison.Ordinal);
        Assert.Equal([new FrameCue("cost", "en", "budget", 1)], result.FrameSet.Cues);
        Assert.Equal("Cost", result.FrameSet.Frames.Single().Name);
    }

    [Fact]
    public void Strict_ThrowsAtTheFirstBadLine()
    {
        var ex = Assert.Throws<LexiconFormatException>(() =>
            FrameDictionaryLoader.LoadTable(new StringReader("frame\tcue\tweight\ncost\tbudget\t1\ncost\ttax\tx\n"), "s.tsv", new LexiconLoadOptions { Strict = true }));
        Assert.Equal(("s.tsv", 3, "weight"), (ex.Problem.File, ex.Problem.Line, ex.Problem.Field));
    }

    [Fact]
    public void EmptyFile_IsReported()
    {
        var result = FrameDictionaryLoader.LoadTable(new StringReader("# only a comment\n"), "empty.tsv");
        Assert.Equal("frame", Assert.Single(result.Problems).Field);
        Assert.Empty(result.FrameSet.Frames);
    }

    [Fact]
    public void BuiltInFrameId_BorrowsBuiltInNames()
    {
        var result = FrameDictionaryLoader.LoadTable(new StringReader("economic,jobs\n"), "x.csv");
        Assert.Equal("Económico", result.FrameSet.Frames.Single().NameIn("es"));
    }

    private const string Liwc =
        "%\n" +                        // 1
        "1\tcrime\n" +                 // 2
        "2\teconomy\tmoney matters\n" + // 3
        "%\n" +                        // 4
        "gang*\t1\n" +                 // 5
        "tax*\t2\n" +                  // 6
        "fine\t1 2\n" +                // 7: both frames
        "due process\t1\n";            // 8: multi-word with a tab

    [Fact]
    public void Liwc_CategoriesBecomeFramesAndWordsCues()
    {
        var result = FrameDictionaryLoader.LoadLiwc(new StringReader(Liwc), "frames.dic", new LexiconLoadOptions { Language = "en" });
        Assert.Empty(result.Problems);
        Assert.Equal(["crime", "economy"], result.FrameSet.Frames.Select(f => f.Id));
        Assert.Equal(
            [new FrameCue("crime", "en", "gang*", 1), new FrameCue("economy", "en", "tax*", 1), new FrameCue("crime", "en", "fine", 1), new FrameCue("economy", "en", "fine", 1), new FrameCue("crime", "en", "due process", 1)],
            result.FrameSet.Cues);
        var scored = new DictionaryFrameScorer(result.FrameSet).Score(TextPipeline.Default.Analyze("Gangsters paid a fine.", "en"));
        Assert.True(scored.ScoreOf("crime") > scored.ScoreOf("economy"));
        Assert.True(scored.ScoreOf("economy") > 0);
    }

    [Fact]
    public void Liwc_ReportsBadLines()
    {
        const string text = "%\n1\tcrime\nx\teconomy\n1\tagain\n3\n%\ngang*\t1\ntax*\t9\nfee\tone\nlonely\n";
        var result = FrameDictionaryLoader.LoadLiwc(new StringReader(text), "bad.dic");
        Assert.Equal([(3, "category"), (4, "category"), (5, "category"), (8, "category"), (9, "category"), (10, "category")], result.Problems.Select(p => (p.Line, p.Field)));
        Assert.Equal(["gang*"], result.FrameSet.Cues.Select(c => c.Cue));
        var noHeader = FrameDictionaryLoader.LoadLiwc(new StringReader("gang*\t1\n"), "h.dic");
        Assert.Contains(noHeader.Problems, p => p is { Line: 1, Field: "header" });
    }

    private const string Yaml =
        "# name: yaml frames\n" +     // 1
        "---\n" +                     // 2
        "crime:\n" +                  // 3
        "  - gang*\n" +               // 4
        "  - 'due process'   # a comment\n" + // 5
        "economy:\n" +                // 6
        "  en:\n" +                   // 7
        "    - budget*\n" +           // 8
        "    - \"tax\"\n" +           // 9
        "  es: [presupuesto*, impuesto]\n" + // 10
        "health: [hospital*]\n";      // 11

    [Fact]
    public void Yaml_ReadsFlatAndPerLanguageLists()
    {
        var result = FrameDictionaryLoader.LoadYaml(new StringReader(Yaml), "frames.yml");
        Assert.Empty(result.Problems);
        Assert.Equal("yaml frames", result.FrameSet.Name);
        Assert.Equal(["crime", "economy", "health"], result.FrameSet.Frames.Select(f => f.Id));
        Assert.Equal(
            [
                new FrameCue("crime", "*", "gang*", 1), new FrameCue("crime", "*", "due process", 1),
                new FrameCue("economy", "en", "budget*", 1), new FrameCue("economy", "en", "tax", 1),
                new FrameCue("economy", "es", "presupuesto*", 1), new FrameCue("economy", "es", "impuesto", 1),
                new FrameCue("health", "*", "hospital*", 1),
            ],
            result.FrameSet.Cues);
    }

    [Fact]
    public void Yaml_ReportsUnsupportedShapes()
    {
        const string text =
            "- orphan\n" +          // 1 cue before frame
            "crime:\n" +            // 2
            "  violent:\n" +        // 3 nested sub-category
            "    - assault\n" +     // 4 skipped with it
            "  en:\n" +             // 5
            "    - gang*\n" +       // 6
            "\t- tabbed\n" +        // 7 tab indentation
            "cost: budget\n" +      // 8 scalar, not a list
            "just text\n" +         // 9 not key or item
            "bad id:\n" +           // 10 frame id
            "  - x\n";              // 11 skipped with it
        var result = FrameDictionaryLoader.LoadYaml(new StringReader(text), "bad.yml");
        Assert.Equal([(1, "cue"), (3, "language"), (7, "line"), (8, "cue"), (9, "line"), (10, "frame")], result.Problems.Select(p => (p.Line, p.Field)));
        Assert.Equal([new FrameCue("crime", "en", "gang*", 1)], result.FrameSet.Cues);
    }

    [Theory]
    [InlineData("d.tsv", "frame\tcue\ncrime\tgang*\n")]
    [InlineData("d.csv", "frame,cue\ncrime,gang*\n")]
    [InlineData("d.dic", "%\n1\tcrime\n%\ngang*\t1\n")]
    [InlineData("d.yaml", "crime:\n  - gang*\n")]
    [InlineData("d.yml", "crime: [gang*]\n")]
    public void Load_ChoosesTheFormatByExtension(string name, string content)
    {
        using var dir = new TempDir();
        var path = dir.File(name, content);
        var result = FrameDictionaryLoader.Load(path);
        Assert.Empty(result.Problems);
        Assert.Equal("d", result.FrameSet.Name);
        Assert.Equal(new FrameCue("crime", "*", "gang*", 1), Assert.Single(result.FrameSet.Cues));
    }
}
