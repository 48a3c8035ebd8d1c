using System.Globalization;
using FramingAnalysis.Analysis;
using FramingAnalysis.DataFrames;
using FramingAnalysis.Reporting;

namespace FramingAnalysis.Cli.Commands;

/// <summary>One run of <c>framing analyze</c>: streams the corpus through the analyzer into a writer and counts the outcome.</summary>
internal sealed class AnalyzeRun(FramingAnalyzer analyzer, string corpus, CorpusReadOptions readOptions, int progressEvery, TextWriter error)
{
    private int _count;
    private int _failed;

    /// <summary>The reader's problems and counts.</summary>
    public CorpusProblems Problems { get; } = new();

    /// <summary>Writes JSON Lines or CSV records. <paramref name="stdout"/> is the output when it is standard output (for the progress bar's terminal check).</summary>
    public async Task WriteRecordsAsync(UnitRecordWriter records, TextWriter? stdout, CancellationToken ct)
    {
        var bar = await ProgressAsync(stdout, ct).ConfigureAwait(false);
        await foreach (var article in Analyze(ct).ConfigureAwait(false))
        {
            ct.ThrowIfCancellationRequested(); // an interrupted run writes nothing more, even when results are ready
            records.Write(article);
            bar.Report(++_count);
        }

        ct.ThrowIfCancellationRequested();
        bar.Complete(_count);
    }

    // Parquet goes through FramingAnalysis.DataFrames (Parquet.Net), so the core library stays free of it.
    public async Task WriteParquetAsync(Stream stream, IReadOnlyList<string> targets, CancellationToken ct)
    {
        var frames = analyzer.Frames.FrameSet.Frames.Select(f => f.Id).ToList();
        var bar = await ProgressAsync(null, ct).ConfigureAwait(false);
        await using (var units = new ParquetUnitWriter(stream, frames, targets, ownsStream: false))
        {
            await foreach (var article in Analyze(ct).ConfigureAwait(false))
            {
                ct.ThrowIfCancellationRequested();
                await units.WriteAsync(article, ct).ConfigureAwait(false);
                bar.Report(++_count);
            }

            ct.ThrowIfCancellationRequested(); // no Parquet footer for an interrupted run
        }

        bar.Complete(_count);
    }

    /// <summary>
    /// Prints the reader's problems and the totals; false (after saying so) when no article was analyzed (an empty
    /// corpus, every record rejected, or every article failed), which fails the run.
    /// </summary>
    public async Task<bool> ReportAsync(OutputFile? outFile)
    {
        foreach (var p in Problems)
        {
            await error.WriteLineAsync(p.ToString()).ConfigureAwait(false);
        }

        await error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"framing analyze: {_count} articles analyzed, {_failed} failed, {Problems.ArticlesRejected} rejected by the reader")).ConfigureAwait(false);
        if (_count > 0)
        {
            return true;
        }

        await error.WriteLineAsync(outFile is null
            ? "framing analyze: no article was analyzed"
            : $"framing analyze: no article was analyzed; {outFile.Path} not written").ConfigureAwait(false);
        return false;
    }

    private IAsyncEnumerable<ArticleAnalysis> Analyze(CancellationToken ct) =>
        analyzer.AnalyzeAsync(Corpus.ReadAsync(corpus, Problems, readOptions, ct), (a, ex) =>
        {
            Interlocked.Increment(ref _failed);
            error.WriteLine($"{a.Location}: error: article '{a.Id}' could not be analyzed: {ex.Message}");
        }, ct);

    private async Task<ProgressDisplay> ProgressAsync(TextWriter? stdout, CancellationToken ct)
    {
        var interactive = progressEvery > 0 && ProgressDisplay.IsTerminal(error, stdout);
        var total = interactive ? await ProgressDisplay.CountArticlesAsync(corpus, readOptions, ct).ConfigureAwait(false) : null;
        return new ProgressDisplay(error, "framing analyze", progressEvery, interactive, total);
    }
}
