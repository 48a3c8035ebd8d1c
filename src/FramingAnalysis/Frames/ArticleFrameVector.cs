namespace FramingAnalysis.Frames;

/// <summary>
/// An article's frame vector (see <see cref="ArticleFrames"/>): one mean salience per frame of the set, in the set's order.
/// Immutable.
/// </summary>
/// <param name="Frames">Frame ids, in the frame set's order.</param>
/// <param name="Scores">The article-level salience of each frame, in [0, 1]; all 0 when no outlet unit was scored.</param>
/// <param name="TotalWeight">The summed weights of the units averaged (a title counts its title weight, every other unit 1); 0 when none.</param>
public sealed record ArticleFrameVector(IReadOnlyList<string> Frames, IReadOnlyList<double> Scores, double TotalWeight)
{
    /// <summary>The score of a frame, 0 when the set has no such frame.</summary>
    /// <param name="frame">A frame id (ordinal).</param>
    /// <returns>The article-level salience.</returns>
    public double ScoreOf(string frame)
    {
        for (var i = 0; i < Frames.Count; i++)
        {
            if (string.Equals(Frames[i], frame, StringComparison.Ordinal))
            {
                return Scores[i];
            }
        }

        return 0;
    }

    /// <summary>The highest-scoring frame (the first in set order on ties), or null when every score is 0.</summary>
    public string? PrimaryFrame
    {
        get
        {
            var best = -1;
            for (var i = 0; i < Scores.Count; i++)
            {
                if (Scores[i] > 0 && (best < 0 || Scores[i] > Scores[best]))
                {
                    best = i;
                }
            }

            return best < 0 ? null : Frames[best];
        }
    }
}
