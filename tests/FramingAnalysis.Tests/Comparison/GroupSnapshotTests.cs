using FramingAnalysis.Comparison;
using FramingAnalysis.Reporting;

namespace FramingAnalysis.Tests.Comparison;

/// <summary>
/// Accumulation and statistics apart (issue 25, item 2): the statistics are a function of the groups' snapshots, a
/// snapshot does not change, and a built builder is spent.
/// </summary>
public sealed class GroupSnapshotTests
{
    private static ComparisonBuilder Filled()
    {
        var builder = ComparisonBuilder.For(ComparisonFixture.Analyzer, ComparisonFixture.FastOptions);
        foreach (var a in ComparisonFixture.Analyses)
        {
            builder.Add(a);
        }

        return builder;
    }

    [Fact]
    public void Statistics_over_snapshots_give_the_builders_result_and_again_the_same()
    {
        var manifest = ComparisonFixture.Manifest(ComparisonFixture.Analyzer, ComparisonFixture.FastOptions);
        var builder = Filled();
        var built = JsonReport.Format(builder.Build(manifest));

        // Building again reads the same snapshots; computing from them directly gives the same bytes.
        Assert.Equal(built, JsonReport.Format(builder.Build(manifest)));
        var other = Filled();
        var layout = other.Layout;
        var snapshots = ComparisonFixture.Analyses.Select(a => other.GroupOf(a.Article)).Distinct().Order(StringComparer.Ordinal)
            .Select(key => other.Snapshot(key)).ToList();
        Assert.Equal(built, JsonReport.Format(new ComparisonStatistics(layout).Compute(snapshots, 0, 0, manifest)));
    }

    [Fact]
    public void A_built_builder_refuses_more_articles_and_merges()
    {
        var builder = Filled();
        builder.Build(ComparisonFixture.Manifest(ComparisonFixture.Analyzer, ComparisonFixture.FastOptions));
        Assert.Throws<InvalidOperationException>(() => builder.Add(ComparisonFixture.Analyses[0]));
        Assert.Throws<InvalidOperationException>(() => builder.Merge(ComparisonBuilder.For(ComparisonFixture.Analyzer, ComparisonFixture.FastOptions)));
    }

    [Fact]
    public void A_snapshot_is_taken_once_and_its_group_is_spent()
    {
        var group = new GroupAccumulator("S", Filled().Layout);
        group.Add(ComparisonFixture.Analyses[0]);
        var snapshot = group.Snapshot();
        Assert.Same(snapshot, group.Snapshot());
        Assert.Equal(1, snapshot.ArticleCount);
        Assert.Throws<InvalidOperationException>(() => group.Add(ComparisonFixture.Analyses[1]));
        Assert.Equal(1, snapshot.ArticleCount);
    }
}
