namespace FramingAnalysis.ML;

/// <summary>Which ML.NET trainer learns a stance or sentiment model.</summary>
public enum TrainerChoice
{
    /// <summary>
    /// Compare <see cref="SdcaMaximumEntropy"/> and <see cref="LbfgsMaximumEntropy"/> by stratified cross-validation on the
    /// training data and keep the one with the higher mean macro-F1 (ties go to SDCA, the cheaper one).
    /// </summary>
    Auto,

    /// <summary>Multinomial logistic regression trained by stochastic dual coordinate ascent (ML.NET <c>SdcaMaximumEntropy</c>).</summary>
    SdcaMaximumEntropy,

    /// <summary>Multinomial logistic regression trained by L-BFGS (ML.NET <c>LbfgsMaximumEntropy</c>).</summary>
    LbfgsMaximumEntropy,
}
