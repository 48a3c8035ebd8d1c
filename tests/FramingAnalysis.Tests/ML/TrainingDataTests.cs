using FramingAnalysis.ML;

namespace FramingAnalysis.Tests.ML;

public class TrainingDataTests
{
    private const string Header = "id\tlanguage\ttarget\ttext\tlabel\n";

    [Fact]
    public void StanceTraining_Loads672RowsWithThreeTargets()
    {
        var examples = MlData.StanceTraining;
        Assert.Equal(672, examples.Count);
        Assert.Equal(3, examples.Select(e => e.Target).Distinct().Count());
        Assert.Equal(5, examples[0].Line); // three comment lines and the header come first
    }

    [Fact]
    public void CorpusFolder_JoinsAnnotationsWithUnitTexts()
    {
        var examples = MlData.CorpusStance;
        Assert.Equal(234, examples.Count);
        Assert.Equal("tg1/title", examples[0].Id);
        Assert.False(string.IsNullOrWhiteSpace(examples[0].Text));
        Assert.Contains(examples, e => e.Language == "es");
    }

    [Fact]
    public void UnknownLabel_NamesFileLineAndColumn()
    {
        using var dir = new TempDir();
        var path = dir.File("bad.tsv", Header + "a\ten\tT\tGood idea.\tfavor\nb\ten\tT\tBad idea.\tpro\nc\ten\tT\tMeh.\tneutral\n");
        var ex = Assert.Throws<TrainingDataException>(() => TrainingData.Load(path));
        var problem = Assert.Single(ex.Problems);
        Assert.Equal((path, 3, "label"), (problem.File, problem.Line, problem.Column));
        Assert.Contains("unknown label 'pro'", problem.Message);
        Assert.Contains($"{path}:3: column 'label'", ex.Message);
    }

    [Fact]
    public void EmptyText_NamesFileLineAndColumn()
    {
        using var dir = new TempDir();
        var path = dir.File("bad.csv", "id,text,label\na,Good idea.,favor\nb,,against\nc,  ,neutral\n");
        var ex = Assert.Throws<TrainingDataException>(() => TrainingData.Load(path));
        Assert.Equal([3, 4], ex.Problems.Select(p => p.Line));
        Assert.All(ex.Problems, p => Assert.Equal(("text", "empty text"), (p.Column, p.Message)));
    }

    [Fact]
    public void MissingLabelColumn_NamesFileHeaderLineAndColumn()
    {
        using var dir = new TempDir();
        var path = dir.File("bad.tsv", "# name: x\nid\ttext\tstance_label\na\tGood.\tfavor\n");
        var ex = Assert.Throws<TrainingDataException>(() => TrainingData.Load(path));
        var problem = Assert.Single(ex.Problems);
        Assert.Equal((path, 2, "label"), (problem.File, problem.Line, problem.Column));
        Assert.Contains("missing label column", problem.Message);
        Assert.Contains("stance_label", problem.Message);
    }

    [Fact]
    public void SingleClass_NamesFileLinesAndColumn()
    {
        using var dir = new TempDir();
        var path = dir.File("one.jsonl", "{\"text\":\"Yes.\",\"label\":\"favor\"}\n{\"text\":\"Sure.\",\"label\":\"favor\"}\n");
        var ex = Assert.Throws<TrainingDataException>(() => TrainingData.Load(path));
        var problem = Assert.Single(ex.Problems);
        Assert.Equal((path, 1, "label"), (problem.File, problem.Line, problem.Column));
        Assert.Contains("a single class", problem.Message);
        Assert.Contains("line 1 to 2", problem.Message);
    }

    [Fact]
    public void SingleClass_IsAllowedForATestSet()
    {
        using var dir = new TempDir();
        var path = dir.File("one.jsonl", "{\"text\":\"Yes.\",\"label\":\"favor\"}\n");
        var examples = TrainingData.Load(path, new TrainingDataOptions { RequireTwoClasses = false });
        Assert.Single(examples);
    }

    [Fact]
    public void Trainer_RejectsBadDataBeforeTraining()
    {
        using var dir = new TempDir();
        var path = dir.File("bad.tsv", Header + "a\ten\tT\tGood idea.\tfavor\nb\ten\tT\tBad idea.\tagainst\nc\ten\tT\t\tneutral\n");
        var ex = Assert.Throws<TrainingDataException>(() => new FramingTrainer(MlData.Fast).Train(path));
        Assert.Contains($"{path}:4: column 'text': empty text", ex.Message);
    }

    [Fact]
    public void Frames_SplitOnSemicolon_AndLabelsOverrideIsHonoured()
    {
        using var dir = new TempDir();
        var path = dir.File("f.csv", "text,label\nBudget cuts.,economic;political\nA poll.,public_opinion\n");
        var frames = TrainingData.Load(path, new TrainingDataOptions { Task = LearningTask.Frames });
        Assert.Equal(["economic", "political"], frames[0].Labels);

        var custom = dir.File("c.csv", "text,label\nBudget cuts.,money\nA poll.,people\n");
        var ex = Assert.Throws<TrainingDataException>(() => TrainingData.Load(custom, new TrainingDataOptions { Task = LearningTask.Frames }));
        Assert.Equal(2, ex.Problems.Count);
        var ok = TrainingData.Load(custom, new TrainingDataOptions { Task = LearningTask.Frames, Labels = ["money", "people"] });
        Assert.Equal(2, ok.Count);
    }
}
