namespace FramingAnalysis.Orleans;

/// <summary>
/// The silo side of a distributed comparison: analyzes one partition with <see cref="Comparison.ComparisonShard.AnalyzeAsync"/> on
/// the thread pool (not the grain scheduler, which the analysis would hold for seconds) and returns the shard's bytes.
/// A failure of the data (a missing, unreadable or damaged file; a frames or targets file the silo cannot load) comes
/// back as <see cref="PartitionOutcome.DataError"/>, which the coordinator reports and does not retry; anything else
/// propagates, and the coordinator retries it a bounded number of times. Placed on the silo the coordinator chose
/// (<see cref="PartitionPlacement"/>); deactivated when done.
/// </summary>
[PartitionPlacement]
internal sealed class PartitionGrain(IAnalyzerFactory analyzers, ILocalSiloDetails silo) : Grain, IPartitionGrain
{
    public async Task<PartitionOutcome> AnalyzeAsync(PartitionWork work, IPartitionProgress? progress)
    {
        ArgumentNullException.ThrowIfNull(work);
        var where = silo.SiloAddress.ToString();

        // Tell the coordinator at once where the partition runs (before the analysis waits for a thread-pool thread),
        // so it can re-submit the partition if this silo is lost.
        progress?.Analyzed(work.PartitionId, work.Attempt, where, 0);
        try
        {
            var bytes = await Task.Run(() => PartitionAnalysis.RunAsync(analyzers, work, progress, where)).ConfigureAwait(true);
            return new PartitionOutcome { PartitionId = work.PartitionId, Shard = bytes, Silo = where };
        }
        catch (Exception ex) when (IsDataError(ex))
        {
            return new PartitionOutcome { PartitionId = work.PartitionId, DataError = $"{ex.GetType().Name}: {ex.Message}", Silo = where };
        }
        finally
        {
            DeactivateOnIdle();
        }
    }

    /// <summary>Failures that re-running elsewhere cannot fix: the input itself is missing, unreadable or bad.</summary>
    private static bool IsDataError(Exception ex) =>
        ex is IOException or UnauthorizedAccessException or InvalidDataException or NotSupportedException or FormatException
            or System.Text.Json.JsonException or System.Text.EncoderFallbackException;
}
