using System.IO.Compression;
using System.Text.Json.Nodes;
using FramingAnalysis.ML;
using FramingAnalysis.Stance;

namespace FramingAnalysis.Tests.ML;

/// <summary>The target-aware features (issue 21): the mask, the window, the lexicon stack, and models saved before them.</summary>
public class TargetAwareFeatureTests
{
    [Fact]
    public void Mask_ReplacesEachMentionWithOnePlaceholder_AndKeepsTheOtherWords()
    {
        var row = TokenFeaturizer.Featurize("Critics say Ana Ruiz failed, and Ana Ruiz denies it.", "en", "Ana Ruiz", FeatureSettings.Default);
        Assert.Equal(2, row.Tokens.Count(t => t == TokenFeaturizer.TargetPlaceholder));
        Assert.DoesNotContain("ana", row.Tokens);
        Assert.DoesNotContain("ruiz", row.Tokens);
        Assert.Contains("critic", row.Tokens);
    }

    [Fact]
    public void Mask_IsOff_InTheSettingsAndWithoutATarget()
    {
        var off = TokenFeaturizer.Featurize("Ana Ruiz failed.", "en", "Ana Ruiz", FeatureSettings.Default with { MaskTarget = false });
        Assert.Contains("ana", off.Tokens);
        var noTarget = TokenFeaturizer.Featurize("Ana Ruiz failed.", "en", null, FeatureSettings.Default);
        Assert.DoesNotContain(TokenFeaturizer.TargetPlaceholder, noTarget.Tokens);
        Assert.DoesNotContain(noTarget.Tokens, t => t.StartsWith(TokenFeaturizer.WindowPrefix, StringComparison.Ordinal));
    }

    [Fact]
    public void Window_MarksOnlyTheWordsNearAMention()
    {
        var settings = FeatureSettings.Default with { TargetWindow = 2 };
        var row = TokenFeaturizer.Featurize("Yesterday the weather was mild and calm, and later the council resigned in disgrace.", "en", "council", settings);
        Assert.Contains("W_resign", row.Tokens);
        Assert.Contains("W_later", row.Tokens);
        Assert.DoesNotContain("W_weather", row.Tokens);
        Assert.Contains("weather", row.Tokens);
    }

    [Fact]
    public void Aliases_GivenWithTheTarget_AreMaskedToo()
    {
        var target = new StanceTarget("Prison model", new Dictionary<string, IReadOnlyList<string>> { ["en"] = ["the mega-prison"], ["*"] = ["Prison model"] });
        var byName = TokenFeaturizer.Featurize("The mega-prison is a disgrace.", "en", target.Name, FeatureSettings.Default);
        var byAlias = TokenFeaturizer.Featurize("The mega-prison is a disgrace.", "en", target.Name, FeatureSettings.Default, aliases: target);
        Assert.DoesNotContain(TokenFeaturizer.TargetPlaceholder, byName.Tokens);
        Assert.Contains(TokenFeaturizer.TargetPlaceholder, byAlias.Tokens);
    }

    [Fact]
    public void ATopicNeverNamedInFull_IsFoundByItsContentWords_AndScoredAsAComment()
    {
        var view = TargetView.Of("Guns in every home make us less safe; this is a terrible idea.", "en", "gun control", lexicon: true);
        Assert.Single(view.Mentions);
        Assert.Equal(0f, view.Lexicon[3]);
        Assert.True(view.Lexicon[0] < 0, "the comment's mood, carried to the topic");
        var row = TokenFeaturizer.Featurize("Guns in every home make us less safe.", "en", "gun control", FeatureSettings.Default);
        Assert.Contains(TokenFeaturizer.TargetPlaceholder, row.Tokens);
        Assert.DoesNotContain("control", row.Tokens);
    }

