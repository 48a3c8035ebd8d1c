using FramingAnalysis.Analysis;
using FramingAnalysis.Comparison;
using FramingAnalysis.Orleans;
using FramingAnalysis.Reporting;
using FramingAnalysis.Sentiment;
using FramingAnalysis.Tests.Comparison;
using FramingAnalysis.Text;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Hosting;
using Orleans.Runtime;
using Orleans.TestingHost;

namespace FramingAnalysis.Tests.Orleans;

/// <summary>
/// A silo killed in the middle of a distributed run: its partitions are re-run on the other silos, each partition's
/// shard is accepted once, and the report is byte-identical to the single-machine run (nothing lost, nothing doubled).
/// </summary>
/// <remarks>
/// To kill the silo while it certainly holds partitions, its analyzer blocks in the sentiment scorer until the test has
/// killed it (the other silos analyze normally); the blocked threads are released when the test ends.
/// </remarks>
public sealed class SiloFaultTests
{
    private static readonly ComparisonOptions Options = new() { Resamples = 50, Permutations = 50 };

    [Fact]
    public async Task Killing_a_silo_mid_run_loses_and_doubles_nothing()
    {
        using var dir = new TempDir();
        var path = GeneratedCorpus.Write(dir, 250_000);
        var spec = AnalysisSpec.Create(Options, targetsPath: ComparisonFixture.TargetsPath);
        var inputs = new[] { path, ComparisonFixture.TargetsPath };
        var single = await ComparisonRunner.RunAsync(path, new DefaultAnalyzerFactory().Create(spec), Options, new ComparisonRunOptions { ManifestInputs = inputs });

        await using var cluster = await ClusterFixture.StartAsync<GatedSilo>();
        var victim = cluster.SecondarySilos[0];
        Gate.Victim = victim.SiloAddress.ToString();
        try
        {
            var retried = new List<string>();
            var run = ClusterComparison.RunAsync(cluster.Client, path, spec, new ClusterComparisonOptions
            {
                PartitionBytes = 20_000,
                Workers = 1,
                ManifestInputs = inputs,
                Retrying = (id, _, _) => { lock (retried) { retried.Add(id); } },
            });

            await Gate.Reached.Task.WaitAsync(TimeSpan.FromSeconds(30));
            await cluster.KillSiloAsync(victim);
            var result = await run.WaitAsync(TimeSpan.FromSeconds(50));

            Assert.NotEmpty(retried);
            Assert.Equal(MarkdownReport.Format(single.Result!), MarkdownReport.Format(result.Result!));
            Assert.Equal(JsonReport.Format(single.Result!), JsonReport.Format(result.Result!));
            Assert.Equal(single.Problems.Select(p => p.ToString()), result.Problems.Select(p => p.ToString()));
            Assert.Equal((single.Articles, single.Failed), (result.Articles, result.Failed));
        }
        finally
        {
            Gate.Release.Set();
        }
    }

    /// <summary>Which silo blocks, and the signals between it and the test (one fault test runs at a time).</summary>
    private static class Gate
    {
        public static string? Victim { get; set; }

        public static TaskCompletionSource Reached { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public static ManualResetEventSlim Release { get; } = new(false);
    }

    private sealed class GatedSilo : ISiloConfigurator
    {
        public void Configure(ISiloBuilder siloBuilder)
        {
            siloBuilder.Services.AddSingleton<IAnalyzerFactory>(sp => new GatedFactory(sp.GetRequiredService<ILocalSiloDetails>()));
            ClusterFixture.FastFailureDetection(siloBuilder.AddFramingAnalysis());
        }
    }

    /// <summary>The default analyzer, except on the victim silo, whose sentiment scorer waits for the test.</summary>
    private sealed class GatedFactory(ILocalSiloDetails silo) : IAnalyzerFactory
    {
        private readonly DefaultAnalyzerFactory _inner = new();

        public FramingAnalyzer Create(AnalysisSpec spec)
        {
            var analyzer = _inner.Create(spec);
            return silo.SiloAddress.ToString() == Gate.Victim
                ? FramingAnalyzer.Create(analyzer.Options with { Sentiment = new Blocking(analyzer.Sentiment) })
                : analyzer;
        }
    }

    private sealed class Blocking(SentimentScorer inner) : SentimentScorer
    {
        public override string Name => inner.Name;

        public override IReadOnlyDictionary<string, string> ResourceVersions => inner.ResourceVersions;

        public override SentimentResult Score(AnalyzedText text)
        {
            Gate.Reached.TrySetResult();
            Gate.Release.Wait();
            return inner.Score(text);
        }
    }
}
