using FramingAnalysis.Frames;
using FramingAnalysis.Sentiment;
using FramingAnalysis.Stance;
using FramingAnalysis.Text;

namespace FramingAnalysis.Analysis;

/// <summary>What a <see cref="FramingAnalyzer"/> runs. Immutable; every part has a built-in default.</summary>
public sealed record AnalyzerOptions
{
    /// <summary>The text stage (default <see cref="TextPipeline.Default"/>).</summary>
    public TextPipeline? Text { get; init; }

    /// <summary>The sentiment scorer (default: the built-in rule scorer).</summary>
    public SentimentScorer? Sentiment { get; init; }

    /// <summary>The stance scorer, or null for no stance (the default unless <see cref="Targets"/> is set).</summary>
    public StanceScorer? Stance { get; init; }

    /// <summary>Targets for the built-in stance scorer, used when <see cref="Stance"/> is null.</summary>
    public IReadOnlyList<StanceTarget>? Targets { get; init; }

    /// <summary>The frame scorer (default: the built-in Policy Frames Codebook dictionaries).</summary>
    public FrameScorer? Frames { get; init; }

    /// <summary>How many articles are analyzed at once in <see cref="FramingAnalyzer.AnalyzeAsync"/> (default: processor count). Output order never depends on it.</summary>
    public int Parallelism { get; init; } = Environment.ProcessorCount;
}
