using System.CommandLine;
using FramingAnalysis.Cli.Commands;

namespace FramingAnalysis.Cli;

/// <summary>
/// The <c>framing</c> command line: builds the command tree and runs it against the given writers, so tests can run
/// every command in-process and read what it printed.
/// </summary>
public static class FramingCli
{
    /// <summary>Exit code for success: the output is complete (problems with single records are reported on standard error).</summary>
    public const int Ok = 0;

    /// <summary>
    /// Exit code when the run failed: no article could be analyzed (an empty corpus, every record rejected, every
    /// article failed), the run was interrupted, the output could not be written, a command failed on its input, or
    /// <c>--strict</c> found a problem. No output file is left behind.
    /// </summary>
    public const int InputProblems = 1;

    /// <summary>Exit code for bad usage or bad input found before any work: an unknown or out-of-range option, a missing
    /// corpus, an unreadable targets, frames or model file, an <c>--out</c> that cannot be written.</summary>
    public const int UsageError = 2;

    /// <summary>
    /// An exception's message as a user should read it: without .NET's "(Parameter 'GroupBy')" suffix, which names a
    /// property of our options rather than anything on the command line.
    /// </summary>
    public static string Message(Exception ex) =>
        ex is ArgumentException { ParamName: { } name } ? ex.Message.Replace($" (Parameter '{name}')", string.Empty, StringComparison.Ordinal) : ex.Message;

    /// <summary>Parses <paramref name="args"/> and runs the command; returns the process exit code.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        // Saved web pages are read by the FramingAnalysis.Html package; the tool registers its reader.
        Html.HtmlCorpusReader.Register();
        var root = new RootCommand(
            "framing: how do different sources frame the same event? Load a news corpus (CSV, TSV, JSON, JSON Lines, a folder of text files or of saved web pages), " +
            "score sentiment, stance and policy frames per title, paragraph, embedded post and comment, and compare sources.");
        root.Add(CorpusCommand.Create(output, error));
        root.Add(AnalyzeCommand.Create(output, error));
        root.Add(CompareCommand.Create(output, error));
        root.Add(TrainCommand.Create(output, error));
        root.Add(EvaluateCommand.Create(output, error));
        root.Add(AgreementCommand.Create(output, error));
        root.Add(SiloCommand.Create(output, error));
        var parse = root.Parse(args);
        if (args.Length == 0)
        {
            // Bare `framing`: the overview of the commands is what a first-time user needs, not a parse error.
            await root.Parse(["--help"]).InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, cancellationToken).ConfigureAwait(false);
            return UsageError;
        }

        if (parse.Errors.Count > 0)
        {
            return await ParseErrorsAsync(parse, error).ConfigureAwait(false);
        }

        var config = new InvocationConfiguration { Output = output, Error = error };
        return await parse.InvokeAsync(config, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Bad usage found by the parser (an unknown option, a missing or unparsable value): each error on one line prefixed
    /// with the command, then where help is, instead of the whole help text; exit code <see cref="UsageError"/>.
    /// </summary>
    private static async Task<int> ParseErrorsAsync(ParseResult parse, TextWriter error)
    {
        var names = new List<string>();
        for (var c = parse.CommandResult; c is not null; c = c.Parent as System.CommandLine.Parsing.CommandResult)
        {
            names.Add(c.Command is RootCommand ? "framing" : c.Command.Name);
        }

        names.Reverse();
        var command = string.Join(' ', names);
        foreach (var e in parse.Errors)
        {
            await error.WriteLineAsync($"{command}: {e.Message}").ConfigureAwait(false);
        }

        await error.WriteLineAsync($"Run '{command} --help' for the options.").ConfigureAwait(false);
        return UsageError;
    }
}
