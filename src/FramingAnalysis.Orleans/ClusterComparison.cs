using FramingAnalysis.Comparison;

namespace FramingAnalysis.Orleans;

/// <summary>
/// The coordinator of a distributed comparison (client side): splits the corpus into partitions
/// (<see cref="CorpusPartitioner"/>), submits each to a <see cref="IPartitionGrain"/> on the cluster, re-submits a
/// partition whose call failed (a lost silo) up to <see cref="ClusterComparisonOptions.MaxAttempts"/> times, accepts
/// each partition's shard once (<see cref="ComparisonShardMerger"/>), and builds the result: the same bytes as
/// <see cref="ComparisonRunner.RunAsync"/> on one machine with the same inputs and options.
/// </summary>
/// <remarks>
/// Every silo must see the corpus, targets and frames at the same paths (a shared filesystem) and run the same library
/// version. Memory on the coordinator: the merged builder (as a single-machine run) plus the shards in flight.
/// </remarks>
public static class ClusterComparison
{
    /// <summary>Runs the comparison of the corpus at <paramref name="corpus"/> on the cluster <paramref name="client"/> is connected to.</summary>
    /// <param name="client">A connected Orleans client (or a silo's grain factory) of a cluster whose silos host FramingAnalysis.Orleans.</param>
    /// <param name="corpus">The corpus path, as every silo sees it.</param>
    /// <param name="spec">The analysis (targets, frames, comparison and reading options).</param>
    /// <param name="options">Partitioning, retries and progress; null for defaults.</param>
    /// <param name="analyzers">Builds the coordinator's analyzer (for the layout and the manifest); null for <see cref="DefaultAnalyzerFactory"/>. Must match the silos'.</param>
    /// <param name="cancellationToken">Stops submitting and waiting (partitions in flight finish on their silos).</param>
    /// <returns>The result, with the counts and the reader's problems of every partition in corpus order; a partition
    /// whose data could not be analyzed is one error problem naming it.</returns>
    /// <exception cref="ClusterComparisonException">A partition failed <see cref="ClusterComparisonOptions.MaxAttempts"/> times.</exception>
    /// <exception cref="InvalidDataException">An article id is used in two partitions, or a shard is damaged or of another layout.</exception>
    public static Task<ComparisonRun> RunAsync(IGrainFactory client, string corpus, AnalysisSpec spec, ClusterComparisonOptions? options = null,
        IAnalyzerFactory? analyzers = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        options ??= new ClusterComparisonOptions();
        options.Validate();
        var partitions = CorpusPartitioner.Split(corpus, options.PartitionBytes);
        return RunAsync(client, partitions, spec, options with { ManifestInputs = options.ManifestInputs ?? [corpus] }, analyzers, cancellationToken);
    }

