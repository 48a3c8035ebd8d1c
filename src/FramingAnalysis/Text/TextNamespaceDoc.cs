namespace FramingAnalysis.Text;

/// <summary>
/// The text stage: tokenization, sentence splitting, normalization and language identification.
/// </summary>
internal static class NamespaceDoc
{
}
