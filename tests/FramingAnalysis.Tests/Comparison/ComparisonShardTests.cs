using FramingAnalysis.Analysis;
using FramingAnalysis.Benchmarks.Data;
using FramingAnalysis.Comparison;
using FramingAnalysis.Reporting;

namespace FramingAnalysis.Tests.Comparison;

/// <summary>
/// <see cref="ComparisonShard"/>: a builder's state written to bytes and read back merges into the report of one builder
/// over every article, byte for byte, and a shard made under another layout or damaged is refused with a clear error.
/// </summary>
public sealed class ComparisonShardTests
{
    private static readonly ComparisonOptions Options = new() { Resamples = 60, Permutations = 60 };

    private static readonly Lazy<IReadOnlyList<ArticleAnalysis>> Generated = new(() =>
        ArticleGenerator.Generate(400_000, 7).Select(ComparisonFixture.Analyzer.Analyze).ToList());

    [Theory]
    [InlineData("sample", 1)]
    [InlineData("sample", 3)]
    [InlineData("sample", 7)]
    [InlineData("generated", 2)]
    [InlineData("generated", 5)]
    public void Shards_through_bytes_merge_into_the_report_of_one_builder(string corpus, int k)
    {
        var analyses = corpus == "sample" ? ComparisonFixture.Analyses : Generated.Value;
        var analyzer = ComparisonFixture.Analyzer;
        var manifest = ComparisonFixture.Manifest(analyzer, Options);

        // The reader's problems of the whole read, split over the shards as partitions would split them.
        var all = new CorpusProblems { ArticlesRead = analyses.Count, ArticlesRejected = 2, CommentsRead = 5, CommentsRejected = 1 };
        all.Add(new CorpusProblem("a.jsonl", 3, "id", "missing id", ProblemSeverity.Error), strict: false);
        all.Add(new CorpusProblem("a.jsonl", 9, "published", "unparsable date", ProblemSeverity.Warning, "x9"), strict: false);
        all.Add(new CorpusProblem("b.jsonl", 2, "record", "not JSON", ProblemSeverity.Error), strict: false);

        var one = ComparisonBuilder.For(analyzer, Options);
        foreach (var a in analyses)
        {
            one.Add(a);
        }

        one.AddProblems(all);
        var expected = one.Build(manifest);

        var ids = Enumerable.Range(0, k).Select(i => $"part-{i}").ToList();
        var merger = new ComparisonShardMerger(ComparisonBuilder.For(analyzer, Options), ids);
        for (var s = k - 1; s >= 0; s--)
        {
            // Round-robin, so that each shard holds articles from all over the corpus, and merged in reverse order.
            var builder = ComparisonBuilder.For(analyzer, Options);
            var mine = analyses.Where((_, i) => i % k == s).ToList();
            foreach (var a in mine)
            {
                builder.Add(a);
            }

            var problems = new CorpusProblems { ArticlesRead = mine.Count };
            if (s == 0)
            {
                (problems.ArticlesRejected, problems.CommentsRead, problems.CommentsRejected) = (2, 5, 1);
                foreach (var p in all)
                {
                    problems.Add(p, strict: false);
                }
            }

            var bytes = new ComparisonShard(builder, problems, mine.Count, 0).ToBytes();
            var back = ComparisonShard.FromBytes(bytes, ComparisonBuilder.For(analyzer, Options));
            Assert.Equal(bytes, back.ToBytes());
            Assert.True(merger.Accept(ids[s], back));
        }

        var run = merger.Build(manifest);
        Assert.NotNull(run.Result);
        Assert.Equal(MarkdownReport.Format(expected), MarkdownReport.Format(run.Result!));
        Assert.Equal(JsonReport.Format(expected), JsonReport.Format(run.Result!));
        Assert.Equal((analyses.Count, 0), (run.Articles, run.Failed));
        Assert.Equal(all.Select(p => p.ToString()), run.Problems.Select(p => p.ToString()));
        Assert.Equal((all.ArticlesRejected, all.CommentsRejected, all.ErrorCount), (run.Problems.ArticlesRejected, run.Problems.CommentsRejected, run.Problems.ErrorCount));
    }

