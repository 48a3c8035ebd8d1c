using System.Diagnostics;
using System.Text.Json;
using FramingAnalysis.Evaluation;
using FramingAnalysis.ML;
using Xunit.Abstractions;

namespace FramingAnalysis.Tests.ML;

public class StanceModelTests(ITestOutputHelper output)
{
    [Fact]
    public void Corpus_TrainOnHalf_EvaluateOnOtherHalf()
    {
        var all = MlData.CorpusStance;
        var folds = StratifiedKFold.Split(all.Select(e => e.Label).ToArray(), 2, 1);
        var train = all.Where((_, i) => folds[i] == 0).ToList();
        var test = all.Where((_, i) => folds[i] == 1).ToList();

        var result = ModelEvaluator.EvaluateSplit(train, test, MlData.Fast, baseline: true);

        var model = result.Model;
        var plain = result.Baseline!;
        output.WriteLine($"corpus stance, train {train.Count} / test {test.Count} (stratified halves, seed 1)");
        output.WriteLine($"model    macro-F1 {model.MacroF1:0.000}  F_avg {model.FAvg:0.000}  accuracy {model.Accuracy:0.000}");
        output.WriteLine($"baseline macro-F1 {plain.MacroF1:0.000}  F_avg {plain.FAvg:0.000}  accuracy {plain.Accuracy:0.000}");
        output.WriteLine(model.Report!.ToText());
        Assert.Equal(test.Count, model.Items);
        // Three classes: chance macro-F1 is about 0.33; a model that learned nothing would sit there.
        Assert.True(model.MacroF1 > 0.40, $"macro-F1 {model.MacroF1:0.000}");
    }

    [Fact]
    public void StanceTraining_FiveFoldCv_BeatsPlainBaselineOnSameFolds()
    {
        var result = ModelEvaluator.CrossValidate(MlData.StanceTraining, MlData.Fast, folds: 5, baseline: true);

        var ours = result.Model;
        var plain = result.Baseline!;
        output.WriteLine("stance-training.tsv, 5-fold stratified CV, seed 1 (same folds for both)");
        output.WriteLine($"model    macro-F1 {ours.MacroF1}  F_avg {ours.FAvg}  accuracy {ours.Accuracy}");
        output.WriteLine($"baseline macro-F1 {plain.MacroF1}  F_avg {plain.FAvg}  accuracy {plain.Accuracy}");
        Assert.True(ours.MacroF1.Mean >= plain.MacroF1.Mean, $"model {ours.MacroF1} vs baseline {plain.MacroF1}");
        Assert.True(ours.FAvg!.Mean >= plain.FAvg!.Mean, $"model F_avg {ours.FAvg} vs baseline {plain.FAvg}");
    }

    [Fact]
    public void SameSeed_TwoTrainings_GiveIdenticalProbabilities()
    {
        var data = MlData.StanceTraining;
        var a = MlData.StanceModel;
        var b = new FramingTrainer(MlData.Fast).Train(data);

        var probe = data.Where((_, i) => i % 7 == 0).ToList();
        var pa = a.PredictExamples(probe);
        var pb = b.PredictExamples(probe);
        for (var i = 0; i < probe.Count; i++)
        {
            Assert.Equal(pa[i].Label, pb[i].Label);
            Assert.Equal(pa[i].Probabilities, pb[i].Probabilities);
        }

        Assert.Equal(a.Metadata.TrainingDataSha256, b.Metadata.TrainingDataSha256);
    }

    [Fact]
    public void SavingAModelTwice_WritesTheSameBytes()
    {
        using var dir = new TempDir();
        var first = Path.Combine(dir.Path, "first.zip");
        var second = Path.Combine(dir.Path, "second.zip");
        MlData.StanceModel.Save(first);
        File.SetLastWriteTimeUtc(first, DateTime.UtcNow.AddDays(-1));
        MlData.StanceModel.Save(second);
        Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
        using var zip = System.IO.Compression.ZipFile.OpenRead(second);
        Assert.NotEmpty(zip.Entries);
        Assert.All(zip.Entries, e => Assert.Equal(new DateTime(1980, 1, 1), e.LastWriteTime.DateTime));
    }

