using System.Diagnostics;
using FramingAnalysis.Comparison;

namespace FramingAnalysis.Orleans;

/// <summary>The work of a <see cref="PartitionGrain"/>, run on the thread pool: one partition into shard bytes, with throttled progress.</summary>
internal static class PartitionAnalysis
{
    /// <summary>At most this often a progress message goes to the coordinator.</summary>
    private static readonly TimeSpan ProgressEvery = TimeSpan.FromMilliseconds(250);

    /// <summary>Analyzes <paramref name="work"/>'s partition with the analyzer of its spec and returns the shard's bytes, telling <paramref name="progress"/> along the way.</summary>
    public static async Task<byte[]> RunAsync(IAnalyzerFactory analyzers, PartitionWork work, IPartitionProgress? progress, string where)
    {
        var analyzer = analyzers.Create(work.Spec);
        var clock = Stopwatch.StartNew();
        var last = TimeSpan.Zero;
        var run = new ComparisonRunOptions
        {
            ReadOptions = work.Spec.ToReadOptions(),
            Workers = work.Workers ?? Environment.ProcessorCount,
            Progress = progress is null ? null : new Progress(count =>
            {
                // Called under the runner's lock: throttled, and one-way (never waits for the coordinator).
                if (clock.Elapsed - last >= ProgressEvery)
                {
                    last = clock.Elapsed;
                    _ = progress.Analyzed(work.PartitionId, work.Attempt, where, count);
                }
            }),
        };
        var shard = await ComparisonShard.AnalyzeAsync(work.Partition, analyzer, work.Spec.ToComparisonOptions(), run).ConfigureAwait(false);
        progress?.Analyzed(work.PartitionId, work.Attempt, where, shard.Articles);
        return shard.ToBytes();
    }

    private sealed class Progress(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }
}
