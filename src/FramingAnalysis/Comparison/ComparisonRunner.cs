using System.Runtime;
using System.Threading.Channels;
using FramingAnalysis.Analysis;

namespace FramingAnalysis.Comparison;

/// <summary>
/// Runs a whole comparison from a corpus on disk: reads it, analyzes and accumulates articles on every core (one
/// builder per worker, merged at the end), and builds the result, in memory bounded by the accumulators (not by the
/// corpus). This is the path <c>framing compare</c> takes. The result is the same as adding every article to one
/// <see cref="ComparisonBuilder"/> in any order (merging is lawful: statistics sort articles by id).
/// </summary>
public static class ComparisonRunner
{
    /// <summary>Articles handed to a worker at a time: one hand-off per article cost about 4% of a 1 GB run's CPU.</summary>
    private const int BatchSize = 16;

    /// <summary>Reads, analyzes and compares the corpus at <paramref name="corpus"/>.</summary>
    /// <param name="corpus">A corpus file or folder (see <see cref="Corpus.ReadAsync"/>).</param>
    /// <param name="analyzer">The analyzer; its frames and targets are the comparison's. Its parallelism sets the workers.</param>
    /// <param name="options">The comparison options; null for defaults.</param>
    /// <param name="run">Reading options, the inputs the manifest hashes, and the callbacks; null for defaults.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>The result (null when no article was analyzed) with the counts and the reader's problems.</returns>
    /// <exception cref="FileNotFoundException">The corpus does not exist.</exception>
    /// <exception cref="NotSupportedException">The corpus format is not recognised.</exception>
    public static async Task<ComparisonRun> RunAsync(string corpus, FramingAnalyzer analyzer, ComparisonOptions? options = null, ComparisonRunOptions? run = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(analyzer);
        options ??= ComparisonOptions.Default;
        run ??= new ComparisonRunOptions();
        options.Validate();
        var ct = cancellationToken;

        // The manifest hashes the input files (SHA-256; 1.5 s for 1 GB): done alongside the analysis, not after it,
        // where it would hold up the statistics.
        var manifest = Task.Run(() => RunManifest.Create(analyzer, options, run.ManifestInputs ?? [corpus]), ct);
        var problems = new CorpusProblems();
        var (builder, count, failed) = await AccumulateAsync(Corpus.ReadAsync(corpus, problems, run.ReadOptions, ct), analyzer, options, run, ct).ConfigureAwait(false);

        // The statistics hold the run's memory peak, so they start from a heap holding only the merged builder: each
        // merged shard was emptied (a finished worker's closure could still hold its shard), then one compacting
        // collection (60-80 ms at 1 GB) frees the shards and the analysis phase's fragmentation. Peak RSS at 1 GB:
        // 418-420 MB in five runs, against 447-505 MB without these two steps.
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);

        builder.AddProblems(problems);
        if (count == 0)
        {
            return new ComparisonRun(null, 0, failed, problems);
        }

