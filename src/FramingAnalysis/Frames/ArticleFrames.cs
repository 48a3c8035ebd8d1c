using FramingAnalysis.Analysis;

namespace FramingAnalysis.Frames;

/// <summary>
/// Turns the unit-level frame results of an article into one article-level frame vector. This is the rule the source
/// comparison uses (<c>ComparisonOptions.TitleWeight</c>), so an article's vector here equals the one the comparison
/// averages. Thread-safe (pure functions).
/// </summary>
/// <remarks>
/// The vector is the weighted mean of the frame scores of the article's scored units in the outlet's own voice (title,
/// lead, paragraphs; not embedded posts, quotes attributed to others or comments, whose voice is not the outlet's):
/// <c>article_f = Σ_u w_u · salience_f(u) / Σ_u w_u</c>, with <c>w_u</c> = the title weight for the title and 1 for any
/// other unit. A unit with no cue still counts in the denominator, so a frame named only in one paragraph of ten
/// scores lower than one named in every paragraph. The default title weight, 2.0, follows the framing literature's
/// treatment of headlines as the most salient framing device (Pan &amp; Kosicki 1993; Tankard 2001): one headline
/// counts as much as two paragraphs. Set it to 1 to weight every unit alike, 0 to ignore titles.
/// </remarks>
public static class ArticleFrames
{
    /// <summary>The default weight of a title relative to a paragraph: 2.0.</summary>
    public const double DefaultTitleWeight = 2.0;

    /// <summary>Computes an article's frame vector.</summary>
    /// <param name="article">The analyzed article.</param>
    /// <param name="frameSet">The frame set whose ids fix the vector's order (usually the analyzer's).</param>
    /// <param name="titleWeight">Weight of the title relative to a paragraph; finite and ≥ 0 (default 2.0).</param>
    /// <returns>The vector; all zeros with <see cref="ArticleFrameVector.TotalWeight"/> 0 when the article has no scored outlet unit.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="titleWeight"/> is negative, infinite or NaN.</exception>
    public static ArticleFrameVector Compute(ArticleAnalysis article, FrameSet frameSet, double titleWeight = DefaultTitleWeight)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(frameSet);
        var ids = frameSet.Frames.Select(f => f.Id).ToArray();
        var index = new Dictionary<string, int>(ids.Length, StringComparer.Ordinal);
        for (var i = 0; i < ids.Length; i++)
        {
            index[ids[i]] = i;
        }

        var scores = new double[ids.Length];
        var total = Accumulate(article.Units, index, titleWeight, scores, 0);
        return new ArticleFrameVector(ids, scores, total);
    }

    /// <summary>The weight of one unit in the article vector, or 0 when the unit does not count (not scored, not the outlet's voice, no frame result).</summary>
    /// <param name="unit">The unit's analysis.</param>
    /// <param name="titleWeight">Weight of the title relative to a paragraph.</param>
    /// <returns>The weight.</returns>
    public static double WeightOf(UnitAnalysis unit, double titleWeight = DefaultTitleWeight)
    {
        ArgumentNullException.ThrowIfNull(unit);
        return !Counts(unit) ? 0 : unit.Unit.Kind == UnitKind.Title ? titleWeight : 1.0;
    }

    /// <summary>Whether a unit enters the article vector: scored, in the outlet's own voice, with a frame result.</summary>
    private static bool Counts(UnitAnalysis unit) => unit.Unit.IsScored && unit.Unit.Voice == Voice.Outlet && unit.Frames is not null;

    /// <summary>
    /// Writes the weighted mean into <paramref name="data"/> from <paramref name="offset"/> (frame order of
    /// <paramref name="index"/>) and returns the total weight. Shared with the comparison's accumulator.
    /// </summary>
    internal static double Accumulate(IReadOnlyList<UnitAnalysis> units, IReadOnlyDictionary<string, int> index, double titleWeight, double[] data, int offset)
    {
        if (!(titleWeight >= 0) || double.IsInfinity(titleWeight))
        {
            throw new ArgumentOutOfRangeException(nameof(titleWeight), titleWeight, "The title weight must be finite and not negative.");
        }

        var total = 0.0;
        foreach (var unit in units)
        {
            if (!Counts(unit))
            {
                continue;
            }

            var w = unit.Unit.Kind == UnitKind.Title ? titleWeight : 1.0;
            total += w;
            foreach (var score in unit.Frames!.Scores)
            {
                if (index.TryGetValue(score.Frame, out var f))
                {
                    data[offset + f] += w * score.Score;
                }
            }
        }

        if (total > 0)
        {
            for (var f = 0; f < index.Count; f++)
            {
                data[offset + f] /= total;
            }
        }

        return total;
    }
}
