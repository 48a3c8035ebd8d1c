using FramingAnalysis.Analysis;
using FramingAnalysis.Comparison;
using FramingAnalysis.Reporting;

namespace FramingAnalysis.Tests.Comparison;

public sealed class ComparisonLawTests
{
    private static string Json(IEnumerable<ArticleAnalysis> analyses, ComparisonOptions? options = null)
    {
        options ??= ComparisonFixture.FastOptions;
        var builder = ComparisonBuilder.For(ComparisonFixture.Analyzer, options);
        foreach (var a in analyses)
        {
            builder.Add(a);
        }

        return JsonReport.Format(builder.Build(ComparisonFixture.Manifest(ComparisonFixture.Analyzer, options)));
    }

    [Fact]
    public void Merging_two_shards_gives_the_same_json_as_one_run()
    {
        var all = ComparisonFixture.Analyses;
        var options = ComparisonFixture.FastOptions;
        var one = Json(all);

        // Interleaved shards, the second fed in reverse order, so that neither order nor split matches the single run.
        var shardA = ComparisonBuilder.For(ComparisonFixture.Analyzer, options);
        var shardB = ComparisonBuilder.For(ComparisonFixture.Analyzer, options);
        for (var i = 0; i < all.Count; i++)
        {
            if (i % 2 == 0)
            {
                shardA.Add(all[i]);
            }
        }

        for (var i = all.Count - 1; i >= 0; i--)
        {
            if (i % 2 == 1)
            {
                shardB.Add(all[i]);
            }
        }

        shardB.Merge(shardA);
        var merged = JsonReport.Format(shardB.Build(ComparisonFixture.Manifest(ComparisonFixture.Analyzer, options)));
        Assert.Equal(one, merged);
    }

    [Fact]
    public void Group_accumulators_merge_like_one_accumulator()
    {
        var layout = ComparisonBuilder.For(ComparisonFixture.Analyzer, ComparisonFixture.FastOptions).Layout;
        var source = ComparisonFixture.Analyses[0].Article.Source;
        var mine = ComparisonFixture.Analyses.Where(a => a.Article.Source == source).ToList();
        var whole = new GroupAccumulator(source, layout);
        var first = new GroupAccumulator(source, layout);
        var second = new GroupAccumulator(source, layout);
        for (var i = 0; i < mine.Count; i++)
        {
            whole.Add(mine[i]);
            (i < mine.Count / 2 ? first : second).Add(mine[i]);
        }

        first.Merge(second);
        Assert.Equal(whole.ArticleCount, first.ArticleCount);
        Assert.Equal(whole.UnitsByKind, first.UnitsByKind);
        Assert.Equal(whole.StanceLabels, first.StanceLabels);
        Assert.Equal(whole.StanceNotMentioning, first.StanceNotMentioning);
        Assert.Equal(whole.SentimentLabels, first.SentimentLabels);
        Assert.Throws<ArgumentException>(() => first.Merge(new GroupAccumulator(source + "x", layout)));
    }

