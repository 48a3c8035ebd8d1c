using System.Globalization;
using FramingAnalysis.Comparison;
using FramingAnalysis.Orleans;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace FramingAnalysis.Cli.Commands;

/// <summary>
/// The <c>--cluster</c> path of <c>framing compare</c>: connects an Orleans client to the cluster, runs
/// <see cref="ClusterComparison.RunAsync(IGrainFactory, string, AnalysisSpec, ClusterComparisonOptions?, IAnalyzerFactory?, CancellationToken)"/>
/// with progress on standard error, and returns the same <see cref="ComparisonRun"/> the single-machine path gives.
/// </summary>
internal static class ClusterCompare
{
    /// <summary>Runs the comparison on the cluster; throws <see cref="ClusterComparisonException"/> when it cannot finish.</summary>
    public static async Task<ComparisonRun> RunAsync(ClusterAddress cluster, string input, AnalysisSpec spec, IReadOnlyList<string> inputs, long partitionBytes,
        ProgressDisplay bar, int every, TextWriter error, CancellationToken ct)
    {
        using var host = new HostBuilder().UseOrleansClient(client => client.UseFramingCluster(cluster)).Build();
        try
        {
            await host.StartAsync(ct).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            throw new ClusterComparisonException($"cannot connect to cluster {Describe(cluster)}: {ex.Message} (is a `framing silo --cluster` running?)", ex);
        }

        try
        {
            var client = host.Services.GetRequiredService<IClusterClient>();
            var silos = 0;
            var shown = 0;
            var run = await ClusterComparison.RunAsync(client, input, spec, new ClusterComparisonOptions
            {
                PartitionBytes = partitionBytes,
                ManifestInputs = inputs,
                Progress = new Progress(p =>
                {
                    // Counts arrive in steps from many silos: the plain display prints each multiple of --progress-every
                    // passed (it prints exact multiples only), a terminal bar redraws as usual.
                    silos = Math.Max(silos, p.Silos);
                    if (bar.Interactive)
                    {
                        bar.Report(p.Articles);
                    }
                    else if (every > 0 && p.Articles / every * every > shown)
                    {
                        shown = p.Articles / every * every;
                        bar.Report(shown);
                    }
                }),
                Analyzed = (articles, failed) =>
                {
                    bar.Complete(articles);
                    error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"framing compare: {articles} articles analyzed on {silos} silo(s), {failed} failed; computing statistics"));
                },
                Retrying = (id, attempt, ex) => error.WriteLine($"framing compare: partition {id}: attempt {attempt} failed ({ex.GetType().Name}: {ex.Message}); submitting it again"),
            }, cancellationToken: ct).ConfigureAwait(false);
            // Each rejected record is one line naming its file, line and field, as on one machine (the report has the counts).
            foreach (var p in run.Problems)
            {
                await error.WriteLineAsync(p.ToString()).ConfigureAwait(false);
            }

            await error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"framing compare: {run.Problems.ArticlesRejected} records rejected by the reader")).ConfigureAwait(false);
            return run;
        }
        finally
        {
            await host.StopAsync(CancellationToken.None).ConfigureAwait(false);
        }
    }

    private static string Describe(ClusterAddress cluster) => cluster.Redis is { } redis ? $"redis://{redis}#{cluster.ClusterId}" : "localhost";

    /// <summary>Progress reports on the thread that sends them (the display locks itself).</summary>
    private sealed class Progress(Action<ClusterProgress> report) : IProgress<ClusterProgress>
    {
        public void Report(ClusterProgress value) => report(value);
    }
}
