using System.CommandLine;
using System.Globalization;
using FramingAnalysis.Analysis;
using FramingAnalysis.Comparison;
using FramingAnalysis.Orleans;
using FramingAnalysis.Reporting;
using FramingAnalysis.Sentiment;
using FramingAnalysis.Stance;

namespace FramingAnalysis.Cli.Commands;

/// <summary><c>framing compare &lt;corpus&gt;</c>: analyzes a corpus and compares its groups (sources by default).</summary>
internal static class CompareCommand
{
    /// <summary>By default, progress is printed to standard error every this many articles.</summary>
    public const int DefaultProgressEvery = 100;

    public static Command Create(TextWriter output, TextWriter error)
    {
        var path = new Argument<string>("corpus") { Description = "The corpus to compare (see `framing corpus --help`)." };
        var targets = new Option<string?>("--targets") { Description = "A targets.json file; adds stance per target and voice." };
        var by = new Option<string>("--by") { Description = "Group by: source, language, or metadata.<key>.", DefaultValueFactory = _ => "source" };
        var window = new Option<string?>("--window") { Description = "Split groups by publication date: day, week, month or year." };
        var format = new Option<string>("--format", "-f") { Description = "md, json, csv (a folder of tables) or html (one self-contained page with SVG charts).", DefaultValueFactory = _ => "md" };
        format.AcceptOnlyFromAmong("md", "json", "csv", "html");
        var outPath = new Option<string?>("--out", "-o") { Description = "Write to this file instead of standard output (for csv: a folder of tables)." };
        var seed = new Option<ulong>("--seed")
        {
            Description = "Seed of every bootstrap and permutation.",
            DefaultValueFactory = _ => ComparisonOptions.DefaultSeed,
            CustomParser = r =>
            {
                var token = r.Tokens.Count > 0 ? r.Tokens[0].Value : string.Empty;
                if (ulong.TryParse(token, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value))
                {
                    return value;
                }

                r.AddError($"--seed '{token}' is not a whole number from 0 to {ulong.MaxValue}");
                return 0;
            },
        };
        var resamples = new Option<int>("--resamples") { Description = "Bootstrap replicates (1–100,000).", DefaultValueFactory = _ => 1000 };
        var permutations = new Option<int>("--permutations") { Description = "Permutations per test (1–1,000,000).", DefaultValueFactory = _ => 2000 };
        var frames = FramesOption.Create();
        var progress = new Option<int>("--progress-every") { Description = "Print a progress line to standard error every N articles (0 for none). On a terminal, a progress bar is drawn instead.", DefaultValueFactory = _ => DefaultProgressEvery };
        var model = ModelScorers.Option();
        var cluster = new Option<string?>("--cluster") { Description = "Run on an Orleans cluster started with `framing silo`: localhost or redis://HOST:PORT[#CLUSTER-ID]. The corpus, targets and frames must be at the same paths on every silo (docs/distributed.md)." };
        var partitionMb = new Option<int>("--partition-mb") { Description = "With --cluster: the size of a JSON Lines partition in MB (other formats are one partition).", DefaultValueFactory = _ => 16 };
        var command = new Command("compare", "Compare how groups (sources by default) frame the same event: frame salience with CIs, stance and sentiment by voice, pairwise tests, distinctive language, article versus audience.")
        {
            path, targets, by, window, format, outPath, seed, resamples, permutations, progress, frames, model, cluster, partitionMb,
        };
        var sentiment = new SentimentScorerOption();
        sentiment.AddTo(command);
        var corpusInputs = new CorpusInputOptions();
        corpusInputs.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            var input = parse.GetValue(path)!;
            // The comparison reads each unit's sentiment score and label, never its word-level evidence: not building
            // that evidence saves work and garbage on every unit (scores are the same).
            var analyzerOptions = new AnalyzerOptions { Sentiment = RuleSentimentScorer.CreateDefault(new SentimentOptions { IncludeEvidence = false }) };
            ComparisonOptions options;
            ClusterRun? clusterRun = null;
            var inputs = new List<string> { input };
            try
            {
                if (parse.GetValue(targets) is { } targetsPath)
                {
                    analyzerOptions = analyzerOptions with { Targets = TargetsOption.Load(targetsPath, error) };
                    inputs.Add(targetsPath);
                }

                if (parse.GetValue(frames) is { } framesPath)
                {
                    analyzerOptions = analyzerOptions with { Frames = FramesOption.Load(framesPath, error, "compare") };
                    inputs.Add(framesPath);
                }

                var models = parse.GetValue(model) ?? [];
                analyzerOptions = ModelScorers.Apply(analyzerOptions, models, analyzerOptions.Targets ?? []);
                inputs.AddRange(models);
                analyzerOptions = sentiment.Apply(parse, analyzerOptions, inputs);

                options = new ComparisonOptions
                {
                    GroupBy = Grouping.Parse(parse.GetValue(by)!),
                    TimeWindow = TimeWindows.Parse(parse.GetValue(window)),
                    Seed = parse.GetValue(seed),
                    Resamples = parse.GetValue(resamples),
                    Permutations = parse.GetValue(permutations),
                };
                options.Validate();
                if (parse.GetValue(format) == "csv" && parse.GetValue(outPath) is null)
                {
                    throw new ArgumentException("--format csv writes several tables and needs --out FOLDER");
                }

                if (parse.GetValue(progress) < 0)
                {
                    throw new ArgumentException("--progress-every must be 0 (no progress) or more");
                }

                Corpus.DetectFormat(input); // a missing or unreadable corpus is bad usage, found before any work
                if (parse.GetValue(cluster) is { } address)
                {
                    clusterRun = ClusterRun.Create(address, parse.GetValue(partitionMb), models.Any() || analyzerOptions.Sentiment is not RuleSentimentScorer,
                        AnalysisSpec.Create(options, corpusInputs.ReadOptions(parse), parse.GetValue(targets), parse.GetValue(frames)));
                }
            }
            catch (Exception ex) when (ex is IOException or FormatException or ArgumentException or NotSupportedException or UnauthorizedAccessException or System.Text.Json.JsonException)
            {
                await error.WriteLineAsync($"framing compare: {FramingCli.Message(ex)}").ConfigureAwait(false);
                return FramingCli.UsageError;
            }

            // The output is checked (and its folders created) before the analysis: an unwritable --out costs one line
            // and no work. A report file is written under a temporary name and renamed when complete.
            var file = parse.GetValue(outPath);
            var fmt = parse.GetValue(format);
            OutputFile? outFile = null;
            try
            {
                if (fmt == "csv")
                {
                    OutputFile.CheckFolder(file!);
                }
                else if (file is not null)
                {
                    outFile = OutputFile.Create(file);
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                await error.WriteLineAsync($"framing compare: cannot write --out {file}: {ex.Message}").ConfigureAwait(false);
                return FramingCli.UsageError;
            }

            await using (outFile)
            {
                try
                {
                    return await RunAsync(input, corpusInputs.ReadOptions(parse), analyzerOptions, options, inputs, parse.GetValue(progress), fmt!, file, outFile, error, output, clusterRun, ct).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (ct.IsCancellationRequested)
                {
                    await error.WriteLineAsync(outFile is null
                        ? "framing compare: interrupted; no report written"
                        : $"framing compare: interrupted; {file} not written").ConfigureAwait(false);
                    return FramingCli.InputProblems;
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    await error.WriteLineAsync($"framing compare: {ex.Message}{(file is null ? string.Empty : $"; {file} not written completely")}").ConfigureAwait(false);
                    return FramingCli.InputProblems;
                }
            }
        });
        return command;
    }

