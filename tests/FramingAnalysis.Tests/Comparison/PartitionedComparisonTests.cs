using FramingAnalysis.Comparison;
using FramingAnalysis.Reporting;

namespace FramingAnalysis.Tests.Comparison;

/// <summary>
/// The distributed path without a transport: a corpus split by <see cref="CorpusPartitioner"/>, each partition analyzed
/// into a <see cref="ComparisonShard"/> (<see cref="ComparisonShard.AnalyzeAsync"/>), sent through bytes and merged,
/// gives the report and the problems of <see cref="ComparisonRunner.RunAsync"/> over the whole corpus.
/// </summary>
public sealed class PartitionedComparisonTests
{
    private static readonly ComparisonOptions Options = new() { Resamples = 50, Permutations = 50 };

    [Theory]
    [InlineData(30_000)]
    [InlineData(120_000)]
    [InlineData(100_000_000)]
    public async Task Partitions_through_shards_give_the_single_machine_report(long target)
    {
        using var dir = new TempDir();
        var path = GeneratedCorpus.Write(dir, 250_000);
        var analyzer = ComparisonFixture.CreateAnalyzer();
        Exception? firstFailure = null;
        var single = await ComparisonRunner.RunAsync(path, analyzer, Options, new ComparisonRunOptions { Workers = 2, ArticleFailed = (_, ex) => firstFailure ??= ex });
        Assert.True(single.Result is not null, $"{single.Articles} {single.Failed} {firstFailure} read={single.Problems.ArticlesRead} {new FileInfo(path).Length}");

        Assert.True(single.Result is not null, string.Join("\n", single.Problems.Take(5)));
        var partitions = CorpusPartitioner.Split(path, target);
        Assert.Equal(target < 1_000_000, partitions.Count > 1);
        var merger = new ComparisonShardMerger(ComparisonBuilder.For(analyzer, Options), partitions.Select(p => p.Id));
        foreach (var partition in partitions.Reverse())
        {
            var shard = await ComparisonShard.AnalyzeAsync(partition, analyzer, Options, new ComparisonRunOptions { Workers = 2 });
            Assert.True(merger.Accept(partition.Id, ComparisonShard.FromBytes(shard.ToBytes(), ComparisonBuilder.For(analyzer, Options), partition.Id)));
        }

        var distributed = merger.Build(RunManifest.Create(analyzer, Options, [path]));
        Assert.Equal(MarkdownReport.Format(single.Result!), MarkdownReport.Format(distributed.Result!));
        Assert.Equal(JsonReport.Format(single.Result!), JsonReport.Format(distributed.Result!));
        Assert.Equal(single.Problems.Select(p => p.ToString()), distributed.Problems.Select(p => p.ToString()));
        Assert.Equal(3, distributed.Problems.ArticlesRejected);
        Assert.Equal((single.Articles, single.Failed), (distributed.Articles, distributed.Failed));
    }
}
