using FramingAnalysis.Analysis;
using FramingAnalysis.Stance;
using FramingAnalysis.Text;
using Xunit.Abstractions;

namespace FramingAnalysis.Tests.Validation;

/// <summary>
/// Scores the hand-annotated sample corpus and the held-out sets and prints confusion matrices and macro-F1. The
/// assertions are floors well below the measured figures: they catch a broken scorer, not a small regression.
/// </summary>
public class ValidationReportTests(ITestOutputHelper output)
{
    private static readonly Lazy<(Dictionary<string, string[]> Gold, Dictionary<string, UnitAnalysis> Units)> Sample = new(() =>
    {
        var targets = StanceTarget.LoadJson(Path.Combine(RepoPaths.Corpus, "targets.json"));
        var analyzer = FramingAnalyzer.Create(new AnalyzerOptions { Targets = targets });
        var units = FramingAnalysis.Corpus.Load(RepoPaths.Corpus).Articles.SelectMany(a => analyzer.Analyze(a).Units).ToDictionary(u => u.Unit.UnitId);
        var gold = File.ReadLines(Path.Combine(RepoPaths.Corpus, "annotations.csv")).Skip(1).Where(l => l.Length > 0)
            .Select(l => l.Split(',')).ToDictionary(c => c[0]);
        return (gold, units);
    });

    private static string StanceOf(UnitAnalysis u)
    {
        var r = u.Stance.Where(s => s.Target == "Prison model" && s.Reason != "no mention").ToList();
        if (r.Count == 0)
        {
            return "neutral";
        }

        var score = r.Sum(s => s.Score);
        return score >= 0.15 ? "favor" : score <= -0.15 ? "against" : "neutral";
    }

    [Fact]
    public void SampleCorpus_Sentiment_PerLanguage()
    {
        var (gold, units) = Sample.Value;
        foreach (var language in new[] { "en", "es" })
        {
            var ids = gold.Keys.Where(id => units[id].Unit.DeclaredLanguage == language && gold[id][1] != "mixed").ToList();
            var (macro, _, table) = Metrics.Report(ids.Select(id => gold[id][1]).ToList(), ids.Select(id => units[id].Sentiment!.Label.ToString().ToLowerInvariant()).ToList(), ["negative", "neutral", "positive"]);
            output.WriteLine($"sentiment, sample corpus, {language} (mixed excluded)\n{table}");
            Assert.True(macro > 0.25, $"{language} sentiment macro-F1 {macro}");
        }
    }

    [Fact]
    public void SampleCorpus_Stance_PerLanguageAndKind()
    {
        var (gold, units) = Sample.Value;
        foreach (var language in new[] { "en", "es" })
        {
            var ids = gold.Keys.Where(id => units[id].Unit.DeclaredLanguage == language).ToList();
            var (macro, _, table) = Metrics.Report(ids.Select(id => gold[id][2]).ToList(), ids.Select(id => StanceOf(units[id])).ToList(), ["against", "neutral", "favor"]);
            output.WriteLine($"stance toward 'Prison model', sample corpus, {language}\n{table}");
            Assert.True(macro > 0.1, $"{language} stance macro-F1 {macro}");
        }

        foreach (var kind in new[] { UnitKind.Title, UnitKind.Paragraph, UnitKind.EmbeddedPost, UnitKind.Comment })
        {
            var ids = gold.Keys.Where(id => units[id].Unit.Kind == kind).ToList();
            var (_, _, table) = Metrics.Report(ids.Select(id => gold[id][2]).ToList(), ids.Select(id => StanceOf(units[id])).ToList(), ["against", "neutral", "favor"]);
            output.WriteLine($"stance, sample corpus, kind {kind}\n{table}");
        }
    }

    [Fact]
    public void SampleCorpus_PrimaryFrame_PerLanguage()
    {
        var (gold, units) = Sample.Value;
        var frames = FramingAnalysis.Frames.FrameSet.PolicyFrames.Frames.Select(f => f.Id).Append("none").ToArray();
        foreach (var language in new[] { "en", "es" })
        {
            var ids = gold.Keys.Where(id => units[id].Unit.DeclaredLanguage == language).ToList();
            var goldPrimary = ids.Select(id => gold[id][3].Split(';')[0]).ToList();
            var predicted = ids.Select(id => units[id].Frames!.PrimaryFrame ?? "none").ToList();
            var (macro, accuracy, _) = Metrics.Report(goldPrimary, predicted, frames);
            var presence = ids.Count(id => gold[id][3].Split(';').Any(f => units[id].Frames!.ScoreOf(f) > 0));
            output.WriteLine(System.FormattableString.Invariant($"frames, sample corpus, {language}: primary-frame accuracy (= micro-F1) {accuracy:0.000}, macro-F1 {macro:0.000}; a gold frame among detected frames in {presence}/{ids.Count} units"));
            Assert.True(accuracy > 0.15, $"{language} primary frame accuracy {accuracy}");
        }
    }

