using FramingAnalysis.Analysis;
using FramingAnalysis.Comparison;
using FramingAnalysis.Reporting;
using FramingAnalysis.Stance;

namespace FramingAnalysis.Tests.Comparison;

/// <summary>
/// <see cref="ComparisonRunner"/>: the parallel, merged path of <c>framing compare</c>, now in the library, gives the
/// report of adding every article to one builder, whatever the number of workers.
/// </summary>
public sealed class ComparisonRunnerTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public async Task The_runner_gives_the_report_of_one_builder_for_any_number_of_workers(int workers)
    {
        var targets = StanceTarget.LoadJson(Path.Combine(RepoPaths.Corpus, "targets.json"));
        var analyzer = FramingAnalyzer.Create(new AnalyzerOptions { Targets = targets });
        var options = new ComparisonOptions { Resamples = 50, Permutations = 50 };
        var progress = new List<int>();
        var run = await ComparisonRunner.RunAsync(RepoPaths.Corpus, analyzer, options, new ComparisonRunOptions { Workers = workers, Progress = new Collect(progress) });

        var builder = ComparisonBuilder.For(analyzer, options);
        foreach (var article in FramingAnalysis.Corpus.Load(RepoPaths.Corpus).Articles)
        {
            builder.Add(analyzer.Analyze(article));
        }

        var expected = JsonReport.Format(builder.Build(RunManifest.Create(analyzer, options, [RepoPaths.Corpus])));
        Assert.NotNull(run.Result);
        Assert.Equal(expected, JsonReport.Format(run.Result!));
        Assert.Equal((19, 0), (run.Articles, run.Failed));
        Assert.Equal(Enumerable.Range(1, 19), progress.Order());
    }

    /// <summary>Regression: the runner counted analyzed articles inside <c>Progress?.Report(++count)</c>, so a run without
    /// a progress listener counted none and returned no result.</summary>
    [Fact]
    public async Task A_run_without_a_progress_listener_still_counts_and_gives_a_result()
    {
        var run = await ComparisonRunner.RunAsync(RepoPaths.Corpus, ComparisonFixture.CreateAnalyzer(), new ComparisonOptions { Resamples = 20, Permutations = 20 });
        Assert.NotNull(run.Result);
        Assert.Equal(19, run.Articles);
    }

    [Fact]
    public async Task An_empty_corpus_gives_no_result_and_says_what_the_reader_rejected()
    {
        using var dir = new TempDir();
        var path = dir.File("articles.jsonl", "{\"id\": \"a1\"}\nnot json\n");
        var run = await ComparisonRunner.RunAsync(path, FramingAnalyzer.Create(new AnalyzerOptions()));
        Assert.Null(run.Result);
        Assert.Equal(0, run.Articles);
        Assert.Equal(2, run.Problems.ArticlesRejected);
    }

    private sealed class Collect(List<int> into) : IProgress<int>
    {
        public void Report(int value) => into.Add(value);
    }
}
