using System.CommandLine;
using FramingAnalysis.Analysis;
using FramingAnalysis.DataFrames;
using FramingAnalysis.Reporting;
using FramingAnalysis.Sentiment;
using FramingAnalysis.Sentiment.Vader;
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
        var format = new Option<string>("--format") { Description = "jsonl (default), csv, or parquet (needs --out; columns as in the CSV, with one frame_<id> score per frame).", DefaultValueFactory = _ => "jsonl" };
        format.AcceptOnlyFromAmong("jsonl", "csv", "parquet");
        var outPath = new Option<string?>("--out") { Description = "Write to this file instead of standard output." };
        var targets = new Option<string?>("--targets") { Description = "A targets.json file; adds stance per target and voice to every record." };
        var sentiment = new Option<string>("--sentiment") { Description = "rules (default) or vader (VADER-compatible mode; needs --lexicon).", DefaultValueFactory = _ => "rules" };
        sentiment.AcceptOnlyFromAmong("rules", "vader");
        var lexicon = new Option<string?>("--lexicon") { Description = "A lexicon in VADER's vader_lexicon.txt format (for --sentiment vader)." };
        var emoji = new Option<string?>("--emoji-lexicon") { Description = "VADER's emoji description file (for --sentiment vader)." };
        var model = ModelScorers.Option();
        var frames = FramesOption.Create();
        var progress = new Option<int>("--progress-every") { Description = "Print a progress line to standard error every N articles (default 500; 0 for none). On a terminal (with --out or redirected output), a progress bar is drawn instead.", DefaultValueFactory = _ => DefaultProgressEvery };
        var command = new Command("analyze", "Score every title, paragraph, embedded post and comment: sentiment, stance toward targets, and policy frames, with evidence.")
        {
            path, format, outPath, targets, sentiment, lexicon, emoji, frames, progress, model,
        };
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
                    targetList = StanceTarget.LoadJson(targetsPath);
                    options = options with { Targets = targetList };
                }

                if (parse.GetValue(frames) is { } framesPath)
                {
                    options = options with { Frames = FramesOption.Load(framesPath, error, "analyze") };
                }

                options = ModelScorers.Apply(options, parse.GetValue(model) ?? [], targetList);

                if (parse.GetValue(sentiment) == "vader")
                {
                    var lexiconPath = parse.GetValue(lexicon) ?? throw new ArgumentException("--sentiment vader needs --lexicon FILE (VADER's vader_lexicon.txt format)");
                    var loaded = FramingAnalysis.Lexicons.LexiconLoader.LoadVader(lexiconPath);
                    var descriptions = parse.GetValue(emoji) is { } e ? VaderScorer.LoadEmojiDescriptions(e) : null;
                    options = options with { Sentiment = new VaderSentimentAdapter(VaderScorer.Create(loaded.Lexicon, descriptions)) };
                }
            }
            catch (Exception ex) when (ex is IOException or FormatException or ArgumentException or System.Text.Json.JsonException)
            {
                await error.WriteLineAsync($"framing analyze: {ex.Message}").ConfigureAwait(false);
                return FramingCli.UsageError;
            }

            var analyzer = FramingAnalyzer.Create(options);

            // The stance columns are the targets of the scorer that runs (the rule scorer's or a model's), not the options'.
            var targetNames = analyzer.Stance?.Targets.Select(t => t.Name).ToList() ?? [];
            var problems = new CorpusProblems();
            var file = parse.GetValue(outPath);
            if (parse.GetValue(format) == "parquet")
            {
                if (file is null)
                {
                    await error.WriteLineAsync("framing analyze: --format parquet needs --out FILE (Parquet is binary)").ConfigureAwait(false);
                    return FramingCli.UsageError;
                }

                return await WriteParquetAsync(analyzer, parse.GetValue(path)!, inputs.ReadOptions(parse), file, targetNames, problems, error, ct).ConfigureAwait(false);
            }

            var writer = file is null ? output : new StreamWriter(file, false, new System.Text.UTF8Encoding(false));
            try
            {
                using var records = new UnitRecordWriter(writer, parse.GetValue(format) == "csv", targetNames);
                var count = 0;
                var failed = 0;
                var every = parse.GetValue(progress);
                var interactive = every > 0 && ProgressDisplay.IsTerminal(error, file is null ? output : null);
                var bar = new ProgressDisplay(error, "framing analyze", every, interactive, interactive ? await ProgressDisplay.CountArticlesAsync(parse.GetValue(path)!, inputs.ReadOptions(parse), ct).ConfigureAwait(false) : null);
                await foreach (var article in analyzer.AnalyzeAsync(Corpus.ReadAsync(parse.GetValue(path)!, problems, inputs.ReadOptions(parse), ct), (a, ex) =>
                {
                    Interlocked.Increment(ref failed);
                    error.WriteLine($"{a.Location}: error: article '{a.Id}' could not be analyzed: {ex.Message}");
                }, ct).ConfigureAwait(false))
                {
                    records.Write(article);
                    bar.Report(++count);
                }

                bar.Complete(count);

                foreach (var p in problems)
                {
                    await error.WriteLineAsync(p.ToString()).ConfigureAwait(false);
                }

                await error.WriteLineAsync($"framing analyze: {count} articles analyzed, {failed} failed, {problems.ArticlesRejected} rejected by the reader").ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException or NotSupportedException)
            {
                await error.WriteLineAsync($"framing analyze: {ex.Message}").ConfigureAwait(false);
                return FramingCli.UsageError;
            }
            finally
            {
                if (file is not null)
                {
                    await writer.DisposeAsync().ConfigureAwait(false);
                }
            }

            return FramingCli.Ok;
        });
        return command;
    }

    // Parquet goes through FramingAnalysis.DataFrames (Parquet.Net), so the core library stays free of it.
    private static async Task<int> WriteParquetAsync(FramingAnalyzer analyzer, string corpus, CorpusReadOptions readOptions, string file, IReadOnlyList<string> targets, CorpusProblems problems, TextWriter error, CancellationToken ct)
    {
        var count = 0;
        var failed = 0;
        try
        {
            var frames = analyzer.Frames.FrameSet.Frames.Select(f => f.Id).ToList();
            await using (var units = new ParquetUnitWriter(File.Create(file), frames, targets, ownsStream: true))
            {
                await foreach (var article in analyzer.AnalyzeAsync(Corpus.ReadAsync(corpus, problems, readOptions, ct), (a, ex) =>
                {
                    Interlocked.Increment(ref failed);
                    error.WriteLine($"{a.Location}: error: article '{a.Id}' could not be analyzed: {ex.Message}");
                }, ct).ConfigureAwait(false))
                {
                    await units.WriteAsync(article, ct).ConfigureAwait(false);
                    if (++count % 500 == 0)
                    {
                        await error.WriteLineAsync($"framing analyze: {count} articles").ConfigureAwait(false);
                    }
                }
            }

            foreach (var p in problems)
            {
                await error.WriteLineAsync(p.ToString()).ConfigureAwait(false);
            }

            await error.WriteLineAsync($"framing analyze: {count} articles analyzed, {failed} failed, {problems.ArticlesRejected} rejected by the reader").ConfigureAwait(false);
            return FramingCli.Ok;
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException or NotSupportedException)
        {
            await error.WriteLineAsync($"framing analyze: {ex.Message}").ConfigureAwait(false);
            return FramingCli.UsageError;
        }
    }
}
