namespace FramingAnalysis.ML;

/// <summary>How n-gram counts become feature values (before each block is L2-normalized).</summary>
public enum NgramWeighting
{
    /// <summary>Raw counts.</summary>
    TermFrequency,

    /// <summary>Counts times inverse document frequency over the training data.</summary>
    TfIdf,
}
