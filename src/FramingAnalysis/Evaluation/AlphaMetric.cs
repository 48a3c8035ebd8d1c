namespace FramingAnalysis.Evaluation;

/// <summary>The difference function δ² of Krippendorff's alpha, set by the level of measurement of the categories.</summary>
public enum AlphaMetric
{
    /// <summary>Categories are unordered: δ²(c, k) = 0 when c = k, else 1 (frames, stance labels).</summary>
    Nominal,

    /// <summary>
    /// Categories are ranked (e.g. very negative … very positive): δ²(c, k) = (Σ_{g=c..k} n_g − (n_c + n_k)/2)², which
    /// measures distance by how many pairable values lie between the two ranks (Krippendorff 2011).
    /// </summary>
    Ordinal,
}
