namespace FramingAnalysis.Orleans;

/// <summary>How <see cref="ClusterComparison"/> splits, submits and retries. Immutable.</summary>
public sealed record ClusterComparisonOptions
{
    /// <summary>The size a JSON Lines partition aims at, in bytes (default 16 MB: a few seconds of work per core, so a
    /// lost silo costs little to redo and partitions spread evenly). Other formats are one partition each.</summary>
    public long PartitionBytes { get; init; } = 16_000_000;

    /// <summary>Submissions of one partition before the run fails (default 3): the first and two re-runs after a lost
    /// silo or another transport failure. A data error is never retried.</summary>
    public int MaxAttempts { get; init; } = 3;

    /// <summary>Partitions in flight per active silo (default 2, so a silo has the next partition while it sends a shard).</summary>
    public int PartitionsPerSilo { get; init; } = 2;

    /// <summary>How often the coordinator asks the cluster which silos are alive (default 1 s); the partitions of a silo
    /// that left are re-submitted then, instead of after the call's response timeout.</summary>
    public TimeSpan LivenessCheck { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Workers per partition on a silo; null (default) for the silo's processor count.</summary>
    public int? Workers { get; init; }

    /// <summary>The files the run manifest hashes (the corpus, targets, frames); null for the corpus alone.</summary>
    public IReadOnlyList<string>? ManifestInputs { get; init; }

    /// <summary>Told how the run is going, from the coordinator's thread pool (see <see cref="ClusterProgress"/>).</summary>
    public IProgress<ClusterProgress>? Progress { get; init; }

    /// <summary>Told when every partition is done and the statistics start (articles analyzed, articles failed), as
    /// <see cref="Comparison.ComparisonRunOptions.Analyzed"/> is on one machine.</summary>
    public Action<int, int>? Analyzed { get; init; }

    /// <summary>Told each failed submission that will be retried (partition id, attempt that failed, the error).</summary>
    public Action<string, int, Exception>? Retrying { get; init; }

    /// <summary>Checks the options.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A value is below 1.</exception>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(PartitionBytes, 1, nameof(PartitionBytes));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxAttempts, 1, nameof(MaxAttempts));
        ArgumentOutOfRangeException.ThrowIfLessThan(PartitionsPerSilo, 1, nameof(PartitionsPerSilo));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(LivenessCheck, TimeSpan.Zero, nameof(LivenessCheck));
        if (Workers is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(Workers), "Workers must be 1 or more.");
        }
    }
}

/// <summary>
/// A snapshot of a distributed run: articles analyzed so far across silos (finished partitions plus the latest count of
/// each partition in flight; it can step back when a silo is lost and its partitions restart), partitions finished, and
/// how many submissions were retried.
/// </summary>
/// <param name="Articles">Articles analyzed so far, over all silos.</param>
/// <param name="PartitionsDone">Partitions with an accepted shard or a reported data error.</param>
/// <param name="Partitions">Partitions in the run.</param>
/// <param name="Retries">Submissions re-run after a failure.</param>
/// <param name="Silos">Distinct silos that have reported work.</param>
public readonly record struct ClusterProgress(int Articles, int PartitionsDone, int Partitions, int Retries, int Silos);

/// <summary>A distributed run that could not complete: a partition kept failing for reasons other than its data.</summary>
public sealed class ClusterComparisonException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ClusterComparisonException(string message, Exception? inner = null)
        : base(message, inner)
    {
    }

    /// <summary>Creates the exception.</summary>
    public ClusterComparisonException()
    {
    }

    /// <summary>Creates the exception.</summary>
    public ClusterComparisonException(string message)
        : base(message)
    {
    }
}