    [Fact]
    public void Holdout_Sentiment_PerLanguage()
    {
        var rows = File.ReadLines(RepoPaths.TestData("sentiment-holdout.tsv")).Where(l => !l.StartsWith('#')).Skip(1).Select(l => l.Split('\t')).ToList();
        var scorer = FramingAnalysis.Sentiment.RuleSentimentScorer.CreateDefault();
        foreach (var language in new[] { "en", "es" })
        {
            var mine = rows.Where(r => r[1] == language).ToList();
            var predicted = mine.Select(r => scorer.Score(TextPipeline.Default.Analyze(r[3], language)).Label.ToString().ToLowerInvariant()).ToList();
            var (macro, _, table) = Metrics.Report(mine.Select(r => r[4]).ToList(), predicted, ["negative", "neutral", "positive"]);
            output.WriteLine($"sentiment, held-out set, {language}\n{table}");
            Assert.True(macro > 0.3, $"{language} held-out sentiment macro-F1 {macro}");
        }
    }

    [Fact]
    public void Holdout_Stance_OtherTopics_PerLanguage()
    {
        var targets = StanceTarget.LoadJson(RepoPaths.TestData("stance-holdout.targets.json"));
        var scorer = RuleStanceScorer.Create(targets);
        var rows = File.ReadLines(RepoPaths.TestData("stance-holdout.tsv")).Where(l => !l.StartsWith('#')).Skip(1).Select(l => l.Split('\t')).ToList();
        foreach (var language in new[] { "en", "es" })
        {
            var mine = rows.Where(r => r[1] == language).ToList();
            var predicted = mine.Select(r =>
            {
                var unit = new TextUnit { UnitId = r[0], ArticleId = r[0], Source = "holdout", Kind = UnitKind.Paragraph, Index = 1, Text = r[4], DeclaredLanguage = language };
                var results = scorer.Score(TextPipeline.Default.Analyze(r[4], language), unit).Where(s => s.Target == r[3] && s.Reason != "no mention").ToList();
                var score = results.Sum(s => s.Score);
                return score >= 0.15 ? "favor" : score <= -0.15 ? "against" : "neutral";
            }).ToList();
            var (macro, _, table) = Metrics.Report(mine.Select(r => r[5]).ToList(), predicted, ["against", "neutral", "favor"]);
            output.WriteLine($"stance, held-out other topics, {language}\n{table}");
            Assert.True(macro > 0.2, $"{language} held-out stance macro-F1 {macro}");
        }
    }

    [Fact]
    public void Holdout_Frames_OtherIssues_PerLanguage()
    {
        var rows = File.ReadLines(RepoPaths.TestData("frames-holdout.tsv")).Where(l => !l.StartsWith('#')).Skip(1).Select(l => l.Split('\t')).ToList();
        var frames = FramingAnalysis.Frames.FrameSet.PolicyFrames.Frames.Select(f => f.Id).Append("none").ToArray();
        var scorer = FramingAnalysis.Frames.DictionaryFrameScorer.Default;
        foreach (var language in new[] { "en", "es" })
        {
            var mine = rows.Where(r => r[1] == language).ToList();
            var results = mine.Select(r => scorer.Score(TextPipeline.Default.Analyze(r[3], language))).ToList();
            var (macro, accuracy, table) = Metrics.Report(mine.Select(r => r[4].Split(';')[0]).ToList(), results.Select(r => r.PrimaryFrame ?? "none").ToList(), frames);
            var presence = mine.Select((r, i) => r[4].Split(';').Any(f => results[i].ScoreOf(f) > 0)).Count(x => x);
            output.WriteLine(System.FormattableString.Invariant($"frames, held-out other issues, {language}: primary accuracy {accuracy:0.000}, macro-F1 {macro:0.000}, gold frame detected in {presence}/{mine.Count}\n{table}"));
            Assert.True(accuracy > 0.15, $"{language} held-out primary frame accuracy {accuracy}");
        }
    }

