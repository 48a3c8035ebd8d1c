using System.CommandLine;
using FramingAnalysis.Analysis;
using FramingAnalysis.DataFrames;
using FramingAnalysis.Reporting;
using FramingAnalysis.Sentiment;
using FramingAnalysis.Stance;

namespace FramingAnalysis.Cli.Commands;

/// <summary><c>framing analyze &lt;corpus&gt;</c>: one record per unit with sentiment, stance and frames.</summary>
internal static class AnalyzeCommand
{
    /// <summary>By default, progress is printed to standard error every this many articles.</summary>
    public const int DefaultProgressEvery = 500;

    public static Command Create(TextWriter output, TextWriter error)
    {
        var path = new Argument<string>("corpus") { Description = "The corpus to analyze (see `framing corpus --help`)." };
        var format = new Option<string>("--format", "-f") { Description = "jsonl, csv (one frame_<id> column per frame; per target the unit's own and the quoted stance), or parquet (needs --out; typed columns like the CSV's, without the evidence).", DefaultValueFactory = _ => "jsonl" };
        format.AcceptOnlyFromAmong("jsonl", "csv", "parquet");
        var outPath = new Option<string?>("--out", "-o") { Description = "Write to this file instead of standard output." };
        var targets = new Option<string?>("--targets") { Description = "A targets.json file; adds stance per target and voice to every record." };
        var model = ModelScorers.Option();
        var frames = FramesOption.Create();
        var evidence = new Option<string>("--evidence")
        {
            Description = "Evidence in each record: all (every word and cue behind each score), top (the strongest per score), or none (smaller and faster output).",
            DefaultValueFactory = _ => "all",
        };
        evidence.AcceptOnlyFromAmong("all", "top", "none");
        var progress = new Option<int>("--progress-every") { Description = "Print a progress line to standard error every N articles (0 for none). On a terminal (with --out or redirected output), a progress bar is drawn instead.", DefaultValueFactory = _ => DefaultProgressEvery };
        var command = new Command("analyze", "Score every title, paragraph, embedded post and comment: sentiment, stance toward targets, and policy frames, with evidence.")
        {
            path, format, outPath, targets,
        };
        var sentiment = new SentimentScorerOption();
        sentiment.AddTo(command);
        command.Options.Add(frames);
        command.Options.Add(evidence);
        command.Options.Add(progress);
        command.Options.Add(model);
        var inputs = new CorpusInputOptions();
        inputs.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            var options = new AnalyzerOptions();
            IReadOnlyList<StanceTarget> targetList = [];
            try
            {
                if (parse.GetValue(targets) is { } targetsPath)
                {
                    targetList = TargetsOption.Load(targetsPath, error);
                    options = options with { Targets = targetList };
                }

                if (parse.GetValue(frames) is { } framesPath)
                {
                    options = options with { Frames = FramesOption.Load(framesPath, error, "analyze") };
                }

                options = ModelScorers.Apply(options, parse.GetValue(model) ?? [], targetList);

                options = sentiment.Apply(parse, options);
                if (parse.GetValue(evidence) == "none" && options.Sentiment is null)
                {
                    // Without evidence in the records, the rule sentiment scorer need not build it (scores are the same).
                    options = options with { Sentiment = RuleSentimentScorer.CreateDefault(new SentimentOptions { IncludeEvidence = false }) };
                }


                if (parse.GetValue(progress) < 0)
                {
                    throw new ArgumentException("--progress-every must be 0 (no progress) or more");
                }

                if (parse.GetValue(format) == "parquet" && parse.GetValue(outPath) is null)
                {
                    throw new ArgumentException("--format parquet needs --out FILE (Parquet is binary)");
                }

                Corpus.DetectFormat(parse.GetValue(path)!); // a missing or unreadable corpus is bad usage, found before any work
            }
            catch (Exception ex) when (ex is IOException or FormatException or ArgumentException or NotSupportedException or UnauthorizedAccessException or InvalidDataException or System.Text.Json.JsonException)
            {
                await error.WriteLineAsync($"framing analyze: {FramingCli.Message(ex)}").ConfigureAwait(false);
                return FramingCli.UsageError;
            }

            // The output is checked (and its folders created) before the analysis, so that an unwritable --out costs
            // one line and no work.
            var file = parse.GetValue(outPath);
            OutputFile? outFile = null;
            if (file is not null)
            {
                try
                {
                    outFile = OutputFile.Create(file);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    await error.WriteLineAsync($"framing analyze: cannot write --out {file}: {ex.Message}").ConfigureAwait(false);
                    return FramingCli.UsageError;
                }
            }

            await using (outFile)
            {
                var analyzer = FramingAnalyzer.Create(options);

                // The stance columns are the targets of the scorer that runs (the rule scorer's or a model's), not the options'.
                var targetNames = analyzer.Stance?.Targets.Select(t => t.Name).ToList() ?? [];
                var run = new AnalyzeRun(analyzer, parse.GetValue(path)!, inputs.ReadOptions(parse), parse.GetValue(progress), error);
                try
                {
                    if (parse.GetValue(format) == "parquet")
                    {
                        await run.WriteParquetAsync(outFile!.Stream, targetNames, ct).ConfigureAwait(false);
                    }
                    else
                    {
                        var writer = outFile is null ? output : new StreamWriter(outFile.Stream, new System.Text.UTF8Encoding(false), 1 << 16, leaveOpen: true);
                        using (var records = new UnitRecordWriter(writer, parse.GetValue(format) == "csv", targetNames, analyzer.Frames.FrameSet.Frames.Select(f => f.Id).ToList())
                        {
                            Evidence = parse.GetValue(evidence) switch { "none" => EvidenceDetail.None, "top" => EvidenceDetail.Top, _ => EvidenceDetail.All },
                        })
                        {
                            await run.WriteRecordsAsync(records, outFile is null ? output : null, ct).ConfigureAwait(false);
                        }

                        if (outFile is not null)
                        {
                            await writer.DisposeAsync().ConfigureAwait(false);
                        }
                    }

                    if (!await run.ReportAsync(outFile).ConfigureAwait(false))
                    {
                        return FramingCli.InputProblems;
                    }

                    if (outFile is not null)
                    {
                        await outFile.CommitAsync().ConfigureAwait(false);
                    }

                    return FramingCli.Ok;
                }
                catch (OperationCanceledException) when (ct.IsCancellationRequested)
                {
                    await error.WriteLineAsync(outFile is null
                        ? "framing analyze: interrupted; the output is incomplete"
                        : $"framing analyze: interrupted; {file} not written (the partial file {outFile.TemporaryPath} is removed)").ConfigureAwait(false);
                    return FramingCli.InputProblems;
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    // A full disk or a vanished folder: one line, and no partial file left behind.
                    await error.WriteLineAsync(outFile is null
                        ? $"framing analyze: {ex.Message}"
                        : $"framing analyze: {ex.Message}; {file} not written").ConfigureAwait(false);
                    return FramingCli.InputProblems;
                }
            }
        });
        return command;
    }
}
