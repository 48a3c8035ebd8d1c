using System.Diagnostics;
using System.Globalization;

namespace FramingAnalysis.Cli.Commands;

/// <summary>
/// Progress of a long command on standard error: a one-line bar redrawn with <c>\r</c> when standard error is a terminal
/// (and the command's own output does not go to that terminal too), otherwise a plain line every N articles, which reads
/// well in CI logs and files.
/// </summary>
internal sealed class ProgressDisplay
{
    private const int BarWidth = 30;
    private static readonly TimeSpan Redraw = TimeSpan.FromMilliseconds(100);

    private readonly TextWriter _error;
    private readonly string _name;
    private readonly int _every;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private TimeSpan? _last;
    private int _drawnWidth;

    /// <summary>Creates a display.</summary>
    /// <param name="error">Where progress goes.</param>
    /// <param name="name">The command name that prefixes plain lines (<c>framing compare</c>).</param>
    /// <param name="every">Plain mode: a line every this many articles (0 for none).</param>
    /// <param name="interactive">Whether to draw a bar.</param>
    /// <param name="total">The number of articles when known (the bar then shows a percentage).</param>
    public ProgressDisplay(TextWriter error, string name, int every, bool interactive, int? total)
    {
        _error = error;
        _name = name;
        _every = every;
        Interactive = interactive;
        Total = total;
    }

    /// <summary>Whether a bar is drawn.</summary>
    public bool Interactive { get; }

    /// <summary>The expected number of articles, when known.</summary>
    public int? Total { get; }

    /// <summary>Whether <paramref name="error"/> is the process's standard error and a terminal, and the command's output
    /// does not share that terminal (a bar between output lines would garble them).</summary>
    /// <param name="error">The error writer the command was given.</param>
    /// <param name="output">The output writer the command writes to while it runs, or null when it writes to a file.</param>
    public static bool IsTerminal(TextWriter error, TextWriter? output) =>
        ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected &&
        (output is null || !ReferenceEquals(output, Console.Out) || Console.IsOutputRedirected);

    /// <summary>Counts the articles of a corpus in a first, reading-only pass (for the bar's percentage); null when the
    /// corpus cannot be read (the command itself reports why).</summary>
    /// <param name="path">The corpus path.</param>
    /// <param name="options">The read options of the run (column mapping).</param>
    /// <param name="cancellationToken">Cancels the count.</param>
    /// <returns>The count, or null.</returns>
    public static async Task<int?> CountArticlesAsync(string path, CorpusReadOptions? options, CancellationToken cancellationToken)
    {
        try
        {
            var n = 0;
            await foreach (var _ in Corpus.ReadAsync(path, new CorpusProblems(), options, cancellationToken).ConfigureAwait(false))
            {
                n++;
            }

            return n;
        }
        catch (Exception ex) when (ex is IOException or NotSupportedException or UnauthorizedAccessException or ArgumentException)
        {
            return null;
        }
    }

    /// <summary>Reports that <paramref name="count"/> articles are done.</summary>
    /// <param name="count">Articles done so far.</param>
    public void Report(int count)
    {
        if (!Interactive)
        {
            if (_every > 0 && count % _every == 0)
            {
                _error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{_name}: {count} articles"));
            }

            return;
        }

        var now = _clock.Elapsed;
        if (_last is { } last && now - last < Redraw && count != Total)
        {
            return;
        }

        _last = now;
        Draw(count, now);
    }

    /// <summary>Ends the bar line (plain mode: nothing).</summary>
    /// <param name="count">Articles done.</param>
    public void Complete(int count)
    {
        if (!Interactive)
        {
            return;
        }

        Draw(count, _clock.Elapsed);
        _error.Write('\n');
        _error.Flush();
    }

    private void Draw(int count, TimeSpan elapsed)
    {
        var rate = elapsed.TotalSeconds > 0 ? count / elapsed.TotalSeconds : 0;
        string line;
        if (Total is > 0 and var total)
        {
            var fraction = Math.Clamp(count / (double)total, 0, 1);
            var filled = (int)Math.Round(fraction * BarWidth);
            line = string.Create(CultureInfo.InvariantCulture,
                $"{_name} [{new string('#', filled)}{new string('.', BarWidth - filled)}] {fraction * 100,3:0}% {count}/{total} articles, {rate:0.0}/s");
        }
        else
        {
            var spin = "|/-\\"[(int)(elapsed.TotalMilliseconds / 250) % 4];
            line = string.Create(CultureInfo.InvariantCulture, $"{_name} {spin} {count} articles, {rate:0.0}/s");
        }

        var pad = Math.Max(0, _drawnWidth - line.Length);
        _drawnWidth = line.Length;
        _error.Write('\r' + line + new string(' ', pad));
        _error.Flush();
    }
}
