namespace FramingAnalysis.Orleans;

/// <summary>
/// The coordinator's observer: collects the grains' progress messages (latest count per partition attempt) and the
/// finished partitions, and reports <see cref="ClusterProgress"/> snapshots. Thread-safe (messages arrive on any thread).
/// </summary>
internal sealed class ProgressTally(int partitions, IProgress<ClusterProgress>? progress) : IPartitionProgress
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, (int Attempt, int Articles, string? Silo)> _inFlight = new(StringComparer.Ordinal);
    private readonly HashSet<string> _silos = new(StringComparer.Ordinal);
    private int _finishedArticles;
    private int _done;
    private int _retries;

    public Task Analyzed(string partitionId, int attempt, string silo, int articles)
    {
        lock (_gate)
        {
            _silos.Add(silo);
            if (_inFlight.TryGetValue(partitionId, out var current) && current.Attempt > attempt)
            {
                return Task.CompletedTask; // a late message from an attempt that was given up
            }

            _inFlight[partitionId] = (attempt, articles, silo);
            Report();
        }

        return Task.CompletedTask;
    }

    /// <summary>Articles analyzed in the partitions done.</summary>
    public int Articles
    {
        get
        {
            lock (_gate)
            {
                return _finishedArticles;
            }
        }
    }

    /// <summary>Articles whose analysis threw, in the partitions done.</summary>
    public int Failed { get; private set; }

    /// <summary>The silo that reported work on the partition's given attempt, or null when none has yet.</summary>
    public string? SiloOf(string partitionId, int attempt)
    {
        lock (_gate)
        {
            return _inFlight.TryGetValue(partitionId, out var current) && current.Attempt == attempt ? current.Silo : null;
        }
    }

    /// <summary>A partition is done (its shard accepted or its data error recorded).</summary>
    public void Finished(string partitionId, int articles, string? silo, int failed = 0)
    {
        lock (_gate)
        {
            Failed += failed;
            _inFlight[partitionId] = (int.MaxValue, 0, silo);
            if (silo is { Length: > 0 })
            {
                _silos.Add(silo);
            }

            _finishedArticles += articles;
            _done++;
            Report();
        }
    }

    /// <summary>A submission failed and the partition will be submitted again as attempt <paramref name="next"/>; late messages of earlier attempts are ignored.</summary>
    public void Retrying(string partitionId, int next)
    {
        lock (_gate)
        {
            _inFlight[partitionId] = (next, 0, null);
            _retries++;
            Report();
        }
    }

    private void Report()
    {
        if (progress is null)
        {
            return;
        }

        var articles = _finishedArticles;
        foreach (var (attempt, count, _) in _inFlight.Values)
        {
            if (attempt != int.MaxValue)
            {
                articles += count;
            }
        }

        progress.Report(new ClusterProgress(articles, _done, partitions, _retries, _silos.Count));
    }
}
