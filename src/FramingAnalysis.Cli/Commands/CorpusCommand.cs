using System.CommandLine;

namespace FramingAnalysis.Cli.Commands;

/// <summary><c>framing corpus &lt;path&gt;</c>: loads a corpus and prints its counts and every problem.</summary>
internal static class CorpusCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var path = new Argument<string>("path") { Description = "A corpus: a folder with articles.csv or articles.tsv (and comments.csv/.tsv), a .csv, .tsv, .jsonl or .json file, or a folder of .txt/.md files or saved .html pages (subfolder = source)." };
        var strict = new Option<bool>("--strict") { Description = "Exit with code 1 when any problem (warning or error) was found." };
        var command = new Command("corpus", "Load a corpus and print counts per source, language and unit kind, then every problem as file:line: message.")
        {
            path,
            strict,
        };
        var inputs = new CorpusInputOptions();
        inputs.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            var input = parse.GetValue(path)!;
            LoadedCorpus corpus;
            try
            {
                corpus = await Corpus.LoadAsync(input, inputs.ReadOptions(parse), ct).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is IOException or NotSupportedException or UnauthorizedAccessException)
            {
                await error.WriteLineAsync($"framing corpus: {ex.Message}").ConfigureAwait(false);
                return FramingCli.UsageError;
            }

            CorpusSummary.Write(output, corpus);
            if (corpus.Problems.ArticlesRead == 0)
            {
                // An empty corpus, or one whose every record was rejected, is not a usable corpus.
                await error.WriteLineAsync($"framing corpus: no article could be read from {input}").ConfigureAwait(false);
                return FramingCli.InputProblems;
            }

            return parse.GetValue(strict) && corpus.Problems.Count > 0 ? FramingCli.InputProblems : FramingCli.Ok;
        });
        return command;
    }
}