    [Fact]
    public void The_same_articles_give_the_same_bytes_in_any_order()
    {
        var analyses = ComparisonFixture.Analyses;
        var forward = ComparisonBuilder.For(ComparisonFixture.Analyzer, Options);
        var backward = ComparisonBuilder.For(ComparisonFixture.Analyzer, Options);
        foreach (var a in analyses)
        {
            forward.Add(a);
        }

        foreach (var a in analyses.Reverse())
        {
            backward.Add(a);
        }

        var bytes = new ComparisonShard(forward, new CorpusProblems(), analyses.Count, 0).ToBytes();
        Assert.Equal(bytes, new ComparisonShard(backward, new CorpusProblems(), analyses.Count, 0).ToBytes());
        Assert.True(bytes.Length > 1000);
    }

    [Fact]
    public void A_shard_of_another_layout_is_refused_naming_the_fingerprints()
    {
        var builder = ComparisonBuilder.For(ComparisonFixture.Analyzer, Options);
        builder.Add(ComparisonFixture.Analyses[0]);
        var bytes = new ComparisonShard(builder, new CorpusProblems(), 1, 0).ToBytes();
        var other = ComparisonBuilder.For(ComparisonFixture.Analyzer, Options with { Seed = 1 });
        Assert.NotEqual(builder.Layout.Fingerprint, other.Layout.Fingerprint);
        var ex = Assert.Throws<InvalidDataException>(() => ComparisonShard.FromBytes(bytes, other, "part-3"));
        Assert.Contains("part-3", ex.Message, StringComparison.Ordinal);
        Assert.Contains("another comparison layout", ex.Message, StringComparison.Ordinal);
        Assert.Contains(builder.Layout.Fingerprint, ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    [InlineData(40)]
    [InlineData(-1)]
    public void A_truncated_or_damaged_shard_is_refused(int cut)
    {
        var builder = ComparisonBuilder.For(ComparisonFixture.Analyzer, Options);
        foreach (var a in ComparisonFixture.Analyses.Take(3))
        {
            builder.Add(a);
        }

        var bytes = new ComparisonShard(builder, new CorpusProblems(), 3, 0).ToBytes();
        var damaged = cut >= 0 ? bytes[..cut] : [.. bytes, 0];
        var ex = Assert.Throws<InvalidDataException>(() => ComparisonShard.FromBytes(damaged, ComparisonBuilder.For(ComparisonFixture.Analyzer, Options), "part-1"));
        Assert.StartsWith("part-1: not a valid comparison shard", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_second_shard_for_a_partition_is_ignored_and_nothing_is_counted_twice()
    {
        var analyzer = ComparisonFixture.Analyzer;
        var merger = new ComparisonShardMerger(ComparisonBuilder.For(analyzer, Options), ["p0"]);
        var builder = ComparisonBuilder.For(analyzer, Options);
        foreach (var a in ComparisonFixture.Analyses)
        {
            builder.Add(a);
        }

        var bytes = new ComparisonShard(builder, new CorpusProblems { ArticlesRead = ComparisonFixture.Analyses.Count }, ComparisonFixture.Analyses.Count, 0).ToBytes();
        Assert.True(merger.Accept("p0", ComparisonShard.FromBytes(bytes, ComparisonBuilder.For(analyzer, Options))));
        Assert.False(merger.Accept("p0", ComparisonShard.FromBytes(bytes, ComparisonBuilder.For(analyzer, Options))));
        var run = merger.Build(ComparisonFixture.Manifest(analyzer, Options));
        Assert.Equal(ComparisonFixture.Analyses.Count, run.Articles);
        Assert.Equal(ComparisonFixture.Analyses.Count, run.Result!.Totals.Articles);
        Assert.Equal(ComparisonFixture.Analyses.Count, run.Problems.ArticlesRead);
    }

    [Fact]
    public void An_article_id_in_two_partitions_is_an_error_naming_both()
    {
        var merger = new ComparisonShardMerger(ComparisonBuilder.For(ComparisonFixture.Analyzer, Options), ["p0", "p1"]);
        var first = ComparisonFixture.Analyses[0];
        foreach (var id in new[] { "p0", "p1" })
        {
            var builder = ComparisonBuilder.For(ComparisonFixture.Analyzer, Options);
            builder.Add(first);
            if (id == "p1")
            {
                var ex = Assert.Throws<InvalidDataException>(() => merger.Accept(id, new ComparisonShard(builder, new CorpusProblems(), 1, 0)));
                Assert.Contains($"'{first.Article.Id}'", ex.Message, StringComparison.Ordinal);
                Assert.Contains("p0", ex.Message, StringComparison.Ordinal);
            }
            else
            {
                merger.Accept(id, new ComparisonShard(builder, new CorpusProblems(), 1, 0));
            }
        }
    }
}
