using FramingAnalysis.Comparison;

namespace FramingAnalysis.Orleans;

/// <summary>
/// What a silo needs to analyze a partition exactly as the coordinator expects: the analyzer's input files (on a path
/// every machine sees), the comparison options and the reading options. Sent with every partition (Orleans' serializer,
/// a few hundred bytes); each silo builds its analyzer from it once (<see cref="IAnalyzerFactory"/>) and the coordinator
/// builds the same one for the layout and the run manifest. Immutable.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record AnalysisSpec
{
    /// <summary>A targets.json file (stance per target); null for no stance.</summary>
    [Id(0)] public string? TargetsPath { get; init; }

    /// <summary>A frame dictionary replacing the built-in Policy Frames; null for the built-in set.</summary>
    [Id(1)] public string? FramesPath { get; init; }

    /// <summary>The comparison options (see <see cref="ComparisonOptions"/>); they fix the layout fingerprint. The grouping as
    /// <see cref="Grouping.Name"/> writes it.</summary>
    [Id(2)] public string GroupBy { get; init; } = ComparisonOptions.Default.GroupBy.Name;

    /// <summary>See <see cref="ComparisonOptions.TimeWindow"/>.</summary>
    [Id(3)] public TimeWindow? TimeWindow { get; init; }

    /// <summary>See <see cref="ComparisonOptions.Seed"/>.</summary>
    [Id(4)] public ulong Seed { get; init; } = ComparisonOptions.DefaultSeed;

    /// <summary>See <see cref="ComparisonOptions.Resamples"/>.</summary>
    [Id(5)] public int Resamples { get; init; } = ComparisonOptions.Default.Resamples;

    /// <summary>See <see cref="ComparisonOptions.Permutations"/>.</summary>
    [Id(6)] public int Permutations { get; init; } = ComparisonOptions.Default.Permutations;

    /// <summary>See <see cref="ComparisonOptions.ConfidenceLevel"/>.</summary>
    [Id(7)] public double ConfidenceLevel { get; init; } = ComparisonOptions.Default.ConfidenceLevel;

    /// <summary>See <see cref="ComparisonOptions.TitleWeight"/>.</summary>
    [Id(8)] public double TitleWeight { get; init; } = ComparisonOptions.Default.TitleWeight;

    /// <summary>See <see cref="ComparisonOptions.TopCues"/>.</summary>
    [Id(9)] public int TopCues { get; init; } = ComparisonOptions.Default.TopCues;

    /// <summary>See <see cref="ComparisonOptions.TopTerms"/>.</summary>
    [Id(10)] public int TopTerms { get; init; } = ComparisonOptions.Default.TopTerms;

    /// <summary>See <see cref="ComparisonOptions.MinTermCount"/>.</summary>
    [Id(11)] public int MinTermCount { get; init; } = ComparisonOptions.Default.MinTermCount;

    /// <summary>See <see cref="ComparisonOptions.PriorSize"/>.</summary>
    [Id(12)] public double PriorSize { get; init; } = ComparisonOptions.Default.PriorSize;

    /// <summary>See <see cref="CorpusReadOptions.MaxTextLength"/>.</summary>
    [Id(13)] public int MaxTextLength { get; init; } = CorpusReadOptions.Default.MaxTextLength;

    /// <summary>See <see cref="CorpusReadOptions.MaxRecordBytes"/>.</summary>
    [Id(14)] public long MaxRecordBytes { get; init; } = CorpusReadOptions.Default.MaxRecordBytes;

    /// <summary>See <see cref="CorpusReadOptions.MaxFileBytes"/>.</summary>
    [Id(15)] public long MaxFileBytes { get; init; } = CorpusReadOptions.Default.MaxFileBytes;

    /// <summary>CSV/TSV column names, in the order id, source, language, published, title, url, text; null for the standard names.</summary>
    [Id(16)] public string[]? Columns { get; init; }

    /// <summary>Creates the spec of a comparison with the given options.</summary>
    /// <param name="options">The comparison options; null for defaults.</param>
    /// <param name="read">The reading options; null for defaults. Strict mode is not carried (a distributed run reports problems).</param>
    /// <param name="targetsPath">The targets file, or null.</param>
    /// <param name="framesPath">The frame dictionary, or null.</param>
    public static AnalysisSpec Create(ComparisonOptions? options = null, CorpusReadOptions? read = null, string? targetsPath = null, string? framesPath = null)
    {
        options ??= ComparisonOptions.Default;
        read ??= CorpusReadOptions.Default;
        var c = read.Columns;
        return new AnalysisSpec
        {
            TargetsPath = targetsPath,
            FramesPath = framesPath,
            GroupBy = options.GroupBy.Name,
            TimeWindow = options.TimeWindow,
            Seed = options.Seed,
            Resamples = options.Resamples,
            Permutations = options.Permutations,
            ConfidenceLevel = options.ConfidenceLevel,
            TitleWeight = options.TitleWeight,
            TopCues = options.TopCues,
            TopTerms = options.TopTerms,
            MinTermCount = options.MinTermCount,
            PriorSize = options.PriorSize,
            MaxTextLength = read.MaxTextLength,
            MaxRecordBytes = read.MaxRecordBytes,
            MaxFileBytes = read.MaxFileBytes,
            Columns = c == CorpusColumns.Default ? null : [c.Id, c.Source, c.Language, c.Published, c.Title, c.Url, c.Text],
        };
    }

    /// <summary>The comparison options this spec carries (validated).</summary>
    public ComparisonOptions ToComparisonOptions()
    {
        var options = new ComparisonOptions
        {
            GroupBy = Grouping.Parse(GroupBy),
            TimeWindow = TimeWindow,
            Seed = Seed,
            Resamples = Resamples,
            Permutations = Permutations,
            ConfidenceLevel = ConfidenceLevel,
            TitleWeight = TitleWeight,
            TopCues = TopCues,
            TopTerms = TopTerms,
            MinTermCount = MinTermCount,
            PriorSize = PriorSize,
        };
        options.Validate();
        return options;
    }

    /// <summary>The reading options this spec carries.</summary>
    public CorpusReadOptions ToReadOptions()
    {
        var read = CorpusReadOptions.Default with { MaxTextLength = MaxTextLength, MaxRecordBytes = MaxRecordBytes, MaxFileBytes = MaxFileBytes };
        if (Columns is { Length: 7 } c)
        {
            read = read with { Columns = new CorpusColumns { Id = c[0], Source = c[1], Language = c[2], Published = c[3], Title = c[4], Url = c[5], Text = c[6] } };
        }

        return read;
    }

    /// <summary>Whether two specs ask for the same analysis (records compare arrays by reference, so columns are compared here).</summary>
    public bool SameAs(AnalysisSpec other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return this with { Columns = null } == other with { Columns = null } && (Columns ?? []).SequenceEqual(other.Columns ?? []);
    }
}
