namespace FramingAnalysis.Frames;

/// <summary>The frames of one unit: every frame with a score above 0 (highest first), and the primary frame.</summary>
/// <param name="Scores">Frames with a non-zero score, highest first (ties by frame id).</param>
/// <param name="PrimaryFrame">The highest-scoring frame, or null when no cue matched.</param>
public sealed record FrameResult(IReadOnlyList<FrameScore> Scores, string? PrimaryFrame)
{
    /// <summary>The result of a unit with no cue.</summary>
    public static FrameResult Empty { get; } = new([], null);

    /// <summary>The score of a frame, 0 when absent.</summary>
    public double ScoreOf(string frame)
    {
        foreach (var s in Scores)
        {
            if (s.Frame == frame)
            {
                return s.Score;
            }
        }

        return 0;
    }
}
