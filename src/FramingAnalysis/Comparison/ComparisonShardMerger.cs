namespace FramingAnalysis.Comparison;

/// <summary>
/// Merges the shards of a partitioned comparison into one result: each partition's shard is accepted once (a second
/// shard for the same partition, say from a re-run after a lost worker, is ignored), the reader's problems are put back
/// in partition order, and <see cref="Build"/> gives the result that one <see cref="ComparisonRunner"/> run over the
/// whole corpus gives. This is the coordinator's side of a distributed run, without any transport: FramingAnalysis.Orleans
/// feeds it shards from grains.
/// </summary>
/// <remarks>
/// <para>
/// An article id seen in two partitions is an error (<see cref="InvalidDataException"/>): one read of the whole corpus
/// would reject the later record as a duplicate, but after analysis the merged counts can no longer drop it.
/// </para>
/// <para>Memory: the merged builder, one id per article for the duplicate check, and each partition's problem list.
/// Not thread-safe: call it from one thread (or under a lock).</para>
/// </remarks>
public sealed class ComparisonShardMerger
{
    private readonly ComparisonBuilder _builder;
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
    private readonly List<string> _partitions;
    private readonly CorpusProblems?[] _problems;
    private readonly Dictionary<string, int> _owner = new(StringComparer.Ordinal);
    private int _articles;
    private int _failed;
    private int _done;
    private bool _built;

    /// <summary>Creates a merger for the given partitions.</summary>
    /// <param name="into">An empty builder made like every shard's (<see cref="ComparisonBuilder.For"/> with the same analyzer and options); the shards are merged into it.</param>
    /// <param name="partitionIds">The partition ids in corpus order (the order problems are reported in); each once.</param>
    /// <exception cref="ArgumentException">A partition id is repeated, or <paramref name="into"/> is not empty.</exception>
    public ComparisonShardMerger(ComparisonBuilder into, IEnumerable<string> partitionIds)
    {
        ArgumentNullException.ThrowIfNull(into);
        ArgumentNullException.ThrowIfNull(partitionIds);
        if (into.ArticleIds().Any())
        {
            throw new ArgumentException("The merger needs an empty builder.", nameof(into));
        }

        _builder = into;
        _partitions = [.. partitionIds];
        for (var i = 0; i < _partitions.Count; i++)
        {
            if (!_index.TryAdd(_partitions[i], i))
            {
                throw new ArgumentException($"Partition '{_partitions[i]}' is listed twice.", nameof(partitionIds));
            }
        }

        _problems = new CorpusProblems?[_partitions.Count];
    }

    /// <summary>Whether every partition has a shard or a recorded failure.</summary>
    public bool IsComplete => _done == _partitions.Count;

    /// <summary>The partitions that have neither a shard nor a recorded failure, in corpus order.</summary>
    public IReadOnlyList<string> Pending => [.. _partitions.Where((_, i) => _problems[i] is null)];

    /// <summary>Whether the partition already has a shard or a recorded failure.</summary>
    public bool IsDone(string partitionId) => _problems[IndexOf(partitionId)] is not null;

    /// <summary>Merges the partition's shard, unless the partition already has one (or a recorded failure).</summary>
    /// <returns>True when the shard was merged; false when it was a duplicate and ignored.</returns>
    /// <exception cref="ArgumentException">An unknown partition, or a shard of another layout.</exception>
    /// <exception cref="InvalidDataException">An article id of this shard was already seen in another partition.</exception>
    public bool Accept(string partitionId, ComparisonShard shard)
    {
        ArgumentNullException.ThrowIfNull(shard);
        var index = IndexOf(partitionId);
        if (_problems[index] is not null)
        {
            return false;
        }

        if (!_builder.Layout.SameAs(shard.Builder.Layout))
        {
            throw new ArgumentException($"The shard of partition '{partitionId}' has another layout.", nameof(shard));
        }

        foreach (var id in shard.Builder.ArticleIds())
        {
            if (_owner.TryGetValue(id, out var other) && other != index)
            {
                throw new InvalidDataException($"article id '{id}' is used in partition {_partitions[other]} and in partition {partitionId}: " +
                    "a single read would reject the later record as a duplicate, which a partitioned run cannot do after analysis; give every article its own id");
            }

            _owner[id] = index;
        }

        _builder.Merge(shard.Builder);
        _articles += shard.Articles;
        _failed += shard.Failed;
        _problems[index] = shard.Problems;
        _done++;
        return true;
    }

    /// <summary>
    /// Records that a partition could not be analyzed for a reason in its data (an unreadable file, say): the problem is
    /// reported in its place, like a rejected record, and the partition counts as done. Ignored when the partition already
    /// has a shard or a failure.
    /// </summary>
    /// <returns>True when recorded.</returns>
    public bool Fail(string partitionId, CorpusProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var index = IndexOf(partitionId);
        if (_problems[index] is not null)
        {
            return false;
        }

        var problems = new CorpusProblems();
        problems.Add(problem, strict: false);
        _problems[index] = problems;
        _done++;
        return true;
    }

    /// <summary>
    /// Builds the result from every partition's shard: problems in partition order, then the statistics (as
    /// <see cref="ComparisonRunner.RunAsync"/> does; null result when no article was analyzed).
    /// </summary>
    /// <exception cref="InvalidOperationException">Some partition has neither a shard nor a recorded failure, or the result was built already (call once).</exception>
    public ComparisonRun Build(RunManifest manifest)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        if (!IsComplete)
        {
            throw new InvalidOperationException($"{_partitions.Count - _done} partitions have no shard yet: {string.Join(", ", Pending.Take(5))}");
        }

        if (_built)
        {
            throw new InvalidOperationException("The merged result is built once.");
        }

        _built = true;
        var problems = new CorpusProblems();
        foreach (var part in _problems)
        {
            problems.ArticlesRead += part!.ArticlesRead;
            problems.ArticlesRejected += part.ArticlesRejected;
            problems.CommentsRead += part.CommentsRead;
            problems.CommentsRejected += part.CommentsRejected;
            foreach (var p in part)
            {
                problems.Add(p, strict: false);
            }
        }

        _builder.AddProblems(problems);
        return _articles == 0
            ? new ComparisonRun(null, 0, _failed, problems)
            : new ComparisonRun(_builder.Build(manifest), _articles, _failed, problems);
    }

    private int IndexOf(string partitionId)
    {
        ArgumentNullException.ThrowIfNull(partitionId);
        return _index.TryGetValue(partitionId, out var i) ? i : throw new ArgumentException($"Unknown partition '{partitionId}'.", nameof(partitionId));
    }
}
