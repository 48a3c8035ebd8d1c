using FramingAnalysis.Comparison;

namespace FramingAnalysis.Orleans;

/// <summary>
/// The coordinator of a distributed comparison (client side): splits the corpus into partitions
/// (<see cref="CorpusPartitioner"/>), submits each to a <see cref="IPartitionGrain"/> on the least busy live silo
/// (<see cref="PartitionPlacement"/>), re-submits a
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
        ComparisonBuilder EmptyBuilder() => ComparisonBuilder.For(analyzer, comparison);
        var inputs = options.ManifestInputs ?? [.. partitions.Select(p => p.Path).Distinct(StringComparer.Ordinal)];
        var manifest = Task.Run(() => RunManifest.Create(analyzer, comparison, inputs), cancellationToken);
        var merger = new ComparisonShardMerger(EmptyBuilder(), partitions.Select(p => p.Id));
        var tally = new ProgressTally(partitions.Count, options.Progress);
        var observer = client.CreateObjectReference<IPartitionProgress>(tally);
        try
        {
            await SubmitAllAsync(client, partitions, spec, options, EmptyBuilder, merger, tally, observer, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            client.DeleteObjectReference<IPartitionProgress>(observer);
        }

        options.Analyzed?.Invoke(tally.Articles, tally.Failed);
        return merger.Build(await manifest.ConfigureAwait(false));
    }

    private static async Task SubmitAllAsync(IGrainFactory client, IReadOnlyList<CorpusPartition> partitions, AnalysisSpec spec, ClusterComparisonOptions options,
        Func<ComparisonBuilder> emptyBuilder, ComparisonShardMerger merger, ProgressTally tally, IPartitionProgress observer, CancellationToken ct)
    {
        var run = Guid.NewGuid().ToString("N");
        var waiting = new Queue<(CorpusPartition Partition, int Attempt)>(partitions.Select(p => (p, 1)));
        var running = new Dictionary<Task<PartitionOutcome>, (CorpusPartition Partition, int Attempt)>();
        var submitted = new Dictionary<Task<PartitionOutcome>, (DateTime At, string Silo)>();
        var known = await ActiveSilosAsync(client).ConfigureAwait(false);
        var slots = Math.Max(1, known?.Count ?? 1) * options.PartitionsPerSilo;
        var nextCheck = DateTime.UtcNow + options.LivenessCheck;
        while (waiting.Count > 0 || running.Count > 0)
        {
            ct.ThrowIfCancellationRequested();
            while (waiting.Count > 0 && running.Count < slots)
            {
                var (partition, attempt) = waiting.Dequeue();
                var work = PartitionWork.For(partition, spec, attempt, options.Workers);
                var target = LeastBusy(known, submitted.Values);
                var grain = client.GetGrain<IPartitionGrain>(PartitionPlacement.Key(run, attempt, target, partition.Id));
                var call = grain.AnalyzeAsync(work, observer);
                running[call] = (partition, attempt);
                submitted[call] = (DateTime.UtcNow, target);
            }

            var any = Task.WhenAny(running.Keys);
            var wait = nextCheck - DateTime.UtcNow;
            if (wait > TimeSpan.Zero)
            {
                await Task.WhenAny(any, Task.Delay(wait, ct)).ConfigureAwait(false);
                ct.ThrowIfCancellationRequested();
            }

            if (DateTime.UtcNow >= nextCheck)
            {
                // Orleans fails a call to a silo that died only at its response timeout (an hour, for long partitions),
                // so the coordinator checks membership itself: the partitions of a silo that left are re-submitted, and
                // so are those not yet heard from when any silo left (their call may have been on its way to it). A
                // partition that was in fact still running elsewhere then runs twice; its first shard is the one accepted.
                // A grain says where it runs as soon as it is activated, so a partition unheard of for ten checks went
                // nowhere (a call to a silo that was leaving) and is re-submitted too.
                var active = await ActiveSilosAsync(client).ConfigureAwait(false);
                var someLeft = active is not null && known is not null && !known.IsSubsetOf(active);
                foreach (var (call, (partition, attempt)) in running.ToList())
                {
                    var silo = tally.SiloOf(partition.Id, attempt);
                    var unheard = silo is null && DateTime.UtcNow - submitted[call].At > options.LivenessCheck * 10;
                    if (unheard || (active is not null && (silo is null ? someLeft : !active.Contains(silo))))
                    {
                        running.Remove(call);
                        submitted.Remove(call);
                        _ = call.ContinueWith(static t => t.Exception, TaskScheduler.Default); // observed, never awaited
                        Retry(partition, attempt, new SiloUnavailableException(silo is null
                            ? $"a silo left the cluster before partition {partition.Id} reported where it runs"
                            : $"silo {silo} left the cluster while analyzing partition {partition.Id}"));
                    }
                }

                known = active ?? known;
                slots = active is null ? slots : Math.Max(1, active.Count) * options.PartitionsPerSilo;
                nextCheck = DateTime.UtcNow + options.LivenessCheck;
            }

            if (!any.IsCompleted)
            {
                continue;
            }

            var finished = await any.ConfigureAwait(false);
            if (!running.TryGetValue(finished, out var entry))
            {
                continue; // given up by the check above and already queued again
            }

            var (done, tries) = entry;
            running.Remove(finished);
            submitted.Remove(finished);
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
                slots = await SlotsAsync(client, options, slots).ConfigureAwait(false);
                continue;
            }

            Accept(done, outcome, emptyBuilder, merger, tally);
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

    private static void Accept(CorpusPartition partition, PartitionOutcome outcome, Func<ComparisonBuilder> emptyBuilder, ComparisonShardMerger merger, ProgressTally tally)
    {
        if (outcome.Shard is { } bytes)
        {
            var shard = ComparisonShard.FromBytes(bytes, emptyBuilder(), partition.Id);
            if (merger.Accept(partition.Id, shard))
            {
                tally.Finished(partition.Id, shard.Articles, outcome.Silo, shard.Failed);
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

    /// <summary>The active silo with the fewest partitions in flight (ties: ordinal order), or <c>any</c> when membership is unknown.</summary>
    private static string LeastBusy(HashSet<string>? active, IEnumerable<(DateTime At, string Silo)> inFlight)
    {
        if (active is not { Count: > 0 })
        {
            return "any";
        }

        var load = active.ToDictionary(s => s, _ => 0, StringComparer.Ordinal);
        foreach (var (_, silo) in inFlight)
        {
            if (load.ContainsKey(silo))
            {
                load[silo]++;
            }
        }

        return load.OrderBy(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).First().Key;
    }

    /// <summary>
    /// The silos membership lists as active, or null when the question itself failed or took over 5 s (it goes through
    /// a gateway silo, which may be the one being lost): the check is then skipped until the next round.
    /// </summary>
    private static async Task<HashSet<string>?> ActiveSilosAsync(IGrainFactory client)
    {
        try
        {
            var hosts = await client.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true).WaitAsync(TimeSpan.FromSeconds(5)).ConfigureAwait(false);
            return [.. hosts.Keys.Select(k => k.ToString())];
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
        {
            return null;
        }
    }

    /// <summary>Partitions in flight: per active silo, <see cref="ClusterComparisonOptions.PartitionsPerSilo"/>; <paramref name="current"/> when the cluster cannot be asked.</summary>
    private static async Task<int> SlotsAsync(IGrainFactory client, ClusterComparisonOptions options, int current)
    {
        var active = await ActiveSilosAsync(client).ConfigureAwait(false);
        return active is null ? current : Math.Max(1, active.Count) * options.PartitionsPerSilo;
    }
}
