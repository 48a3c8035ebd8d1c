using FramingAnalysis.Text;

namespace FramingAnalysis.Sentiment;

/// <summary>
/// Scores the sentiment of an analyzed text. Implementations are immutable after construction and safe to share
/// between threads; the same input gives the same output.
/// </summary>
public abstract class SentimentScorer
{
    /// <summary>A short name for manifests and reports (for example <c>rules</c> or <c>vader</c>).</summary>
    public abstract string Name { get; }

    /// <summary>The versions of the resources the scorer uses, for run manifests (resource → version).</summary>
    public abstract IReadOnlyDictionary<string, string> ResourceVersions { get; }

    /// <summary>Scores one text. Never throws for any string; scores are always in range.</summary>
    /// <remarks>Under <see cref="Analysis.FramingAnalyzer"/>, <paramref name="text"/> is a per-thread buffer that is refilled
    /// for the next unit: read it during the call, and never keep a reference to it in the result.</remarks>
    public abstract SentimentResult Score(AnalyzedText text);
}
