using FramingAnalysis.Tests.Cli;

namespace FramingAnalysis.Tests.ML;

public class MlCliTests
{
    private const string Small = "id\tlanguage\ttarget\ttext\tlabel\n" +
        "1\ten\tMine\tSay yes to the mine.\tfavor\n" +
        "2\ten\tMine\tThe mine will bring jobs.\tfavor\n" +
        "3\ten\tMine\tThe mine will poison the river.\tagainst\n" +
        "4\ten\tMine\tStop the mine now.\tagainst\n" +
        "5\ten\tMine\tThe council meets on Monday to discuss the mine.\tneutral\n" +
        "6\ten\tMine\tA report on the mine is due in May.\tneutral\n";

    [Fact]
    public async Task Train_WritesModel_ThenEvaluateReadsIt()
    {
        using var dir = new TempDir();
        var data = dir.File("small.tsv", Small);
        var model = Path.Combine(dir.Path, "m.zip");
        var (code, output, error) = await CorpusCommandTests.Run("train", "--task", "stance", "--data", data, "--out", model, "--trainer", "lbfgs");
        Assert.True(code == 0, error);
        Assert.Contains("Trainer: LbfgsMaximumEntropy", output);
        Assert.True(File.Exists(model));

        var (code2, output2, error2) = await CorpusCommandTests.Run("evaluate", "--task", "stance", "--gold", data, "--model", model);
        Assert.True(code2 == 0, error2);
        Assert.Contains("macro-F1", output2);
        Assert.Contains("F_avg", output2);
        Assert.Contains("gold \\ predicted", output2);
    }

    [Fact]
    public async Task Train_BadLabel_ReportsFileLineColumn_AndTrainsNothing()
    {
        using var dir = new TempDir();
        var data = dir.File("bad.tsv", Small.Replace("Stop the mine now.\tagainst", "Stop the mine now.\tcontra"));
        var model = Path.Combine(dir.Path, "m.zip");
        var (code, _, error) = await CorpusCommandTests.Run("train", "--task", "stance", "--data", data, "--out", model);
        Assert.Equal(1, code);
        Assert.Contains($"{data}:5: column 'label': unknown label 'contra'", error);
        Assert.False(File.Exists(model));
    }

    [Fact]
    public async Task Train_OtherColumnNames_AreHonoured()
    {
        using var dir = new TempDir();
        var data = dir.File("c.csv", "body,stance_gold\nSay yes to the mine.,favor\nStop the mine now.,against\nThe council meets Monday.,neutral\n");
        var model = Path.Combine(dir.Path, "m.zip");
        var (code, _, error) = await CorpusCommandTests.Run("train", "--task", "stance", "--data", data, "--out", model, "--text-column", "body", "--label-column", "stance_gold", "--trainer", "sdca");
        Assert.True(code == 0, error);
    }

    [Fact]
    public async Task Evaluate_Lexicon_ScoresTheRuleScorersWithTheSameMetrics()
    {
        var (code, output, error) = await CorpusCommandTests.Run("evaluate", "--task", "stance", "--gold", RepoPaths.TestData("stance-holdout.tsv"), "--lexicon", "--targets", RepoPaths.TestData("stance-holdout.targets.json"));
        Assert.True(code == 0, error);
        Assert.Contains("F_avg", output, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("against", output);
        var (sentimentCode, sentiment, sentimentError) = await CorpusCommandTests.Run("evaluate", "--task", "sentiment", "--gold", RepoPaths.Corpus, "--lexicon");
        Assert.True(sentimentCode == 0, sentimentError);
        Assert.Contains("positive", sentiment);
    }

    [Fact]
    public async Task Evaluate_BaselineWithoutTrainingData_IsAUsageError()
    {
        var (code, _, error) = await CorpusCommandTests.Run("evaluate", "--task", "stance", "--gold", RepoPaths.Corpus, "--model", "x.zip", "--baseline");
        Assert.Equal(2, code);
        Assert.Contains("--baseline needs --cv K or --train FILE", error);
    }

    [Fact]
    public async Task Evaluate_CrossValidation_PrintsMeanAndSdBesideBaseline()
    {
        using var dir = new TempDir();
        var data = dir.File("cv.tsv", Small + string.Join('\n', Small.Split('\n').Skip(1).Where(l => l.Length > 0)) + "\n");
        var (code, output, error) = await CorpusCommandTests.Run("evaluate", "--task", "stance", "--gold", data, "--cv", "2", "--baseline", "--trainer", "lbfgs");
        Assert.True(code == 0, error);
        Assert.Contains("2-fold stratified cross-validation", output);
        Assert.Contains("±", output);
        Assert.Contains("baseline", output);
        Assert.Contains("Difference in mean macro-F1", output);
    }

    [Fact]
    public async Task Agreement_PrintsKappasAlphaAndPercentAgreement()
    {
        using var dir = new TempDir();
        var path = dir.File("coders.csv", "unit,ann,ben,cy\nu1,favor,favor,favor\nu2,against,against,neutral\nu3,neutral,neutral,neutral\nu4,favor,against,favor\nu5,against,against,against\n");
        var (code, output, error) = await CorpusCommandTests.Run("agreement", path, "--id-column", "unit", "--order", "against,neutral,favor");
        Assert.True(code == 0, error);
        Assert.Contains("5 units, 3 coders (ann, ben, cy)", output);
        Assert.Contains("Fleiss' kappa", output);
        Assert.Contains("Krippendorff's alpha (nominal)", output);
        Assert.Contains("Krippendorff's alpha (ordinal)", output);
        Assert.Contains("Percent agreement", output);
        Assert.Contains("Cohen's kappa", output);
    }

    [Fact]
    public async Task Agreement_UnknownCategory_NamesFileLineColumn()
    {
        using var dir = new TempDir();
        var path = dir.File("coders.csv", "id,a,b\nu1,favor,favor\nu2,agin,against\n");
        var (code, _, error) = await CorpusCommandTests.Run("agreement", path, "--order", "against,neutral,favor");
        Assert.Equal(1, code);
        Assert.Contains($"{path}:3: column 'a': 'agin' is not in --order", error);
    }
}
