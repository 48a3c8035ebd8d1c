using FramingAnalysis.Analysis;
using FramingAnalysis.Comparison;
using FramingAnalysis.Reporting;
using FramingAnalysis.Stance;

namespace FramingAnalysis.Tests.Stance;

/// <summary>A stance scorer of the user's own, passed as <see cref="AnalyzerOptions.Stance"/>, works end to end.</summary>
public sealed class ThirdPartyStanceScorerTests
{
    internal static FramingAnalyzer Analyzer() =>
        FramingAnalyzer.Create(new AnalyzerOptions { Stance = new KeywordStanceScorer(("Budget", "budget"), ("Mayor", "mayor")) });

    /// <summary>Two sources. Alpha's outlet names the budget in the title and p1, refers to it as "it" in p3, and not at
    /// all in p2; its one comment does not mention it. Beta's outlet names it twice. Nobody mentions the mayor.</summary>
    internal static IReadOnlyList<Article> Articles { get; } =
    [
        new Article
        {
            Id = "a1", Source = "Alpha", Language = "en", Title = "Budget news",
            Paragraphs = ["The budget is good.", "Weather was mild today.", "It is good for schools."],
            Comments = [new Comment { Id = "c1", Text = "Nice weather." }],
        },
        new Article { Id = "b1", Source = "Beta", Language = "en", Title = "Budget cuts", Paragraphs = ["The budget is bad."] },
    ];

    internal static ComparisonResult Compare(FramingAnalyzer analyzer, ComparisonOptions? options = null)
    {
        options ??= new ComparisonOptions { Resamples = 50, Permutations = 50 };
        var builder = ComparisonBuilder.For(analyzer, options);
        foreach (var article in Articles)
        {
            builder.Add(analyzer.Analyze(article));
        }

        return builder.Build(RunManifest.Create(analyzer, options, []));
    }

    [Fact]
    public void ComparisonBuilder_For_TakesTheTargetsOfTheAnalyzersOwnScorer()
    {
        var analyzer = Analyzer();
        Assert.Null(analyzer.Options.Targets);
        Assert.Equal(["Budget", "Mayor"], ComparisonBuilder.For(analyzer).Layout.Targets);
        Assert.Empty(ComparisonBuilder.For(FramingAnalyzer.Create(new AnalyzerOptions())).Layout.Targets);
    }

    [Fact]
    public void CustomScorer_GivesStanceRows_InTheComparisonAndTheMarkdownReport()
    {
        var result = Compare(Analyzer());
        Assert.Equal(["Budget", "Mayor"], result.Targets);
        var alpha = result.Groups.Single(g => g.Key == "Alpha");
        var outlet = alpha.Stance.Single(s => s.Target == "Budget" && s.Voice == Voice.Outlet);
        Assert.Equal((3, 1, 1, 0, 1, 2), (outlet.Units, outlet.NotMentioning, outlet.Articles, outlet.Against, outlet.Neutral, outlet.Favor));
        Assert.Equal(2.0 / 3, outlet.Mean.Estimate, 12);
        var beta = result.Groups.Single(g => g.Key == "Beta").Stance.Single(s => s.Target == "Budget" && s.Voice == Voice.Outlet);
        Assert.Equal((2, 0, -0.5), (beta.Units, beta.NotMentioning, beta.Mean.Estimate));
        Assert.Contains(alpha.StanceExamples, e => e.Target == "Budget" && e.Voice == Voice.Outlet && e.Label == StanceLabel.Favor && e.Snippet.Text.Contains("good", StringComparison.Ordinal));

        var md = MarkdownReport.Format(result);
        // Units mentioning, not mentioning, share mentioning, articles, mean, CI, against, neutral, favor.
        Assert.Contains("| Alpha | Budget | outlet | 3 | 1 | 75% | 1 | 0.6667 | – | 0 | 1 | 2 |", md, StringComparison.Ordinal);
        Assert.Contains($"| Beta | Budget | outlet | 2 | 0 | 100% | {beta.Articles} | -0.5000 | – | 1 | 1 | 0 |", md, StringComparison.Ordinal);
    }

    [Fact]
    public void CustomScorer_CarriesATargetBetweenUnits_ThroughStanceContext()
    {
        var units = Analyzer().Analyze(Articles[0]).Units;
        var carried = units.Single(u => u.Unit.Text == "It is good for schools.").Stance.Single(s => s.Target == "Budget");
        Assert.Equal((true, "carried", StanceLabel.Favor), (carried.Mentioned, carried.Reason, carried.Label));
        Assert.Equal("carry", carried.Evidence[0].Cue);

        // Scored on its own (no context), the same unit does not mention the budget.
        var alone = Analyzer().AnalyzeUnit(units.Single(u => u.Unit.Text == "It is good for schools.").Unit, null).Stance.Single(s => s.Target == "Budget");
        Assert.False(alone.Mentioned);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(0)]
    [InlineData(2)]
    public void StanceContext_LastTarget_AcceptsMinusOneOrATargetIndex(int value)
    {
        var context = new StanceContext(3) { LastTarget = value };
        Assert.Equal(value, context.LastTarget);
    }

    [Theory]
    [InlineData(-2)]
    [InlineData(3)]
    [InlineData(int.MaxValue)]
    public void StanceContext_LastTarget_RejectsAnythingElse(int value)
    {
        var context = new StanceContext(3) { LastTarget = 1 };
        Assert.Throws<ArgumentOutOfRangeException>(() => context.LastTarget = value);
        Assert.Equal(1, context.LastTarget);
        Assert.Throws<ArgumentOutOfRangeException>(() => new StanceContext(0) { LastTarget = 0 });
    }
}
