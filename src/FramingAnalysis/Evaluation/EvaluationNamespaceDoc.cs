namespace FramingAnalysis.Evaluation;

/// <summary>
/// Evaluation against gold annotations (classification and multi-label reports, stratified cross-validation) and
/// agreement between annotators (Cohen's and Fleiss' kappa, Krippendorff's alpha, percent agreement).
/// </summary>
internal static class NamespaceDoc
{
}