    [Fact]
    public void LexiconStack_CarriesTheRuleScorersVerdicts()
    {
        var praise = TargetView.Of("The council did an excellent, admirable job.", "en", "council", lexicon: true);
        var blame = TargetView.Of("The council is corrupt and incompetent.", "en", "council", lexicon: true);
        Assert.Equal(TargetView.LexiconCount, praise.Lexicon.Length);
        Assert.True(praise.Lexicon[0] > 0, "rule stance score toward the target");
        Assert.True(blame.Lexicon[0] < 0, "rule stance score toward the target");
        Assert.Equal(1f, praise.Lexicon[3]);
        var absent = TargetView.Of("The weather is excellent.", "en", "council", lexicon: true);
        Assert.Equal(0f, absent.Lexicon[3]);
        Assert.Empty(absent.Mentions);
    }

    [Fact]
    public void FrameModels_GetTheFrameBlock_AndStanceModelsDoNot()
    {
        const string text = "The court ruled the law unconstitutional and the judges cited the constitution.";
        var frames = TargetView.Of(text, "en", null, lexicon: true, LearningTask.Frames);
        var stance = TargetView.Of(text, "en", null, lexicon: true, LearningTask.Stance);
        var frameBlock = TargetView.LexiconCount - FramingAnalysis.Frames.FrameSet.PolicyFrames.Frames.Count;
        Assert.Contains(frames.Lexicon[frameBlock..], v => v > 0);
        Assert.All(stance.Lexicon[frameBlock..], v => Assert.Equal(0f, v));
        Assert.All(frames.Lexicon[..frameBlock], v => Assert.Equal(0f, v));
    }

    [Fact]
    public void FormatOneModel_LoadsWithTheTargetAwareFeaturesOff()
    {
        using var dir = new TempDir();
        var path = Path.Combine(dir.Path, "old.zip");
        var options = MlData.Fast with { Features = FeatureSettings.Default.WithoutTargetAwareFeatures() };
        var old = new FramingTrainer(options).Train(MlData.StanceTraining);
        old.Save(path);

        // Rewrite the metadata as a format-1 file wrote it: no version 2 and none of the new settings.
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Update))
        {
            var entry = zip.GetEntry(ModelMetadata.EntryName)!;
            JsonNode json;
            using (var reader = entry.Open())
            {
                json = JsonNode.Parse(reader)!;
            }

            entry.Delete();
            json["formatVersion"] = 1;
            var features = json["features"]!.AsObject();
            features.Remove("maskTarget");
            features.Remove("targetWindow");
            features.Remove("lexiconFeatures");
            using var writer = zip.CreateEntry(ModelMetadata.EntryName).Open();
            using var utf8 = new System.Text.Json.Utf8JsonWriter(writer);
            json.WriteTo(utf8);
        }

        var loaded = FramingModel.Load(path);
        Assert.Equal(1, loaded.Metadata.FormatVersion);
        Assert.False(loaded.Metadata.Features.MaskTarget);
        Assert.Equal(0, loaded.Metadata.Features.TargetWindow);
        Assert.False(loaded.Metadata.Features.LexiconFeatures);
        var probe = MlData.CorpusStance.Take(20).ToList();
        Assert.Equal(old.PredictExamples(probe).Select(p => p.Probabilities), loaded.PredictExamples(probe).Select(p => p.Probabilities));
    }

    [Fact]
    public void PlainBaseline_TrainsFramesToo()
    {
        var examples = Enumerable.Range(0, 40).Select(i => new LabeledExample(
            i % 2 == 0 ? $"The court ruled on the law, case {i}." : $"Taxes and the budget cost {i} million.",
            "en", null, [i % 2 == 0 ? "legality_constitutionality_jurisprudence" : "economic"])).ToList();
        var trainer = new FramingTrainer(new FramingTrainerOptions { Task = LearningTask.Frames });
        var model = trainer.TrainBaseline(examples);
        Assert.Equal(FramingTrainer.BaselineFramesName, model.Metadata.Trainer);
        Assert.Equal(0.5f, model.Metadata.FrameThreshold);
        Assert.Equal("economic", model.Predict("Taxes and the budget cost 7 million.", "en").Label);
    }
}
