using FramingAnalysis.Evaluation;
using Microsoft.ML;

namespace FramingAnalysis.ML;

/// <summary>
/// Per-target models (Mohammad et al. 2016 trained one SVM per target): for every target with enough examples, a model
/// of its own is trained and kept only where cross-validation says it beats the shared model on that target's rows.
/// </summary>
/// <remarks>
/// The choice costs k shared fits plus k small fits per candidate target: the shared model's out-of-fold predictions
/// come from one stratified k-fold pass over all rows, and each candidate's own model is cross-validated on the same
/// folds restricted to its rows. A target whose own model ties or loses keeps the shared model.
/// </remarks>
internal static class PerTargetSelection
{
    /// <summary>The per-target models that beat the shared one, keyed by target, with the figures of the choice.</summary>
    public static (Dictionary<string, FramingModel> Models, List<PerTargetChoice> Choices) Choose(
        FramingTrainer trainer, IReadOnlyList<LabeledExample> examples, List<FeatureRow> rows, TrainerChoice choice, bool hasTargets, int extraCount)
    {
        var options = trainer.Options;
        var labels = options.ToDataOptions().EffectiveLabels;
        var candidates = examples.Select((e, i) => (e.Target, i)).Where(x => x.Target is not null)
            .GroupBy(x => x.Target!, StringComparer.Ordinal)
            .Where(g => g.Count() >= options.PerTargetMinExamples && g.Select(x => examples[x.i].Label).Distinct(StringComparer.Ordinal).Count() >= 2)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (Target: g.Key, Indices: g.Select(x => x.i).ToArray()))
            .ToList();
        var models = new Dictionary<string, FramingModel>(StringComparer.Ordinal);
        var choices = new List<PerTargetChoice>();
        if (candidates.Count == 0)
        {
            return (models, choices);
        }

        var gold = examples.Select(e => e.Label).ToArray();
        var folds = FramingTrainer.FoldIndices(gold, options.SelectionFolds, options.Seed);
        var foldOf = new int[rows.Count];
        var shared = new string[rows.Count];
        for (var f = 0; f < folds.Count; f++)
        {
            var inTest = new HashSet<int>(folds[f]);
            var ml = new MLContext(options.Seed);
            var model = FramingTrainer.FitMulticlass(ml, [.. rows.Where((_, i) => !inTest.Contains(i))], choice, hasTargets, extraCount, options);
            var predicted = FramingTrainer.PredictLabels(ml, model, [.. folds[f].Select(i => rows[i])], extraCount);
            for (var j = 0; j < folds[f].Length; j++)
            {
                shared[folds[f][j]] = predicted[j];
                foldOf[folds[f][j]] = f;
            }
        }

        foreach (var (target, indices) in candidates)
        {
            var own = new string[indices.Length];
            for (var f = 0; f < folds.Count; f++)
            {
                var trainRows = indices.Where(i => foldOf[i] != f).Select(i => rows[i]).ToList();
                var testAt = Enumerable.Range(0, indices.Length).Where(j => foldOf[indices[j]] == f).ToArray();
                if (testAt.Length == 0)
                {
                    continue;
                }

                if (trainRows.Select(r => r.LabelText).Distinct(StringComparer.Ordinal).Count() < 2)
                {
                    // One class left to learn from in this fold: the target's own model cannot be trained; it answers as the shared one.
                    foreach (var j in testAt)
                    {
                        own[j] = shared[indices[j]];
                    }

                    continue;
                }

                var ml = new MLContext(options.Seed);
                var model = FramingTrainer.FitMulticlass(ml, trainRows, choice, hasTargets, extraCount, options);
                var predicted = FramingTrainer.PredictLabels(ml, model, [.. testAt.Select(j => rows[indices[j]])], extraCount);
                for (var k = 0; k < testAt.Length; k++)
                {
                    own[testAt[k]] = predicted[k];
                }
            }

            var targetGold = indices.Select(i => gold[i]).ToArray();
            var sharedF1 = ClassificationReport.Compute(targetGold, [.. indices.Select(i => shared[i])], labels).MacroF1;
            var ownF1 = ClassificationReport.Compute(targetGold, own, labels).MacroF1;
            var kept = ownF1 > sharedF1;
            choices.Add(new PerTargetChoice(target, indices.Length, Math.Round(sharedF1, 4), Math.Round(ownF1, 4), kept));
            if (kept)
            {
                models[target] = trainer.TrainSubset([.. indices.Select(i => examples[i])], [.. indices.Select(i => rows[i])], choice, hasTargets, extraCount);
            }
        }

        return (models, choices);
    }
}

/// <summary>
/// The cross-validated choice between a target's own model and the shared model (<see cref="FramingTrainerOptions.PerTarget"/>).
/// </summary>
/// <param name="Target">The target.</param>
/// <param name="Examples">Its training examples.</param>
/// <param name="SharedMacroF1">The shared model's out-of-fold macro-F1 on the target's rows.</param>
/// <param name="OwnMacroF1">The target's own model's out-of-fold macro-F1 on the same rows and folds.</param>
/// <param name="Kept">Whether the target's own model is used (it scored higher).</param>
public sealed record PerTargetChoice(string Target, int Examples, double SharedMacroF1, double OwnMacroF1, bool Kept);
