using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms;
using Microsoft.ML.Transforms.Text;

namespace FramingAnalysis.ML;

/// <summary>Builds the ML.NET estimator chains: our featurizer, the trainers, and the plain baseline.</summary>
internal static class Pipelines
{
    public const string Features = "Features";
    public const string Label = "Label";
    public const string PredictedText = "PredictedLabelText";

    /// <summary>L-BFGS's L2 default here; 0.003–0.03 all measured within half a point on the stance training data.</summary>
    public const float LbfgsDefaultL2 = 0.01f;

    /// <summary>
    /// The feature block from our token columns. Only blocks with content are added: a data set without targets
    /// has no target columns, because ML.NET cannot build a key type from an empty dictionary.
    /// </summary>
    public static IEstimator<ITransformer> Featurizer(MLContext ml, FeatureSettings settings, bool hasTargets, int extraCount)
    {
        var parts = new List<string>();
        IEstimator<ITransformer> chain = ml.Transforms.Conversion.MapValueToKey("WordKeys", nameof(FeatureRow.Tokens))
            .Append(ml.Transforms.Text.ProduceNgrams("WordNgrams", "WordKeys", ngramLength: settings.WordNgramLength, useAllLengths: true, weighting: Weight(settings)))
            .Append(ml.Transforms.NormalizeLpNorm("WordNgrams"));
        parts.Add("WordNgrams");

        if (settings.CharNgramLength > 0)
        {
            chain = chain
                .Append(ml.Transforms.Text.TokenizeIntoCharactersAsKeys("CharKeys", nameof(FeatureRow.CharText)))
                .Append(ml.Transforms.Text.ProduceNgrams("CharNgrams", "CharKeys", ngramLength: settings.CharNgramLength, useAllLengths: settings.CharNgramAllLengths, weighting: Weight(settings)))
                .Append(ml.Transforms.NormalizeLpNorm("CharNgrams"));
            parts.Add("CharNgrams");
        }

        if (hasTargets && settings.TargetInteractions)
        {
            chain = chain
                .Append(ml.Transforms.Conversion.MapValueToKey("TargetKeys", nameof(FeatureRow.TargetTokens)))
                .Append(ml.Transforms.Text.ProduceNgrams("TargetGrams", "TargetKeys", ngramLength: 1, useAllLengths: true, weighting: Weight(settings)))
                .Append(ml.Transforms.NormalizeLpNorm("TargetGrams"));
            parts.Add("TargetGrams");
        }

        if (hasTargets && settings.TargetOneHot)
        {
            chain = chain.Append(ml.Transforms.Categorical.OneHotEncoding("TargetOneHot", nameof(FeatureRow.Target)));
            parts.Add("TargetOneHot");
        }

        if (settings.LexiconFeatures)
        {
            parts.Add(nameof(FeatureRow.Lexicon));
        }

        if (extraCount > 0)
        {
            parts.Add(nameof(FeatureRow.Extra));
        }

        return chain.Append(ml.Transforms.Concatenate(Features, [.. parts]));
    }

    private static NgramExtractingEstimator.WeightingCriteria Weight(FeatureSettings settings) =>
        settings.Weighting == NgramWeighting.TfIdf ? NgramExtractingEstimator.WeightingCriteria.TfIdf : NgramExtractingEstimator.WeightingCriteria.Tf;

    /// <summary>The plain baseline's features: ML.NET's <c>FeaturizeText</c> with its default settings over the raw text.</summary>
    public static IEstimator<ITransformer> BaselineFeaturizer(MLContext ml) =>
        ml.Transforms.Text.FeaturizeText(Features, nameof(FeatureRow.Text));

    /// <summary>Label to key (sorted by value, so class order does not depend on row order), trainer, key back to text.</summary>
    public static IEstimator<ITransformer> Multiclass(MLContext ml, IEstimator<ITransformer> featurizer, TrainerChoice trainer, float? l2, float? l1)
    {
        var label = ml.Transforms.Conversion.MapValueToKey(Label, nameof(FeatureRow.LabelText), keyOrdinality: ValueToKeyMappingEstimator.KeyOrdinality.ByValue);
        // The cache keeps the featurized rows in memory: both trainers pass over the data many times.
        return label.Append(featurizer).AppendCacheCheckpoint(ml).Append(MulticlassTrainer(ml, trainer, l2, l1))
            .Append(ml.Transforms.Conversion.MapKeyToValue(PredictedText, "PredictedLabel"));
    }

    public static IEstimator<ITransformer> MulticlassTrainer(MLContext ml, TrainerChoice trainer, float? l2, float? l1) => trainer switch
    {
        // Single-threaded: SDCA's and L-BFGS's parallel updates make results depend on thread timing.
        TrainerChoice.LbfgsMaximumEntropy => ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
        {
            LabelColumnName = Label,
            FeatureColumnName = Features,
            ExampleWeightColumnName = nameof(FeatureRow.Weight),
            NumberOfThreads = 1,
            L2Regularization = l2 ?? LbfgsDefaultL2,
            L1Regularization = l1 ?? 0f,
        }),
        _ => ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(new SdcaMaximumEntropyMulticlassTrainer.Options
        {
            LabelColumnName = Label,
            FeatureColumnName = Features,
            ExampleWeightColumnName = nameof(FeatureRow.Weight),
            NumberOfThreads = 1,
            L2Regularization = l2,
            L1Regularization = l1,
        }),
    };

    /// <summary>One frame's binary classifier: L-BFGS logistic regression, single-threaded.</summary>
    public static IEstimator<ITransformer> BinaryTrainer(MLContext ml, float? l2) =>
        ml.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
        {
            LabelColumnName = nameof(FeatureRow.IsPositive),
            FeatureColumnName = Features,
            NumberOfThreads = 1,
            L2Regularization = l2 ?? LbfgsDefaultL2,
            L1Regularization = 0f,
        });

    /// <summary>The plain baseline's per-frame classifier: L-BFGS logistic regression with ML.NET's defaults, single-threaded.</summary>
    public static IEstimator<ITransformer> BaselineBinaryTrainer(MLContext ml) =>
        ml.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
        {
            LabelColumnName = nameof(FeatureRow.IsPositive),
            FeatureColumnName = Features,
            NumberOfThreads = 1,
        });

    /// <summary>The labels in the order of the <c>Score</c> vector, read from its slot names.</summary>
    public static string[] ScoreLabels(DataViewSchema schema)
    {
        VBuffer<ReadOnlyMemory<char>> names = default;
        schema["Score"].GetSlotNames(ref names);
        return names.DenseValues().Select(n => n.ToString()).ToArray();
    }
}