    [Fact]
    public void TrainingAgainWithTheSameSeed_SavesTheSameBytes()
    {
        using var dir = new TempDir();
        var again = Path.Combine(dir.Path, "again.zip");
        var first = Path.Combine(dir.Path, "first.zip");
        MlData.StanceModel.Save(first);
        new FramingTrainer(MlData.Fast).Train(MlData.StanceTraining).Save(again);
        Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(again));
    }

    [Fact]
    public void SavedModel_ReloadedAndInANewProcess_GivesIdenticalPredictions()
    {
        using var dir = new TempDir();
        var trained = MlData.StanceModel;
        var path = Path.Combine(dir.Path, "stance.zip");
        trained.Save(path);

        // A fresh MLContext and file reload.
        var loaded = FramingModel.Load(path);
        Assert.Equal(trained.Metadata.TrainingDataSha256, loaded.Metadata.TrainingDataSha256);
        Assert.Equal(LearningTask.Stance, loaded.Metadata.Task);
        Assert.Equal(["against", "favor", "neutral"], loaded.Metadata.ModelLabels);
        var corpus = MlData.CorpusStance;
        for (var i = 0; i < corpus.Count; i += 3)
        {
            var e = corpus[i];
            var before = trained.Predict(e.Text, e.Language, "Prison model");
            var after = loaded.Predict(e.Text, e.Language, "Prison model");
            Assert.Equal(before.Label, after.Label);
            Assert.Equal(before.Probabilities, after.Probabilities);
        }

        // A new process: the built CLI evaluates the saved model; its figures must equal the in-process ones.
        var inProcess = ModelEvaluator.Evaluate(trained, corpus, LabelSets.Stance, "model");
        var cli = Path.Combine(AppContext.BaseDirectory, "framing.dll");
        Assert.True(File.Exists(cli), cli);
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { cli, "evaluate", "--task", "stance", "--gold", RepoPaths.Corpus, "--model", path, "--format", "json" })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEnd();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, stderr);
        using var json = JsonDocument.Parse(stdout);
        var model = json.RootElement.GetProperty("model");
        Assert.Equal(inProcess.MacroF1, model.GetProperty("macroF1").GetDouble());
        var rows = model.GetProperty("confusion").GetProperty("rows").EnumerateArray()
            .Select(r => r.EnumerateArray().Select(v => v.GetInt32()).ToArray()).ToArray();
        for (var g = 0; g < rows.Length; g++)
        {
            Assert.Equal(inProcess.Report!.Matrix.Rows[g], rows[g]);
        }
    }

    [Fact]
    public void Predict_IsThreadSafe_AndAgreesWithBatchPath()
    {
        var model = MlData.StanceModel;
        var probe = MlData.CorpusStance.Take(60).ToList();
        var batch = model.PredictExamples(probe);
        var parallel = new FramingPrediction[probe.Count];
        Parallel.For(0, probe.Count, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => parallel[i] = model.Predict(probe[i].Text, probe[i].Language, probe[i].Target));
        for (var i = 0; i < probe.Count; i++)
        {
            Assert.Equal(batch[i].Label, parallel[i].Label);
            Assert.Equal(1.0, parallel[i].Probabilities.Values.Sum(), 3);
        }
    }

    [Fact]
    public void ExtraFeatures_AreRecorded_AndMustBeGivenAgainOnLoad()
    {
        static float[] Extra(string text, string language) => [text.Contains('!') ? 1f : 0f, language == "es" ? 1f : 0f];
        var options = MlData.Fast with { ExtraFeatures = Extra, ExtraFeaturesName = "test-cues-v1" };
        var data = MlData.StanceTraining.Take(120).ToList();
        var model = new FramingTrainer(options).Train(data);
        Assert.Equal(2, model.Metadata.ExtraFeatureCount);
        Assert.Equal("test-cues-v1", model.Metadata.ExtraFeaturesName);

        using var dir = new TempDir();
        var path = Path.Combine(dir.Path, "extra.zip");
        model.Save(path);
        var ex = Assert.Throws<ArgumentException>(() => FramingModel.Load(path));
        Assert.Contains("test-cues-v1", ex.Message);
        var loaded = FramingModel.Load(path, Extra);
        var e = data[3];
        Assert.Equal(model.Predict(e.Text, e.Language, e.Target).Probabilities, loaded.Predict(e.Text, e.Language, e.Target).Probabilities);
    }

    [Fact]
    public void Frames_MultiLabelModel_PredictsKnownFrameIds()
    {
        var frames = TrainingData.Load(RepoPaths.Corpus, new TrainingDataOptions { Task = LearningTask.Frames });
        var model = new FramingTrainer(new FramingTrainerOptions { Task = LearningTask.Frames, Seed = 1, Features = new FeatureSettings { CharNgramLength = 0 } }).Train(frames);
        var p = model.Predict("El Faro costs the treasury millions every month, a budget no one has approved.", "en");
        Assert.NotEmpty(p.Labels);
        Assert.All(p.Labels, l => Assert.Contains(l, LabelSets.Frames));
        Assert.Equal(15, p.Probabilities.Count);
        var eval = ModelEvaluator.Evaluate(model, frames, LabelSets.Frames);
        output.WriteLine($"frames on its own training data: macro-F1 {eval.MacroF1:0.000}, subset accuracy {eval.Accuracy:0.000}");
        Assert.True(eval.MacroF1 > 0.2);
    }
}
