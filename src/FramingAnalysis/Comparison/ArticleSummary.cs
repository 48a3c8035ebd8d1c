namespace FramingAnalysis.Comparison;

/// <summary>
/// One article reduced to a single double array (see <see cref="ComparisonLayout"/> for the layout): about
/// 8 × (2F + 8T + 10) bytes for F frames and T targets, whatever the article's length. Kept so that intervals can be
/// bootstrapped over articles (the cluster) after accumulation and merging. <see cref="Trajectory"/> holds the compound
/// sentiment of each outlet paragraph in order (one double per paragraph).
/// </summary>
internal sealed record ArticleSummary(string ArticleId, double[] Data, double[] Trajectory) : IComparable<ArticleSummary>
{
    public int CompareTo(ArticleSummary? other)
    {
        if (other is null)
        {
            return 1;
        }

        var c = string.CompareOrdinal(ArticleId, other.ArticleId);
        if (c != 0)
        {
            return c;
        }

        for (var i = 0; i < Data.Length && i < other.Data.Length; i++)
        {
            c = Data[i].CompareTo(other.Data[i]);
            if (c != 0)
            {
                return c;
            }
        }

        c = Data.Length.CompareTo(other.Data.Length);
        if (c != 0)
        {
            return c;
        }

        for (var i = 0; i < Trajectory.Length && i < other.Trajectory.Length; i++)
        {
            c = Trajectory[i].CompareTo(other.Trajectory[i]);
            if (c != 0)
            {
                return c;
            }
        }

        return Trajectory.Length.CompareTo(other.Trajectory.Length);
    }
}
