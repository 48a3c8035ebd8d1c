namespace FramingAnalysis.Comparison;

/// <summary>
/// Immutable options of a source comparison. Every figure of a <see cref="ComparisonResult"/> depends only on the analyzed
/// articles and these options, so a rerun with the same options gives a byte-identical report.
/// </summary>
public sealed record ComparisonOptions
{
    /// <summary>The default seed, 20260323 (the date the comparison stage was specified). Change it to check that a
    /// conclusion does not hinge on one random stream.</summary>
    public const ulong DefaultSeed = 20260323;

    /// <summary>
    /// What defines a group: <see cref="Grouping.Source"/> (default), <see cref="Grouping.Language"/> (the article's
    /// declared language, or <c>und</c>), or <see cref="Grouping.ByMetadata"/> (the article's metadata value, or <c>(none)</c>).
    /// </summary>
    public Grouping GroupBy { get; init; } = Grouping.Source;

    /// <summary>
    /// Optional time window that splits each group by publication date (UTC); articles without a date go to window
    /// <c>undated</c>. Null (default) for no split.
    /// </summary>
    public TimeWindow? TimeWindow { get; init; }

    /// <summary>The seed of every bootstrap and permutation; default <see cref="DefaultSeed"/>.</summary>
    public ulong Seed { get; init; } = DefaultSeed;

    /// <summary>The most bootstrap replicates <see cref="Validate"/> accepts (100,000): each group keeps one
    /// replicate per frame in memory, and more replicates than this do not change an interval's figures.</summary>
    public const int MaxResamples = 100_000;

    /// <summary>The most permutations per test <see cref="Validate"/> accepts (1,000,000).</summary>
    public const int MaxPermutations = 1_000_000;

    /// <summary>Bootstrap replicates per interval (default 1000; 1 to <see cref="MaxResamples"/>).</summary>
    public int Resamples { get; init; } = 1000;

    /// <summary>Permutations per permutation test (default 2000; 1 to <see cref="MaxPermutations"/>).</summary>
    public int Permutations { get; init; } = 2000;

    /// <summary>Confidence level of every interval (default 0.95).</summary>
    public double ConfidenceLevel { get; init; } = 0.95;

    /// <summary>
    /// Weight of the title in the article-level frame vector (default 2.0): the article's frame vector is the weighted mean
    /// of its outlet units' frame scores, paragraphs weighted 1 and the title weighted <see cref="TitleWeight"/>. The rule
    /// is <see cref="Frames.ArticleFrames"/>'s, which computes the same vector for one article.
    /// </summary>
    public double TitleWeight { get; init; } = Frames.ArticleFrames.DefaultTitleWeight;

    /// <summary>How many evidence cues to list per frame and group (default 5).</summary>
    public int TopCues { get; init; } = 5;

    /// <summary>How many distinctive terms to list per group and language (default 10).</summary>
    public int TopTerms { get; init; } = 10;

    /// <summary>Terms (unigrams and bigrams) used fewer times than this in a language are left out of distinctive-language
    /// scoring (default 3); rare terms carry little evidence and inflate the vocabulary.</summary>
    public int MinTermCount { get; init; } = 3;

    /// <summary>α0, the total pseudo-count of the informative Dirichlet prior of the log-odds ratio (default 500).</summary>
    public double PriorSize { get; init; } = 500;

    /// <summary>The default options.</summary>
    public static ComparisonOptions Default { get; } = new();

    /// <summary>Checks that the options are in range.</summary>
    /// <exception cref="ArgumentException">An option is out of range or unknown.</exception>
    public void Validate()
    {
        if (Resamples is < 1 or > MaxResamples)
        {
            throw new ArgumentOutOfRangeException(nameof(Resamples), FormattableString.Invariant($"Resamples must be from 1 to {MaxResamples:N0} (was {Resamples:N0})."));
        }

        if (Permutations is < 1 or > MaxPermutations)
        {
            throw new ArgumentOutOfRangeException(nameof(Permutations), FormattableString.Invariant($"Permutations must be from 1 to {MaxPermutations:N0} (was {Permutations:N0})."));
        }

        if (!(TitleWeight >= 0) || double.IsInfinity(TitleWeight))
        {
            throw new ArgumentOutOfRangeException(nameof(TitleWeight), "The title weight must be finite and not negative.");
        }

        if (TimeWindow is { } window && !Enum.IsDefined(window))
        {
            throw new ArgumentOutOfRangeException(nameof(TimeWindow), window, "Unknown time window.");
        }

        ArgumentNullException.ThrowIfNull(GroupBy);
    }
}
