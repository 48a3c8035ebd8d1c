using FramingAnalysis.Analysis;

namespace FramingAnalysis.Comparison;

/// <summary>
/// The front door of the comparison stage: routes analyzed articles to one <see cref="GroupAccumulator"/> per group,
/// merges with other builders (shards, threads), and builds the <see cref="ComparisonResult"/>.
/// </summary>
/// <remarks>
/// Accumulation and statistics are apart: the builder and its <see cref="GroupAccumulator"/>s only count and merge;
/// <see cref="Build"/> takes an immutable snapshot of every group and hands them to <see cref="ComparisonStatistics"/>,
/// whose remarks say how the result is made deterministic and how it resamples. A builder is spent once built.
/// </remarks>
public sealed partial class ComparisonBuilder
{
    private readonly Dictionary<string, GroupAccumulator> _groups = new(StringComparer.Ordinal);
    private int _articlesRejected;
    private int _commentsRejected;

    /// <summary>Creates an empty builder (<see cref="For"/> makes one from an analyzer).</summary>
    /// <param name="layout">The layout shared by every group.</param>
    internal ComparisonBuilder(ComparisonLayout layout)
    {
        ArgumentNullException.ThrowIfNull(layout);
        Layout = layout;
    }

    /// <summary>Where each frame, target and voice sits in the per-article data (internal: the report shows them by name).</summary>
    internal ComparisonLayout Layout { get; }

    /// <summary>The options.</summary>
    public ComparisonOptions Options => Layout.Options;

    /// <summary>Creates a builder whose frames and targets are the analyzer's: the frame set of its frame scorer and the
    /// targets of its stance scorer (<see cref="FramingAnalyzer.Stance"/>, which may be a scorer of your own passed as
    /// <see cref="AnalyzerOptions.Stance"/>), or no targets when it scores no stance.</summary>
    /// <param name="analyzer">The analyzer that produces the analyses.</param>
    /// <param name="options">The options; null for defaults.</param>
    /// <returns>An empty builder.</returns>
    public static ComparisonBuilder For(FramingAnalyzer analyzer, ComparisonOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        var set = analyzer.Frames.FrameSet;
        var frames = set.Frames.Select(f => f.Id).ToList();
        var targets = analyzer.Stance?.Targets.Select(t => t.Name).ToList() ?? [];
        return new ComparisonBuilder(new ComparisonLayout(frames, targets, options, analyzer.Text, set.Frames, analyzer.Stance?.Targets));
    }

    /// <summary>The group key of an article under the options.</summary>
    /// <param name="article">The article.</param>
    /// <returns>The key.</returns>
    public string GroupOf(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var key = Options.GroupBy.KeyOf(article);
        return Options.TimeWindow is { } window ? key + " | " + window.Label(article.Published) : key;
    }

    /// <summary>Adds one analyzed article to its group.</summary>
    /// <param name="analysis">The analysis.</param>
    public void Add(ArticleAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        GroupFor(analysis.Article).Add(analysis, null);
    }

    /// <summary>
    /// Analyzes one article with <paramref name="analyzer"/> and adds it. The result and the builder's state are the same
    /// as with <c>Add(analyzer.Analyze(article))</c>, but the term counts and example snippets are read from the
    /// analyzer's own text stage instead of running it a second time (when the analyzer's text pipeline is the
    /// layout's; otherwise this is exactly that call). If the analysis throws, nothing is added.
    /// </summary>
    /// <param name="article">The article.</param>
    /// <param name="analyzer">The analyzer; its frames and targets must be the layout's (see <see cref="For"/>).</param>
    /// <returns>The article's analysis.</returns>
    public ArticleAnalysis AnalyzeAndAdd(Article article, FramingAnalyzer analyzer)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(analyzer);
        if (!ReferenceEquals(analyzer.Text, Layout.Text))
        {
            var separate = analyzer.Analyze(article);
            Add(separate);
            return separate;
        }

        // The texts are this thread's pooled instances, valid until its next article: used right away, then dropped.
        var texts = t_texts ??= [];
        var analysis = analyzer.Analyze(article, texts);
        GroupFor(article).Add(analysis, texts);
        texts.Clear();
        return analysis;
    }

    [ThreadStatic]
    private static List<Text.AnalyzedText>? t_texts;

    /// <summary>
    /// Adds an analysis whose units' text stage the caller already has (one text per unit, in unit order, from the
    /// layout's pipeline): the path of <see cref="AnalyzeAndAdd"/> without the analysis, for benchmarks that time the
    /// aggregation as <c>framing compare</c> pays it.
    /// </summary>
    internal void Add(ArticleAnalysis analysis, IReadOnlyList<Text.AnalyzedText> texts) => GroupFor(analysis.Article).Add(analysis, texts);

    private GroupAccumulator GroupFor(Article article)
    {
        ThrowIfBuilt();
        var key = GroupOf(article);
        if (!_groups.TryGetValue(key, out var group))
        {
            _groups[key] = group = new GroupAccumulator(key, Layout);
        }

        return group;
    }

    /// <summary>Records the reader's rejected article and comment records (reported at corpus level).</summary>
    /// <param name="problems">The reader's problem list after reading.</param>
    public void AddProblems(CorpusProblems problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        _articlesRejected += problems.ArticlesRejected;
        _commentsRejected += problems.CommentsRejected;
    }

    /// <summary>Merges another builder with the same layout into this one.</summary>
    /// <param name="other">The other builder; it is not changed.</param>
    public void Merge(ComparisonBuilder other)
    {
        ArgumentNullException.ThrowIfNull(other);
        ThrowIfBuilt();
        if (!Layout.SameAs(other.Layout))
        {
            throw new ArgumentException("Only builders with the same layout can be merged.", nameof(other));
        }

        foreach (var (key, acc) in other._groups)
        {
            if (!_groups.TryGetValue(key, out var group))
            {
                _groups[key] = group = new GroupAccumulator(key, Layout);
            }

            group.Merge(acc);
        }

        _articlesRejected += other._articlesRejected;
        _commentsRejected += other._commentsRejected;
    }

    /// <summary>
    /// Drops everything this builder has collected, for a caller that has merged it into another builder and must not
    /// keep its articles alive through references it cannot clear (a finished worker's closure, say).
    /// </summary>
    internal void Release()
    {
        _groups.Clear();
        _groups.TrimExcess();
        _articlesRejected = 0;
        _commentsRejected = 0;
    }

    /// <summary>
    /// Computes every statistic: each group's accumulator hands over an immutable snapshot
    /// (<see cref="GroupAccumulator.Snapshot"/>), and <see cref="ComparisonStatistics"/> computes the result from the
    /// snapshots alone. The builder is spent afterwards: adding or merging throws, and building again gives the same
    /// result.
    /// </summary>
    /// <param name="manifest">The run manifest to carry into the result.</param>
    /// <returns>The result.</returns>
    public ComparisonResult Build(RunManifest manifest)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        _built = true;
        var groups = _groups.Values.OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        var snapshots = new GroupSnapshot[groups.Count];
        Parallel.For(0, groups.Count, g => snapshots[g] = groups[g].Snapshot());
        return new ComparisonStatistics(Layout).Compute(snapshots, _articlesRejected, _commentsRejected, manifest);
    }

    private bool _built;

    /// <summary>The snapshot of one group (which spends that group's accumulator); for tests of the statistics.</summary>
    internal GroupSnapshot Snapshot(string key) => _groups[key].Snapshot();

    private void ThrowIfBuilt()
    {
        if (_built)
        {
            throw new InvalidOperationException("This builder was already built into a comparison; add and merge before Build.");
        }
    }
}
