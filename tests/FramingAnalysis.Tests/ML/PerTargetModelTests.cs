using FramingAnalysis.ML;

namespace FramingAnalysis.Tests.ML;

/// <summary>Per-target models (issue 21): chosen by cross-validation per target, saved inside the model file, routed by target.</summary>
public class PerTargetModelTests
{
    private static readonly Lazy<FramingModel> Model = new(() =>
        new FramingTrainer(MlData.Fast with { PerTarget = true, PerTargetMinExamples = 100 }).Train(MlData.StanceTraining));

    [Fact]
    public void EveryTargetWithEnoughExamples_IsAChoice_WithItsFigures()
    {
        var targets = MlData.StanceTraining.GroupBy(e => e.Target).Where(g => g.Count() >= 100).Select(g => g.Key!).Order(StringComparer.Ordinal);
        var choices = Model.Value.Metadata.PerTarget;
        Assert.Equal(targets, choices.Select(c => c.Target));
        Assert.All(choices, c =>
        {
            Assert.InRange(c.SharedMacroF1, 0, 1);
            Assert.InRange(c.OwnMacroF1, 0, 1);
            Assert.Equal(c.OwnMacroF1 > c.SharedMacroF1, c.Kept);
        });
    }

    [Fact]
    public void SavedAndReloaded_GivesIdenticalPredictions_ThroughTheSameRoutes()
    {
        using var dir = new TempDir();
        var path = Path.Combine(dir.Path, "per-target.zip");
        Model.Value.Save(path);
        var loaded = FramingModel.Load(path);
        Assert.Equal(Model.Value.Metadata.PerTarget, loaded.Metadata.PerTarget);
        var probe = MlData.StanceTraining.Where((_, i) => i % 5 == 0).ToList();
        Assert.Equal(Model.Value.PredictExamples(probe).Select(p => p.Probabilities), loaded.PredictExamples(probe).Select(p => p.Probabilities));
    }

    [Fact]
    public void AKeptTarget_IsAnsweredByItsOwnModel_AndOtherTargetsByTheSharedOne()
    {
        var shared = MlData.StanceModel;
        var model = Model.Value;
        var probe = MlData.StanceTraining.Where((_, i) => i % 3 == 0).ToList();
        var ours = model.PredictExamples(probe);
        var plain = shared.PredictExamples(probe);
        var kept = model.Metadata.PerTarget.Where(c => c.Kept).Select(c => c.Target).ToHashSet();
        for (var i = 0; i < probe.Count; i++)
        {
            if (!kept.Contains(probe[i].Target!))
            {
                Assert.Equal(plain[i].Probabilities, ours[i].Probabilities);
            }
        }

        // A target the model never saw gets the shared model's answer.
        Assert.Equal(shared.Predict("A new and excellent plan.", "en", "Unseen target").Probabilities, model.Predict("A new and excellent plan.", "en", "Unseen target").Probabilities);
        if (kept.Count > 0)
        {
            var rows = probe.Where(e => kept.Contains(e.Target!)).ToList();
            Assert.NotEqual(shared.PredictExamples(rows).Select(p => p.Probabilities), model.PredictExamples(rows).Select(p => p.Probabilities));
        }
    }

    [Fact]
    public void WhereTheSameWordsMeanOppositeThingsPerTarget_TheTargetsOwnModelsWin_AndAnswer()
    {
        // Synthetic: "expand" is favor toward Alpha and against Beta; "shrink" the reverse. One shared model cannot learn
        // both from the same words; a model per target can.
        string[] fillers = ["today", "now", "soon", "this year", "at once", "again", "for good", "quickly", "slowly", "next week"];
        var examples = new List<LabeledExample>();
        for (var i = 0; i < 40; i++)
        {
            var filler = fillers[i % fillers.Length];
            var expand = i % 2 == 0;
            var text = $"We should {(expand ? "expand" : "shrink")} the programme {filler}.";
            examples.Add(new LabeledExample(text, "en", "Alpha", [expand ? "favor" : "against"]));
            examples.Add(new LabeledExample(text, "en", "Beta", [expand ? "against" : "favor"]));
        }

        var options = MlData.Fast with { PerTarget = true, PerTargetMinExamples = 20, Features = FeatureSettings.Default with { LexiconFeatures = false } };
        var model = new FramingTrainer(options).Train(examples);
        Assert.All(model.Metadata.PerTarget, c => Assert.True(c.Kept, $"{c.Target}: own {c.OwnMacroF1} vs shared {c.SharedMacroF1}"));
        Assert.Equal("favor", model.Predict("We should expand the programme tomorrow.", "en", "Alpha").Label);
        Assert.Equal("against", model.Predict("We should expand the programme tomorrow.", "en", "Beta").Label);

        // The kept models travel inside the model file.
        using var dir = new TempDir();
        var path = Path.Combine(dir.Path, "own.zip");
        model.Save(path);
        var loaded = FramingModel.Load(path);
        Assert.Equal(model.PredictExamples(examples).Select(p => p.Probabilities), loaded.PredictExamples(examples).Select(p => p.Probabilities));
        Assert.Equal("against", loaded.Predict("We should expand the programme tomorrow.", "en", "Beta").Label);
    }
}