        run.Analyzed?.Invoke(count, failed, problems);
        var result = builder.Build(await manifest.ConfigureAwait(false));
        ct.ThrowIfCancellationRequested();
        return new ComparisonRun(result, count, failed, problems);
    }

    /// <summary>
    /// Analyzes and accumulates <paramref name="articles"/> on one builder per worker and merges them into the first
    /// (the others are released): the analysis phase of <see cref="RunAsync"/>, shared with
    /// <see cref="ComparisonShard.AnalyzeAsync"/>. Reports progress and failures through <paramref name="run"/>.
    /// </summary>
    internal static async Task<(ComparisonBuilder Builder, int Count, int Failed)> AccumulateAsync(IAsyncEnumerable<Article> articles, FramingAnalyzer analyzer,
        ComparisonOptions options, ComparisonRunOptions run, CancellationToken ct)
    {
        var count = 0;
        var failed = 0;

        // One accumulator per worker: a worker analyzes an article and adds it to its own builder, so the counting runs
        // in parallel too; the builders are merged at the end. The order in which workers see articles does not matter.
        var workers = Math.Max(1, run.Workers ?? analyzer.Options.Parallelism);
        var builders = new ComparisonBuilder[workers];
        var queue = Channel.CreateBounded<Article[]>(new BoundedChannelOptions(workers * 2) { SingleWriter = true, SingleReader = false });
        var gate = new object();
        var tasks = new Task[workers];
        for (var w = 0; w < workers; w++)
        {
            var shard = builders[w] = ComparisonBuilder.For(analyzer, options);
            tasks[w] = Task.Run(
                async () =>
                {
                    await foreach (var batch in queue.Reader.ReadAllAsync(ct).ConfigureAwait(false))
                    {
                        foreach (var article in batch)
                        {
                            try
                            {
                                // Analysis then adding, with one text pass (the builder reads the analyzer's own); a
                                // failed analysis adds nothing.
                                shard.AnalyzeAndAdd(article, analyzer);
                            }
                            catch (Exception ex) when (ex is not OutOfMemoryException)
                            {
                                lock (gate)
                                {
                                    failed++;
                                    run.ArticleFailed?.Invoke(article, ex);
                                }

                                continue;
                            }

                            lock (gate)
                            {
                                // Counted apart from the report: with no Progress, `Progress?.Report(++count)` would not count.
                                count++;
                                run.Progress?.Report(count);
                            }
                        }
                    }
                },
                ct);
        }

        try
        {
            var batch = new List<Article>(BatchSize);
            await foreach (var article in articles.ConfigureAwait(false))
            {
                batch.Add(article);
                if (batch.Count == BatchSize)
                {
                    await queue.Writer.WriteAsync([.. batch], ct).ConfigureAwait(false);
                    batch.Clear();
                }
            }

            if (batch.Count > 0)
            {
                await queue.Writer.WriteAsync([.. batch], ct).ConfigureAwait(false);
            }
        }
        finally
        {
            queue.Writer.Complete();
            await Task.WhenAll(tasks).ConfigureAwait(false);
        }

        var builder = builders[0];
        for (var w = 1; w < workers; w++)
        {
            builder.Merge(builders[w]);
            builders[w].Release();
        }

        return (builder, count, failed);
    }
}

/// <summary>What <see cref="ComparisonRunner.RunAsync"/> reads and whom it tells.</summary>
public sealed record ComparisonRunOptions
{
    /// <summary>How the corpus is read (null for the defaults).</summary>
    public CorpusReadOptions? ReadOptions { get; init; }

    /// <summary>The files the run manifest hashes (the corpus, targets, frame dictionary, models); null for the corpus alone.</summary>
    public IReadOnlyList<string>? ManifestInputs { get; init; }

    /// <summary>Workers analyzing in parallel; null for the analyzer's parallelism.</summary>
    public int? Workers { get; init; }

    /// <summary>Told the number of articles analyzed so far, after each one (called under a lock, from worker threads).</summary>
    public IProgress<int>? Progress { get; init; }

    /// <summary>Told each article whose analysis threw (it is left out and counted as failed; called under a lock).</summary>
    public Action<Article, Exception>? ArticleFailed { get; init; }

    /// <summary>Told the counts when the analysis is done and the statistics start (articles, failed, the reader's problems).</summary>
    public Action<int, int, CorpusProblems>? Analyzed { get; init; }
}

/// <summary>The outcome of <see cref="ComparisonRunner.RunAsync"/>.</summary>
/// <param name="Result">The comparison, or null when no article was analyzed (an empty corpus, every record rejected, or every article failed).</param>
/// <param name="Articles">Articles analyzed.</param>
/// <param name="Failed">Articles whose analysis threw (left out).</param>
/// <param name="Problems">The records the reader rejected, each with its file, line and field.</param>
public sealed record ComparisonRun(ComparisonResult? Result, int Articles, int Failed, CorpusProblems Problems);