    /// <summary>
    /// Runs the comparison over partitions the caller made (with <see cref="CorpusPartitioner.Split"/>, or its own
    /// split of a corpus into whole files and line-aligned JSON Lines ranges), in the order given (the order problems are
    /// reported in). The manifest hashes <see cref="ClusterComparisonOptions.ManifestInputs"/>, or else each partition's file.
    /// </summary>
    /// <inheritdoc cref="RunAsync(IGrainFactory, string, AnalysisSpec, ClusterComparisonOptions?, IAnalyzerFactory?, CancellationToken)"/>
    public static async Task<ComparisonRun> RunAsync(IGrainFactory client, IReadOnlyList<CorpusPartition> partitions, AnalysisSpec spec, ClusterComparisonOptions? options = null,
        IAnalyzerFactory? analyzers = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(partitions);
        ArgumentNullException.ThrowIfNull(spec);
        options ??= new ClusterComparisonOptions();
        options.Validate();
        var comparison = spec.ToComparisonOptions();
        var analyzer = (analyzers ?? new DefaultAnalyzerFactory()).Create(spec);
        var layout = ComparisonBuilder.For(analyzer, comparison).Layout;
        var inputs = options.ManifestInputs ?? [.. partitions.Select(p => p.Path).Distinct(StringComparer.Ordinal)];
        var manifest = Task.Run(() => RunManifest.Create(analyzer, comparison, inputs), cancellationToken);
        var merger = new ComparisonShardMerger(layout, partitions.Select(p => p.Id));
        var tally = new ProgressTally(partitions.Count, options.Progress);
        var observer = client.CreateObjectReference<IPartitionProgress>(tally);
        try
        {
            await SubmitAllAsync(client, partitions, spec, options, layout, merger, tally, observer, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            client.DeleteObjectReference<IPartitionProgress>(observer);
        }

        return merger.Build(await manifest.ConfigureAwait(false));
    }

    private static async Task SubmitAllAsync(IGrainFactory client, IReadOnlyList<CorpusPartition> partitions, AnalysisSpec spec, ClusterComparisonOptions options,
        ComparisonLayout layout, ComparisonShardMerger merger, ProgressTally tally, IPartitionProgress observer, CancellationToken ct)
    {
        var run = Guid.NewGuid().ToString("N");
        var waiting = new Queue<(CorpusPartition Partition, int Attempt)>(partitions.Select(p => (p, 1)));
        var running = new Dictionary<Task<PartitionOutcome>, (CorpusPartition Partition, int Attempt)>();
        var slots = await SlotsAsync(client, options).ConfigureAwait(false);
        while (waiting.Count > 0 || running.Count > 0)
        {
            ct.ThrowIfCancellationRequested();
            while (waiting.Count > 0 && running.Count < slots)
            {
                var (partition, attempt) = waiting.Dequeue();
                var work = PartitionWork.For(partition, spec, attempt, options.Workers);
                var grain = client.GetGrain<IPartitionGrain>($"{run}/{attempt}/{partition.Id}");
                running[grain.AnalyzeAsync(work, observer)] = (partition, attempt);
            }

            var any = Task.WhenAny(running.Keys);
            if (await Task.WhenAny(any, Task.Delay(options.LivenessCheck, ct)).ConfigureAwait(false) != any)
            {
                // No call finished for a while: a call to a silo that died is not failed by Orleans until its response
                // timeout (an hour, for long partitions), so the partitions of silos that membership no longer lists
                // are given up here and re-submitted.
                ct.ThrowIfCancellationRequested();
                var active = await ActiveSilosAsync(client).ConfigureAwait(false);
                foreach (var (call, (partition, attempt)) in running.ToList())
                {
                    if (tally.SiloOf(partition.Id, attempt) is { } silo && !active.Contains(silo))
                    {
                        running.Remove(call);
                        _ = call.ContinueWith(static t => t.Exception, TaskScheduler.Default); // observed, never awaited
                        Retry(partition, attempt, new SiloUnavailableException($"silo {silo} left the cluster while analyzing partition {partition.Id}"));
                    }
                }

                slots = await SlotsAsync(client, options).ConfigureAwait(false);
                continue;
            }

            var finished = await any.ConfigureAwait(false);
            var (done, tries) = running[finished];
            running.Remove(finished);
            PartitionOutcome outcome;
            try
            {
                outcome = await finished.ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
            {
                // The call failed without an answer from the partition's data: a lost silo, a timeout, a transport
                // error. The partition goes to the back of the queue under a new grain key (placed on a live silo).
                Retry(done, tries, ex);
                slots = await SlotsAsync(client, options).ConfigureAwait(false);
                continue;
            }

            Accept(done, outcome, layout, merger, tally);
        }

        // A failed submission goes to the back of the queue under a new grain key (so it is placed on a live silo);
        // throws once the partition has used its attempts.
        void Retry(CorpusPartition partition, int attempt, Exception ex)
        {
            if (attempt >= options.MaxAttempts)
            {
                throw new ClusterComparisonException($"partition {partition.Id} failed {attempt} times; last error: {ex.GetType().Name}: {ex.Message}", ex);
            }

            options.Retrying?.Invoke(partition.Id, attempt, ex);
            tally.Retrying(partition.Id, attempt + 1);
            waiting.Enqueue((partition, attempt + 1));
        }
    }

    private static void Accept(CorpusPartition partition, PartitionOutcome outcome, ComparisonLayout layout, ComparisonShardMerger merger, ProgressTally tally)
    {
        if (outcome.Shard is { } bytes)
        {
            var shard = ComparisonShard.FromBytes(bytes, layout, partition.Id);
            if (merger.Accept(partition.Id, shard))
            {
                tally.Finished(partition.Id, shard.Articles, outcome.Silo);
            }

            return;
        }

        // The data of this partition cannot be analyzed anywhere: reported like a rejected record, at the partition's
        // first line, and not retried.
        var problem = new CorpusProblem(partition.Path, partition.IsRange ? partition.FirstLine : 0, "partition",
            $"partition {partition.Id} could not be analyzed: {outcome.DataError}", ProblemSeverity.Error);
        if (merger.Fail(partition.Id, problem))
        {
            tally.Finished(partition.Id, 0, outcome.Silo);
        }
    }

    private static async Task<HashSet<string>> ActiveSilosAsync(IGrainFactory client)
    {
        var hosts = await client.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true).ConfigureAwait(false);
        return [.. hosts.Keys.Select(k => k.ToString())];
    }

    /// <summary>Partitions in flight: per active silo, <see cref="ClusterComparisonOptions.PartitionsPerSilo"/>.</summary>
    private static async Task<int> SlotsAsync(IGrainFactory client, ClusterComparisonOptions options)
    {
        var hosts = await client.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true).ConfigureAwait(false);
        return Math.Max(1, hosts.Count) * options.PartitionsPerSilo;
    }
}
