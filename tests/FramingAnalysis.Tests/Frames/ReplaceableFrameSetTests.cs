using FramingAnalysis.Analysis;
using FramingAnalysis.Comparison;
using FramingAnalysis.Frames;
using FramingAnalysis.Reporting;

namespace FramingAnalysis.Tests.Frames;

/// <summary>A user frame set replaces the built-in 15 frames everywhere downstream: analysis, comparison and reports.</summary>
public class ReplaceableFrameSetTests
{
    private static string Codebook => Path.Combine(RepoPaths.Root, "samples", "frames", "prison-policy-9.tsv");

    private static readonly Lazy<(FrameSet Set, ComparisonResult Result, IReadOnlyList<ArticleAnalysis> Articles)> Run = new(() =>
    {
        var loaded = FrameDictionaryLoader.Load(Codebook);
        Assert.Empty(loaded.Problems);
        var analyzer = FramingAnalyzer.Create(new AnalyzerOptions { Frames = new DictionaryFrameScorer(loaded.FrameSet) });
        var options = new ComparisonOptions { Resamples = 50, Permutations = 50 };
        var builder = ComparisonBuilder.For(analyzer, options);
        var articles = FramingAnalysis.Corpus.Load(RepoPaths.Corpus).Articles.Select(analyzer.Analyze).ToList();
        foreach (var a in articles)
        {
            builder.Add(a);
        }

        return (loaded.FrameSet, builder.Build(RunManifest.Create(analyzer, options, [])), articles);
    });

    [Fact]
    public void NineFrameCodebook_Loads()
    {
        var set = Run.Value.Set;
        Assert.Equal(9, set.Frames.Count);
        Assert.Equal("Rights and due process", set.Find("rights_and_due_process")!.Name);
    }

    [Fact]
    public void UnitResults_UseOnlyTheUserFrames()
    {
        var ids = Run.Value.Set.Frames.Select(f => f.Id).ToHashSet();
        var scores = Run.Value.Articles.SelectMany(a => a.Units).SelectMany(u => u.Frames?.Scores ?? []).ToList();
        Assert.NotEmpty(scores);
        Assert.All(scores, s => Assert.Contains(s.Frame, ids));
    }

    [Fact]
    public void Comparison_IteratesTheUserFrames()
    {
        var (set, result, _) = Run.Value;
        Assert.Equal(set.Frames.Select(f => f.Id), result.Frames);
        Assert.All(result.Groups, g => Assert.Equal(9, g.Frames.Count));
        Assert.All(result.Pairs, p => Assert.Equal(9, p.Frames.Count));
        Assert.Contains(result.Groups, g => g.Frames.Any(f => f.Salience.Estimate > 0));
    }

    [Fact]
    public void Reports_ShowTheUserFramesAndNoBuiltInOnes()
    {
        var (set, result, _) = Run.Value;
        var md = MarkdownReport.Format(result);
        Assert.Contains("| rights_and_due_process | Rights and due process / Derechos y debido proceso |", md, StringComparison.Ordinal);
        Assert.Contains("Prison-policy issue codebook (example, 9 frames) 0.1.0", md, StringComparison.Ordinal);
        var json = JsonReport.Format(result);
        var html = HtmlReport.Format(result);
        foreach (var builtIn in FrameSet.PolicyFrames.Frames.Select(f => f.Id))
        {
            Assert.DoesNotContain($"| {builtIn} |", md, StringComparison.Ordinal);
            Assert.DoesNotContain($"\"{builtIn}\"", json, StringComparison.Ordinal);
        }

        Assert.All(set.Frames, f => Assert.Contains(f.Id, html, StringComparison.Ordinal));
    }
}
