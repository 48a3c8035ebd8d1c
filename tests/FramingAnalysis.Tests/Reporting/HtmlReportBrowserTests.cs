using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using FramingAnalysis.Comparison;
using FramingAnalysis.Reporting;
using FramingAnalysis.Tests.Comparison;

namespace FramingAnalysis.Tests.Reporting;

/// <summary>
/// Opens the HTML report of the sample corpus in headless Chromium: the page loads, every chart is in the DOM after load,
/// the console stays silent, and a screenshot is written to <c>browser-check/</c> in the test output folder. Needs the
/// Debian <c>chromium</c> package, which <see cref="ChromiumSetup"/> installs once per run when it is missing. Where it
/// cannot, these tests fail, never skip.
/// </summary>
public sealed class HtmlReportBrowserTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(120);

    private static readonly Lazy<(ComparisonResult Result, string Html, string Path)> Report = new(() =>
    {
        var options = ComparisonFixture.FastOptions;
        var builder = ComparisonBuilder.For(ComparisonFixture.Analyzer, options);
        foreach (var a in ComparisonFixture.Analyses)
        {
            builder.Add(a);
        }

        var result = builder.Build(ComparisonFixture.Manifest(ComparisonFixture.Analyzer, options));
        var html = HtmlReport.Format(result);
        Directory.CreateDirectory(OutputFolder);
        var path = System.IO.Path.Combine(OutputFolder, "compare-sample.html");
        File.WriteAllText(path, html, new UTF8Encoding(false));
        return (result, html, path);
    });

    /// <summary>Where the report and the screenshot are written (kept after the run for a look).</summary>
    public static string OutputFolder => Path.Combine(AppContext.BaseDirectory, "browser-check");

    [Fact]
    public async Task The_report_loads_with_every_chart_and_a_silent_console()
    {
        var (result, html, path) = Report.Value;
        var run = await ChromiumAsync("--enable-logging=stderr", "--v=0", "--dump-dom", new Uri(path).AbsoluteUri);
        Assert.True(run.ExitCode == 0, $"chromium exited with {run.ExitCode}:\n{run.Error}");

        var dom = run.Output;
        Assert.Contains("<h1>Framing comparison</h1>", dom, StringComparison.Ordinal);
        Assert.Contains("</html>", dom, StringComparison.Ordinal);
        var expectedSvgs = Regex.Count(html, "<svg ");
        // One grouped frame chart, a trajectory per group and a stance chart per target.
        Assert.Equal(1 + result.Groups.Count + result.Targets.Count, expectedSvgs);
        Assert.Equal(expectedSvgs, Regex.Count(dom, "<svg "));

        var ids = new List<string> { "findings", "frames-chart" };
        for (var f = 0; f < result.Frames.Count; f++)
        {
            ids.Add("frames-f" + f);
        }

        for (var g = 0; g < result.Groups.Count; g++)
        {
            ids.Add("trajectory-g" + g);
            ids.Add("ev-g" + g);
        }

        for (var t = 0; t < result.Targets.Count; t++)
        {
            ids.Add("stance-t" + t);
        }

        ids.AddRange(["counts", "terms", "evidence"]);
        foreach (var id in ids)
        {
            Assert.Contains($"id=\"{id}\"", dom, StringComparison.Ordinal);
        }

        // Every in-page link resolves to an element of the loaded page.
        var targets = Regex.Matches(dom, "id=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        var links = Regex.Matches(dom, "href=\"#([^\"]+)\"").Select(m => m.Groups[1].Value).Distinct().ToList();
        Assert.NotEmpty(links);
        Assert.All(links, l => Assert.Contains(l, targets));
        Assert.Contains("<mark>", dom, StringComparison.Ordinal);

        Assert.Empty(ConsoleProblems(run.Error));
    }

    [Fact]
    public async Task A_screenshot_of_the_report_is_written()
    {
        var (_, _, path) = Report.Value;
        var png = Path.Combine(OutputFolder, "compare-sample.png");
        File.Delete(png);
        var run = await ChromiumAsync("--hide-scrollbars", "--window-size=1280,2000", "--screenshot=" + png, new Uri(path).AbsoluteUri);
        Assert.True(run.ExitCode == 0, $"chromium exited with {run.ExitCode}:\n{run.Error}");
        Assert.True(File.Exists(png), "no screenshot at " + png + ":\n" + run.Error);
        var bytes = await File.ReadAllBytesAsync(png);
        Assert.True(bytes.Length > 50_000, $"the screenshot is only {bytes.Length} bytes (a blank page is about 10 KB)");
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, bytes[..4]);
    }

    [Fact]
    public async Task The_console_check_catches_a_script_error()
    {
        // Guards the check above: if Chromium stopped logging console messages to stderr, a silent console would prove nothing.
        Directory.CreateDirectory(OutputFolder);
        var path = Path.Combine(OutputFolder, "console-error.html");
        await File.WriteAllTextAsync(path, "<!DOCTYPE html><html><body><p>x</p><script>throw new Error('deliberate');</script></body></html>");
        var run = await ChromiumAsync("--enable-logging=stderr", "--v=0", "--dump-dom", new Uri(path).AbsoluteUri);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains(ConsoleProblems(run.Error), l => l.Contains("deliberate", StringComparison.Ordinal));
    }

    /// <summary>Console lines in Chromium's log. The report has no script, so any console message is a problem (a failed
    /// resource load, a CSP or parse error); Chromium logs them all as <c>CONSOLE</c> whatever their level.</summary>
    private static List<string> ConsoleProblems(string log) =>
        log.Split('\n').Where(l => l.Contains(":CONSOLE", StringComparison.Ordinal) || l.Contains("Uncaught", StringComparison.Ordinal)
            || l.Contains("Failed to load resource", StringComparison.Ordinal)).ToList();

    private static async Task<(int ExitCode, string Output, string Error)> ChromiumAsync(params string[] args)
    {
        var chromium = ChromiumSetup.Executable;
        var profile = Path.Combine(Path.GetTempPath(), "framing-chromium-" + Guid.NewGuid().ToString("N"));
        var start = new ProcessStartInfo(chromium)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run",
            "--no-default-browser-check", "--disable-extensions", "--disable-dev-shm-usage", "--user-data-dir=" + profile,
        }.Concat(args))
        {
            start.ArgumentList.Add(a);
        }

        try
        {
            using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start " + chromium);
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            using var cts = new CancellationTokenSource(Timeout);
            try
            {
                await process.WaitForExitAsync(cts.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail($"chromium did not finish within {Timeout.TotalSeconds} s:\n{await error}");
            }

            return (process.ExitCode, await output, await error);
        }
        finally
        {
            try
            {
                Directory.Delete(profile, recursive: true);
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
    }
}
