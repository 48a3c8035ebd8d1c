using Orleans.Concurrency;

namespace FramingAnalysis.Orleans;

/// <summary>
/// Analyzes one partition of a corpus into a comparison shard. The coordinator uses a fresh key per run, partition and
/// attempt, so a re-submitted partition is placed anew (on a live silo) rather than sent to a lost activation.
/// </summary>
public interface IPartitionGrain : IGrainWithStringKey
{
    /// <summary>Reads and analyzes the partition; reports progress to <paramref name="progress"/> when given.</summary>
    /// <returns>The shard bytes, or the data error that stopped the partition.</returns>
    Task<PartitionOutcome> AnalyzeAsync(PartitionWork work, IPartitionProgress? progress);
}

/// <summary>An observer on the coordinator that grains tell how far a partition has got.</summary>
public interface IPartitionProgress : IGrainObserver
{
    /// <summary>Articles analyzed so far in one attempt at a partition, on a silo (one-way; a lost message only delays the display).</summary>
    [OneWay]
    Task Analyzed(string partitionId, int attempt, string silo, int articles);
}
