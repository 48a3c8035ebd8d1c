namespace FramingAnalysis.Comparison;

/// <summary>
/// One article reduced to a single double array (see <see cref="ComparisonLayout"/> for the layout): about
/// 8 × (2F + 8T + 10) bytes for F frames and T targets, whatever the article's length. Kept so that intervals can be
/// bootstrapped over articles (the cluster) after accumulation and merging.
/// </summary>
internal sealed record ArticleSummary(string ArticleId, double[] Data) : IComparable<ArticleSummary>
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

        return Data.Length.CompareTo(other.Data.Length);
    }
}
