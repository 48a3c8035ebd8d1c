using FramingAnalysis.Comparison;
using FramingAnalysis.Orleans;
using FramingAnalysis.Reporting;
using FramingAnalysis.Tests.Comparison;

namespace FramingAnalysis.Tests.Orleans;

/// <summary>
/// <see cref="ClusterComparison"/> on three in-process silos: the report is byte-identical to
/// <see cref="ComparisonRunner.RunAsync"/> on one machine, for several partitionings, with the same problems; progress
/// comes from the silos; a partition whose data cannot be read is reported as a problem, not retried.
/// </summary>
public sealed class ClusterComparisonTests(ClusterFixture fixture) : IClassFixture<ClusterFixture>
{
    private static readonly ComparisonOptions Options = new() { Resamples = 50, Permutations = 50 };

    [Theory]
    [InlineData(20_000)]
    [InlineData(90_000)]
    [InlineData(1_000_000_000)]
    public async Task A_cluster_run_gives_the_single_machine_report(long partitionBytes)
    {
        using var dir = new TempDir();
        var path = GeneratedCorpus.Write(dir, 250_000);
        var spec = AnalysisSpec.Create(Options, targetsPath: ComparisonFixture.TargetsPath);
        var inputs = new[] { path, ComparisonFixture.TargetsPath };
        var single = await ComparisonRunner.RunAsync(path, new DefaultAnalyzerFactory().Create(spec), Options, new ComparisonRunOptions { ManifestInputs = inputs });

        var reports = new List<ClusterProgress>();
        var progress = new Collect(reports);
        (int, int)? analyzed = null;
        var cluster = await ClusterComparison.RunAsync(fixture.Cluster.Client, path, spec,
            new ClusterComparisonOptions { PartitionBytes = partitionBytes, Workers = 1, ManifestInputs = inputs, Progress = progress, Analyzed = (a, f) => analyzed = (a, f) });
        Assert.Equal((single.Articles, single.Failed), analyzed);

        Assert.NotNull(cluster.Result);
        Assert.Equal(MarkdownReport.Format(single.Result!), MarkdownReport.Format(cluster.Result!));
        Assert.Equal(JsonReport.Format(single.Result!), JsonReport.Format(cluster.Result!));
        Assert.Equal(single.Problems.Select(p => p.ToString()), cluster.Problems.Select(p => p.ToString()));
        Assert.Equal((single.Articles, single.Failed, 3), (cluster.Articles, cluster.Failed, cluster.Problems.ArticlesRejected));
        var partitions = CorpusPartitioner.Split(path, partitionBytes).Count;
        lock (reports)
        {
            var last = reports[^1];
            Assert.Equal((single.Articles, partitions, partitions, 0), (last.Articles, last.PartitionsDone, last.Partitions, last.Retries));
            if (partitions >= 3)
            {
                // The coordinator sends each partition to the least busy silo, so the first three go to three silos.
                Assert.Equal(3, last.Silos);
            }
        }
    }

    [Fact]
    public async Task A_partition_whose_file_is_gone_is_reported_as_a_problem_and_not_retried()
    {
        using var dir = new TempDir();
        dir.File("a.jsonl", "{\"id\":\"a1\",\"source\":\"S\",\"text\":\"The prison is a symbol of hope.\"}\n");
        var gone = dir.File("b.jsonl", "{\"id\":\"b1\",\"source\":\"T\",\"text\":\"The prison is a symbol of repression.\"}\n");
        var partitions = CorpusPartitioner.Split(dir.Path, 1000);
        File.Delete(gone); // after partitioning: the silo finds the file missing
        var retries = 0;
        var result = await ClusterComparison.RunAsync(fixture.Cluster.Client, partitions, AnalysisSpec.Create(Options),
            new ClusterComparisonOptions { Retrying = (_, _, _) => Interlocked.Increment(ref retries) });

        Assert.Equal(0, retries);
        Assert.Equal(1, result.Articles);
        var problem = Assert.Single(result.Problems);
        Assert.Equal((ProblemSeverity.Error, "partition", gone, 1L), (problem.Severity, problem.Field, problem.File, problem.Line));
        Assert.Contains($"partition {gone}@0-", problem.Message, StringComparison.Ordinal);
        Assert.Contains("could not be analyzed: FileNotFoundException", problem.Message, StringComparison.Ordinal);
        Assert.Equal(1, result.Problems.ErrorCount);
    }

    private sealed class Collect(List<ClusterProgress> into) : IProgress<ClusterProgress>
    {
        public void Report(ClusterProgress value)
        {
            lock (into)
            {
                into.Add(value);
            }
        }
    }
}
