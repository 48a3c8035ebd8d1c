using Microsoft.Data.Analysis;

namespace FramingAnalysis.DataFrames;

/// <summary>
/// Every table of a <see cref="FramingAnalysis.Comparison.ComparisonResult"/> as a DataFrame, with the column names of the
/// CSV tables of <c>framing compare --format csv</c>. Made by <see cref="FramingDataFrames.ToDataFrames"/>. Immutable.
/// Interval bounds are NaN where the interval is undefined; <c>level</c> is the nominal coverage (0.95).
/// </summary>
/// <param name="Groups">One row per group: <c>group</c>, <c>articles</c>, <c>units</c>, <c>comments</c>.</param>
/// <param name="Frames">Frame salience per group: <c>group</c>, <c>frame</c>, <c>salience</c>, <c>lower</c>, <c>upper</c>, <c>level</c>, <c>share</c>.</param>
/// <param name="Stance">Stance by group, target and voice: <c>group</c>, <c>target</c>, <c>voice</c>, <c>units</c> (units that mention the target), <c>not_mentioning</c>, <c>articles</c>, <c>mean</c>, <c>lower</c>, <c>upper</c>, <c>against</c>, <c>neutral</c>, <c>favor</c> (mean, interval and labels over the mentioning units; NaN mean when none).</param>
/// <param name="Sentiment">Sentiment by group and voice: <c>group</c>, <c>voice</c>, <c>units</c>, <c>mean</c>, <c>lower</c>, <c>upper</c>, <c>negative</c>, <c>neutral</c>, <c>positive</c>.</param>
/// <param name="Pairs">Pairwise frame differences: <c>group_a</c>, <c>group_b</c>, <c>jsd</c>, <c>jsd_lower</c>, <c>jsd_upper</c>, <c>frame</c>, <c>mean_a</c>, <c>mean_b</c>, <c>difference</c>, <c>p</c>, <c>q</c> (BH-adjusted).</param>
/// <param name="Effects">Effect sizes of pairs and of article versus audience: <c>comparison</c> (<c>pair</c> or <c>article_vs_audience</c>), <c>a</c>, <c>b</c>, <c>measure</c>, <c>voice</c>, <c>n_a</c>, <c>n_b</c>, <c>mean_a</c>, <c>mean_b</c>, <c>cohens_d</c>, <c>d_lower</c>, <c>d_upper</c>, <c>cliffs_delta</c>, <c>delta_lower</c>, <c>delta_upper</c>.</param>
/// <param name="Distinctive">Distinctive terms: <c>group</c>, <c>language</c>, <c>tokens</c> (Int64), <c>rank</c>, <c>term</c>, <c>count</c>, <c>count_rest</c>, <c>log_odds</c>, <c>z</c>, <c>form</c> (the term's most frequent written form, accents kept).</param>
/// <param name="ArticleVersusAudience">Outlet versus comments per group: <c>group</c>, <c>articles_with_comments</c>, <c>jsd</c>, <c>jsd_lower</c>, <c>jsd_upper</c> (their effect sizes are in <paramref name="Effects"/>).</param>
/// <param name="Naming">How each group names and labels each target (the naming table; <c>naming.csv</c>): <c>group</c>, <c>target</c>, <c>language</c>, <c>kind</c> (<c>expression</c> or <c>label</c>), <c>rank</c>, <c>text</c> (most frequent written form), <c>key</c>, <c>count</c>, per voice <c>outlet</c>, <c>quoted</c>, <c>embedded</c>, <c>audience</c>, <c>attachment</c> (labels: modifier, apposition or predicate), <c>valence</c>, <c>evaluative</c>, <c>z</c> (NaN when not tested), <c>example</c> (a sentence that uses it).</param>
public sealed record ComparisonTables(
    DataFrame Groups,
    DataFrame Frames,
    DataFrame Stance,
    DataFrame Sentiment,
    DataFrame Pairs,
    DataFrame Effects,
    DataFrame Distinctive,
    DataFrame ArticleVersusAudience,
    DataFrame Naming)
{
    /// <summary>The tables with their titles, in display order.</summary>
    public IReadOnlyList<KeyValuePair<string, DataFrame>> All =>
    [
        new("Groups", Groups),
        new("Frame salience per group (95% bootstrap CI over articles)", Frames),
        new("Stance by voice", Stance),
        new("Sentiment by voice", Sentiment),
        new("Pairwise frame differences", Pairs),
        new("Effect sizes", Effects),
        new("Distinctive terms (weighted log-odds z)", Distinctive),
        new("Article versus audience", ArticleVersusAudience),
        new("Naming of targets (labels by weighted log-odds z)", Naming),
    ];

    /// <summary>Every table as one HTML fragment, each truncated to <paramref name="maxRows"/> rows with a visible note.</summary>
    /// <param name="maxRows">Rows shown per table (at least 1).</param>
    /// <returns>HTML.</returns>
    public string ToHtml(int maxRows = 50) => string.Concat(All.Select(t => HtmlTable.Render(t.Value, maxRows, t.Key)));

    /// <inheritdoc/>
    public override string ToString() => string.Join(Environment.NewLine + Environment.NewLine, All.Select(t => t.Key + Environment.NewLine + t.Value.ToString()));
}
