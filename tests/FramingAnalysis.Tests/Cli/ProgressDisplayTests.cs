using FramingAnalysis.Cli;
using FramingAnalysis.Cli.Commands;

namespace FramingAnalysis.Tests.Cli;

public sealed class ProgressDisplayTests
{
    [Fact]
    public void Plain_mode_prints_a_line_every_n_articles_and_no_carriage_return()
    {
        using var error = new StringWriter();
        var progress = new ProgressDisplay(error, "framing analyze", 2, interactive: false, total: null);
        for (var i = 1; i <= 5; i++)
        {
            progress.Report(i);
        }

        progress.Complete(5);
        Assert.Equal("framing analyze: 2 articles\nframing analyze: 4 articles\n", error.ToString().ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Bar_mode_redraws_one_line_and_ends_it_at_completion()
    {
        using var error = new StringWriter();
        var progress = new ProgressDisplay(error, "framing compare", 100, interactive: true, total: 4);
        for (var i = 1; i <= 4; i++)
        {
            progress.Report(i);
        }

        progress.Complete(4);
        var text = error.ToString();
        Assert.StartsWith("\rframing compare [", text, StringComparison.Ordinal);
        Assert.Contains("] 100% 4/4 articles", text, StringComparison.Ordinal);
        Assert.EndsWith("\n", text, StringComparison.Ordinal);
        Assert.Single(text.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task Writers_that_are_not_the_console_never_get_a_bar()
    {
        Assert.False(ProgressDisplay.IsTerminal(new StringWriter(), null));
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await FramingCli.RunAsync(["analyze", RepoPaths.Corpus, "--progress-every", "5"], output, error);
        Assert.Equal(FramingCli.Ok, code);
        Assert.Contains("framing analyze: 5 articles\n", error.ToString().ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.DoesNotContain("\r", error.ToString(), StringComparison.Ordinal);
    }
}
