// CompareSources: what `framing compare corpus/ --targets corpus/targets.json` does, through the library API.
// Run from the repository root: dotnet run --project samples/CompareSources [-- <corpus folder>]
using FramingAnalysis;
using FramingAnalysis.Analysis;
using FramingAnalysis.Comparison;
using FramingAnalysis.Reporting;
using FramingAnalysis.Stance;

var folder = args.Length > 0 ? args[0] : "corpus";
var targets = Path.Combine(folder, "targets.json");
var analyzer = FramingAnalyzer.Create(new AnalyzerOptions { Targets = StanceTarget.LoadJson(targets) });
var options = new ComparisonOptions();                           // group by source; seed 20260323, 1000 resamples, 2000 permutations
var builder = ComparisonBuilder.For(analyzer, options);
var problems = new CorpusProblems();

await foreach (var analysis in analyzer.AnalyzeAsync(Corpus.ReadAsync(folder, problems)))
{
    builder.Add(analysis);                                       // parallel analysis, results in input order
}

builder.AddProblems(problems);                                   // rejected records are counted in the report
var result = builder.Build(RunManifest.Create(analyzer, options, [folder, targets]));
Console.Write(MarkdownReport.Format(result));                    // or JsonReport, CsvReport.WriteTables, HtmlReport