    private static async Task<int> RunAsync(
        string input,
        CorpusReadOptions readOptions,
        AnalyzerOptions analyzerOptions,
        ComparisonOptions options,
        List<string> inputs,
        int every,
        string fmt,
        string? file,
        OutputFile? outFile,
        TextWriter error,
        TextWriter output,
        ClusterRun? cluster,
        CancellationToken ct)
    {
        var analyzer = FramingAnalyzer.Create(analyzerOptions);
        var interactive = every > 0 && ProgressDisplay.IsTerminal(error, null);
        var bar = new ProgressDisplay(error, "framing compare", every, interactive, interactive ? await ProgressDisplay.CountArticlesAsync(input, readOptions, ct).ConfigureAwait(false) : null);
        var runOptions = new ComparisonRunOptions
        {
            ReadOptions = readOptions,
            ManifestInputs = inputs,
            Workers = analyzerOptions.Parallelism,
            Progress = new Progress(bar),
            ArticleFailed = (article, ex) => error.WriteLine($"{article.Location}: error: article '{article.Id}' could not be analyzed: {ex.Message}"),
            Analyzed = (count, failed, problems) =>
            {
                bar.Complete(count);

                // Each rejected record is one line naming its file, line and field, as in analyze (the report has the counts).
                foreach (var p in problems)
                {
                    error.WriteLine(p.ToString());
                }

                error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"framing compare: {count} articles analyzed, {failed} failed, {problems.ArticlesRejected} rejected by the reader; computing statistics"));
            },
        };

        ComparisonRun run;
        try
        {
            run = cluster is null
                ? await ComparisonRunner.RunAsync(input, analyzer, options, runOptions, ct).ConfigureAwait(false)
                : await ClusterCompare.RunAsync(cluster.Address, input, cluster.Spec, inputs, cluster.PartitionBytes, bar, every, error, ct).ConfigureAwait(false);
        }
        catch (ClusterComparisonException ex)
        {
            await error.WriteLineAsync($"framing compare: {ex.Message}").ConfigureAwait(false);
            return FramingCli.InputProblems;
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException or NotSupportedException)
        {
            await error.WriteLineAsync($"framing compare: {FramingCli.Message(ex)}").ConfigureAwait(false);
            return FramingCli.UsageError;
        }

        if (run.Result is not { } result)
        {
            bar.Complete(0);
            foreach (var p in run.Problems)
            {
                await error.WriteLineAsync(p.ToString()).ConfigureAwait(false);
            }

            // An empty corpus, every record rejected or every article failed: there is nothing to compare.
            await error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"framing compare: no article was analyzed ({run.Failed} failed, {run.Problems.ArticlesRejected} rejected by the reader); no report written")).ConfigureAwait(false);
            return FramingCli.InputProblems;
        }

        await WarnMissingGroupKeyAsync(result, error).ConfigureAwait(false);
        if (fmt == "csv")
        {
            var folder = file!;
            CsvReport.WriteTables(result, folder);
            await error.WriteLineAsync($"framing compare: CSV tables written to {folder}").ConfigureAwait(false);
            return FramingCli.Ok;
        }

        var text = fmt switch
        {
            "json" => JsonReport.Format(result),
            "html" => HtmlReport.Format(result),
            _ => MarkdownReport.Format(result),
        };
        if (outFile is null)
        {
            await output.WriteAsync(text).ConfigureAwait(false);
        }
        else
        {
            var bytes = new System.Text.UTF8Encoding(false).GetBytes(text);
            await outFile.Stream.WriteAsync(bytes, ct).ConfigureAwait(false);
            await outFile.CommitAsync().ConfigureAwait(false);
        }

        return FramingCli.Ok;
    }

    /// <summary>
    /// With <c>--by metadata.KEY</c>, articles without that key fall into the group <c>(none)</c>; says how many, and when
    /// it is every article (a mistyped key), says so plainly instead of printing a one-group report without a word.
    /// </summary>
    private static async Task WarnMissingGroupKeyAsync(ComparisonResult result, TextWriter error)
    {
        var by = result.Manifest.Options.GroupBy;
        if (by.MetadataKey is null)
        {
            return;
        }

        var total = result.Groups.Sum(g => g.Articles);
        var none = result.Groups.Where(g => g.Key == Grouping.NoValue || g.Key.StartsWith(Grouping.NoValue + " | ", StringComparison.Ordinal)).Sum(g => g.Articles);
        if (none == 0)
        {
            return;
        }

        await error.WriteLineAsync(none == total
            ? $"framing compare: warning: no article has {by}, so every article is in one group {Grouping.NoValue}; check the key (metadata keys are the extra columns or fields of the corpus)"
            : string.Create(CultureInfo.InvariantCulture, $"framing compare: warning: {none} of {total} articles have no {by}; they form the group {Grouping.NoValue}")).ConfigureAwait(false);
    }

    /// <summary>Reports the runner's article count to the progress display (the runner calls it under its lock).</summary>
    private sealed class Progress(ProgressDisplay bar) : IProgress<int>
    {
        public void Report(int value) => bar.Report(value);
    }
}