    [Fact]
    public void Analyze_and_add_gives_the_same_analyses_and_json_as_analyze_then_add()
    {
        // One text pass (the builder reads the analyzer's own texts) must count the same terms and pick the same
        // snippets as Add, which runs the text stage again on each outlet unit.
        var options = ComparisonFixture.FastOptions;
        var analyzer = ComparisonFixture.Analyzer;
        var builder = ComparisonBuilder.For(analyzer, options);
        var analyses = new List<ArticleAnalysis>();
        foreach (var a in ComparisonFixture.Analyses)
        {
            analyses.Add(builder.AnalyzeAndAdd(a.Article, analyzer));
        }

        for (var i = 0; i < analyses.Count; i++)
        {
            Assert.Equal(UnitRecordsOf(ComparisonFixture.Analyses[i]), UnitRecordsOf(analyses[i]));
        }

        var json = JsonReport.Format(builder.Build(ComparisonFixture.Manifest(analyzer, options)));
        Assert.Equal(Json(ComparisonFixture.Analyses, options), json);
        Assert.Contains("\"distinctive\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_and_add_with_another_text_pipeline_falls_back_to_a_second_pass()
    {
        var options = ComparisonFixture.FastOptions;
        var analyzer = ComparisonFixture.Analyzer;
        var other = new FramingAnalysis.Text.TextPipeline(FramingAnalysis.Text.Tokenizer.Default, FramingAnalysis.Text.SentenceSplitter.Default, FramingAnalysis.Text.LanguageIdentifier.Default);
        var layout = ComparisonBuilder.For(analyzer, options).Layout;
        var builder = new ComparisonBuilder(new ComparisonLayout(layout.Frames, layout.Targets, options, other, layout.FrameDefinitions, analyzer.Stance?.Targets));
        foreach (var a in ComparisonFixture.Analyses)
        {
            builder.AnalyzeAndAdd(a.Article, analyzer);
        }

        Assert.Equal(Json(ComparisonFixture.Analyses, options), JsonReport.Format(builder.Build(ComparisonFixture.Manifest(analyzer, options))));
    }

    private static string UnitRecordsOf(ArticleAnalysis analysis)
    {
        using var writer = new StringWriter();
        foreach (var unit in analysis.Units)
        {
            writer.Write(unit.Unit.UnitId);
            writer.Write(' ');
            writer.Write(unit.Language);
            writer.Write(' ');
            writer.Write(unit.Sentiment?.Compound.ToString("R", System.Globalization.CultureInfo.InvariantCulture));
            writer.Write(' ');
            writer.Write(string.Join(",", unit.Stance.Select(s => $"{s.Target}:{s.Label}:{s.Score:R}:{s.Evidence.Count}")));
            writer.Write(' ');
            writer.Write(string.Join(",", unit.Frames?.Scores.Select(f => $"{f.Frame}:{f.Score:R}") ?? []));
            writer.WriteLine();
        }

        return writer.ToString();
    }

    [Fact]
    public void Two_runs_give_byte_identical_json()
    {
        var a = Json(ComparisonFixture.Analyses);
        var b = Json(ComparisonFixture.Analyses);
        Assert.Equal(a, b);
        Assert.Contains("\"schema\": \"framing-compare/3\"", a, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_parallel_analysis_gives_the_same_result_as_a_sequential_one()
    {
        var analyzer = ComparisonFixture.CreateAnalyzer();
        var problems = new CorpusProblems();
        var parallel = new List<ArticleAnalysis>();
        await foreach (var a in analyzer.AnalyzeAsync(FramingAnalysis.Corpus.ReadAsync(RepoPaths.Corpus, problems)))
        {
            parallel.Add(a);
        }

        Assert.Equal(Json(ComparisonFixture.Analyses), Json(parallel));
    }

    [Fact]
    public void A_different_seed_changes_intervals_but_not_estimates()
    {
        var options = ComparisonFixture.FastOptions;
        var builder = ComparisonBuilder.For(ComparisonFixture.Analyzer, options);
        var other = ComparisonBuilder.For(ComparisonFixture.Analyzer, options with { Seed = 7 });
        foreach (var a in ComparisonFixture.Analyses)
        {
            builder.Add(a);
            other.Add(a);
        }

        var r1 = builder.Build(ComparisonFixture.Manifest(ComparisonFixture.Analyzer, options));
        var r2 = other.Build(ComparisonFixture.Manifest(ComparisonFixture.Analyzer, options));
        Assert.True(r1.Groups.Count >= 2);
        Assert.Equal(r1.Groups[0].Frames[0].Salience.Estimate, r2.Groups[0].Frames[0].Salience.Estimate);
        Assert.NotEmpty(r1.Pairs);
        Assert.All(r1.Pairs, p => Assert.InRange(p.FrameDivergence.Estimate, 0, 1));
    }

    [Fact]
    public void Group_by_language_and_month_makes_keys()
    {
        var builder = ComparisonBuilder.For(ComparisonFixture.Analyzer, new ComparisonOptions { GroupBy = Grouping.Language, TimeWindow = TimeWindow.Month });
        var key = builder.GroupOf(new Article { Id = "x", Source = "S", Language = "es", Published = new DateTimeOffset(2026, 3, 2, 23, 0, 0, TimeSpan.FromHours(-6)) });
        Assert.Equal("es | 2026-03", key);
        Assert.Throws<ArgumentException>(() => Grouping.Parse("author"));
    }

    [Theory]
    [InlineData("source")]
    [InlineData("language")]
    [InlineData("metadata.section")]
    public void A_grouping_reads_back_from_its_name(string name)
    {
        var grouping = Grouping.Parse(name);
        Assert.Equal(name, grouping.Name);
        Assert.Equal(grouping, Grouping.Parse(grouping.Name));
    }

    [Theory]
    [InlineData("")]
    [InlineData("metadata.")]
    [InlineData("Source")]
    [InlineData("metadata. ")]
    public void A_grouping_that_is_not_one_is_refused(string name) => Assert.Throws<ArgumentException>(() => Grouping.Parse(name));

    [Fact]
    public void Metadata_grouping_keys_articles_by_the_field_and_names_the_missing()
    {
        var builder = ComparisonBuilder.For(ComparisonFixture.Analyzer, new ComparisonOptions { GroupBy = Grouping.ByMetadata("section"), TimeWindow = TimeWindow.Week });
        var dated = new DateTimeOffset(2027, 1, 1, 12, 0, 0, TimeSpan.Zero); // a Friday in ISO week 53 of 2026
        Assert.Equal("opinion | 2026-W53", builder.GroupOf(new Article { Id = "a", Source = "S", Published = dated, Metadata = new Dictionary<string, string> { ["section"] = "opinion" } }));
        Assert.Equal(Grouping.NoValue + " | undated", builder.GroupOf(new Article { Id = "b", Source = "S", Metadata = new Dictionary<string, string> { ["section"] = " " } }));
        Assert.Equal("S", ComparisonBuilder.For(ComparisonFixture.Analyzer).GroupOf(new Article { Id = "c", Source = "S", Published = dated }));
    }

    [Fact]
    public void Trajectory_and_evidence_examples_are_filled_and_mark_their_cue()
    {
        var options = ComparisonFixture.FastOptions;
        var builder = ComparisonBuilder.For(ComparisonFixture.Analyzer, options);
        foreach (var a in ComparisonFixture.Analyses)
        {
            builder.Add(a);
        }

        var result = builder.Build(ComparisonFixture.Manifest(ComparisonFixture.Analyzer, options));
        Assert.All(result.Groups, g =>
        {
            Assert.NotEmpty(g.Trajectory);
            Assert.Equal(g.Articles, g.Trajectory[0].Articles);
            Assert.Equal(g.TopCues.Sum(c => c.Cues.Count), g.CueExamples.Count);
            Assert.NotEmpty(g.StanceExamples);
            foreach (var snippet in g.CueExamples.Select(c => c.Snippet).Concat(g.StanceExamples.Select(s => s.Snippet)))
            {
                Assert.InRange(snippet.Start + snippet.Length, 1, snippet.Text.Length);
                Assert.StartsWith(snippet.ArticleId + "/", snippet.UnitId, StringComparison.Ordinal);
            }

            // A stance example agrees with its row's direction when the row has a unit with that label.
            foreach (var e in g.StanceExamples)
            {
                var row = g.Stance.Single(s => s.Target == e.Target && s.Voice == e.Voice);
                if (row.Mean.Estimate > 0.05 && row.Favor > 0)
                {
                    Assert.Equal(FramingAnalysis.Stance.StanceLabel.Favor, e.Label);
                }
            }
        });
    }
}
