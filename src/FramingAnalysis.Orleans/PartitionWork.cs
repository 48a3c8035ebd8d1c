namespace FramingAnalysis.Orleans;

/// <summary>
/// One partition sent to a <see cref="IPartitionGrain"/>: where to read (a path every silo sees, and a byte range for
/// JSON Lines), which attempt this is, and the analysis to run. Serialized by Orleans' serializer (a few hundred bytes).
/// </summary>
[GenerateSerializer, Immutable]
public sealed record PartitionWork
{
    /// <summary>The partition id (<see cref="CorpusPartition.Id"/>), unique within a run.</summary>
    [Id(0)] public required string PartitionId { get; init; }

    /// <summary>See <see cref="CorpusPartition.Path"/>.</summary>
    [Id(1)] public required string Path { get; init; }

    /// <summary>See <see cref="CorpusPartition.Start"/>.</summary>
    [Id(2)] public long Start { get; init; }

    /// <summary>See <see cref="CorpusPartition.End"/>.</summary>
    [Id(3)] public long End { get; init; } = -1;

    /// <summary>See <see cref="CorpusPartition.FirstLine"/>.</summary>
    [Id(4)] public long FirstLine { get; init; } = 1;

    /// <summary>1 for the first submission, then 2, 3… after a lost silo.</summary>
    [Id(5)] public int Attempt { get; init; } = 1;

    /// <summary>The analysis to run.</summary>
    [Id(6)] public required AnalysisSpec Spec { get; init; }

    /// <summary>Workers analyzing on the silo; null for the silo's processor count.</summary>
    [Id(7)] public int? Workers { get; init; }

    /// <summary>The partition to read.</summary>
    public CorpusPartition Partition => new(Path, Start, End, FirstLine);

    /// <summary>The work for one partition.</summary>
    public static PartitionWork For(CorpusPartition partition, AnalysisSpec spec, int attempt, int? workers)
    {
        ArgumentNullException.ThrowIfNull(partition);
        return new PartitionWork
        {
            PartitionId = partition.Id,
            Path = partition.Path,
            Start = partition.Start,
            End = partition.End,
            FirstLine = partition.FirstLine,
            Attempt = attempt,
            Spec = spec,
            Workers = workers,
        };
    }
}

/// <summary>
/// What a grain sends back: the partition's <see cref="Comparison.ComparisonShard"/> bytes (its own versioned binary
/// format, carried by Orleans as a byte array), or the reason the partition's data could not be analyzed.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record PartitionOutcome
{
    /// <summary>The partition id the outcome is for.</summary>
    [Id(0)] public required string PartitionId { get; init; }

    /// <summary>The shard's bytes; null when <see cref="DataError"/> is set.</summary>
    [Id(1)] public byte[]? Shard { get; init; }

    /// <summary>Why the partition's data could not be analyzed (a missing or unreadable file, say); null on success.</summary>
    [Id(2)] public string? DataError { get; init; }

    /// <summary>The silo that analyzed it (for progress and logs).</summary>
    [Id(3)] public string Silo { get; init; } = string.Empty;
}
