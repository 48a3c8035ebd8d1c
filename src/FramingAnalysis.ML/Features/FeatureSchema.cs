using Microsoft.ML;
using Microsoft.ML.Data;

namespace FramingAnalysis.ML;

/// <summary>The ML.NET schema of <see cref="FeatureRow"/>, with the extra-feature vector's length fixed per model.</summary>
internal static class FeatureSchema
{
    public static SchemaDefinition Create(int extraCount)
    {
        var definition = SchemaDefinition.Create(typeof(FeatureRow));
        // ML.NET needs a known vector size to concatenate a column into the features; 1 when unused (never read).
        definition[nameof(FeatureRow.Extra)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, Math.Max(1, extraCount));
        definition[nameof(FeatureRow.Lexicon)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, TargetView.LexiconCount);
        return definition;
    }
}