    /// <summary>
    /// A frame counts as present in a unit when its salience is at least 0.15: about one ordinary (weight-1) cue per
    /// 60 words (1 − exp(−10/60) = 0.154), or one cue in a paragraph of average length in the sample corpus. Lower
    /// thresholds add every passing mention; higher ones keep only the primary frame of short units.
    /// </summary>
    private const double PresenceThreshold = 0.15;

    [Fact]
    public void SampleCorpus_MultiLabelFrames_PerLanguage()
    {
        var (gold, units) = Sample.Value;
        var items = gold.Keys.Select(id => (units[id].Unit.DeclaredLanguage ?? "und", units[id].Unit.Text, gold[id][3].Split(';', StringSplitOptions.RemoveEmptyEntries), units[id].Frames!)).ToList();
        ReportMultiLabel("sample corpus", items);
    }

    [Fact]
    public void Holdout_MultiLabelFrames_PerLanguage()
    {
        var rows = File.ReadLines(RepoPaths.TestData("frames-holdout.tsv")).Where(l => !l.StartsWith('#')).Skip(1).Select(l => l.Split('\t')).ToList();
        var scorer = FramingAnalysis.Frames.DictionaryFrameScorer.Default;
        var items = rows.Select(r => (r[1], r[3], r[4].Split(';', StringSplitOptions.RemoveEmptyEntries), scorer.Score(TextPipeline.Default.Analyze(r[3], r[1])))).ToList();
        ReportMultiLabel("held-out other issues", items);
    }

    /// <summary>
    /// Prints, per language, primary-frame micro-F1 (= accuracy) and macro-F1, and multi-label presence micro- and
    /// macro-F1 (predicted set = frames with salience ≥ <see cref="PresenceThreshold"/>; gold set = every annotated
    /// frame); then the most-confused primary-frame pairs (gold → predicted) with one example each.
    /// </summary>
    private void ReportMultiLabel(string name, List<(string Language, string Text, string[] Gold, FramingAnalysis.Frames.FrameResult Result)> items)
    {
        var labels = FramingAnalysis.Frames.FrameSet.PolicyFrames.Frames.Select(f => f.Id).ToArray();
        foreach (var language in new[] { "en", "es" })
        {
            var mine = items.Where(x => x.Language == language).ToList();
            var (primaryMacro, primaryMicro, _) = Metrics.Report(mine.Select(x => x.Gold[0]).ToList(), mine.Select(x => x.Result.PrimaryFrame ?? "none").ToList(), [.. labels, "none"]);
            var goldSets = mine.Select(x => (IReadOnlySet<string>)x.Gold.ToHashSet()).ToList();
            var predicted = mine.Select(x => (IReadOnlySet<string>)x.Result.Scores.Where(s => s.Score >= PresenceThreshold).Select(s => s.Frame).ToHashSet()).ToList();
            var multi = FramingAnalysis.Evaluation.MultiLabelReport.Compute(goldSets, predicted, labels);
            output.WriteLine(System.FormattableString.Invariant(
                $"frames, {name}, {language} (n={mine.Count}): primary micro-F1 {primaryMicro:0.000} macro-F1 {primaryMacro:0.000}; multi-label (score >= {PresenceThreshold}) micro-F1 {multi.MicroF1:0.000} (P {multi.MicroPrecision:0.000} R {multi.MicroRecall:0.000}) macro-F1 {multi.MacroF1:0.000}"));
            Assert.True(multi.MicroF1 > 0.15, $"{language} {name} multi-label micro-F1 {multi.MicroF1}");
        }

        var confused = items.Where(x => x.Result.PrimaryFrame is { } p && p != x.Gold[0])
            .GroupBy(x => (Gold: x.Gold[0], Predicted: x.Result.PrimaryFrame!))
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key.Gold, StringComparer.Ordinal).ThenBy(g => g.Key.Predicted, StringComparer.Ordinal)
            .Take(6);
        output.WriteLine($"most-confused primary frames, {name} (gold -> predicted, count, example):");
        foreach (var g in confused)
        {
            var example = g.First();
            var text = example.Text.Length > 140 ? example.Text[..140] + "…" : example.Text;
            var cues = string.Join(", ", example.Result.Scores[0].Evidence.Select(e => e.Text));
            output.WriteLine($"  {g.Key.Gold} -> {g.Key.Predicted} ({g.Count()}): [{example.Language}] {text}  (cues: {cues})");
        }

        var missed = items.Count(x => x.Result.PrimaryFrame is null);
        output.WriteLine($"  units with no cue at all: {missed}/{items.Count}");
    }
}
