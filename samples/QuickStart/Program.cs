// QuickStart: load the sample corpus, analyze one article, and print each unit's scores with their evidence.
// Run from the repository root: dotnet run --project samples/QuickStart
using FramingAnalysis;
using FramingAnalysis.Analysis;
using FramingAnalysis.Stance;

var folder = args.Length > 0 ? args[0] : "corpus";
var corpus = Corpus.Load(folder);
Console.WriteLine($"{corpus.Articles.Count} articles, {corpus.Problems.CommentsRead} comments, {corpus.Problems.Count} problems");

var analyzer = FramingAnalyzer.Create(new AnalyzerOptions { Targets = StanceTarget.LoadJson(Path.Combine(folder, "targets.json")) });
var article = analyzer.Analyze(corpus.Articles[0]);
foreach (var unit in article.Units.Where(u => u.Sentiment is not null).Take(6))
{
    var stance = unit.Stance.FirstOrDefault(s => s.Mentioned);
    Console.WriteLine($"{unit.Unit.UnitId,-12} {unit.Unit.Voice,-9} sentiment {unit.Sentiment!.Compound,6:0.00} {unit.Sentiment.Label,-8} " +
                      $"frame {unit.Frames?.PrimaryFrame ?? "-",-40} stance {(stance is null ? "-" : $"{stance.Target}={stance.Label}")}");
    foreach (var e in unit.Sentiment.Evidence.Take(3))
    {
        Console.WriteLine($"    \"{e.Text}\" {e.BaseValence:0.0} -> {e.Valence:0.00} ({e.Rules})");
    }
}
