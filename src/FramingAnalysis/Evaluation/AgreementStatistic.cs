namespace FramingAnalysis.Evaluation;

/// <summary>Which inter-annotator agreement statistic an <see cref="AgreementResult"/> holds.</summary>
public enum AgreementStatistic
{
    /// <summary>Cohen's kappa for two raters (Cohen 1960).</summary>
    CohensKappa,

    /// <summary>Fleiss' kappa for a constant number of raters per item (Fleiss 1971).</summary>
    FleissKappa,

    /// <summary>Krippendorff's alpha, any number of raters and missing data (Krippendorff 2011).</summary>
    KrippendorffAlpha,

    /// <summary>Mean pairwise percent agreement, not chance-corrected.</summary>
    PercentAgreement,
}
