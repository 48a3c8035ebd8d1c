using System.Diagnostics;

namespace FramingAnalysis.Tests.Reporting;

/// <summary>
/// Finds headless Chromium for the browser tests, and installs it once per test run when it is missing, so that
/// <c>dotnet test</c> passes on a machine that has only the .NET SDK (issue 24, item 1). The install is the repository's
/// own <c>.ci/ensure-chromium.sh</c> (Debian's <c>chromium</c> package through apt; needs root, as on CI machines and
/// containers). Where it cannot install, the tests fail with what to run; they never skip.
/// </summary>
internal static class ChromiumSetup
{
    private static readonly string[] Names = ["chromium", "chromium-browser"];

    private static readonly Lazy<(string? Path, string Log)> Found = new(() =>
    {
        if (Search() is { } path)
        {
            return (path, string.Empty);
        }

        var log = Install();
        return (Search(), log);
    });

    /// <summary>The Chromium executable; fails the calling test (after one install attempt per run) when there is none.</summary>
    public static string Executable
    {
        get
        {
            var (path, log) = Found.Value;
            if (path is null)
            {
                Assert.Fail("Chromium is not installed and .ci/ensure-chromium.sh could not install it, so the HTML report cannot " +
                            "be checked in a browser. Run .ci/ensure-chromium.sh as root (it installs the Debian 'chromium' " +
                            "package), or put chromium on PATH, and run the tests again. The install said:\n" + log);
            }

            return path!;
        }
    }

    private static string? Search()
    {
        foreach (var name in Names)
        {
            foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = Path.Combine(dir, name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    /// <summary>Runs <c>.ci/ensure-chromium.sh</c> and returns what it printed (apt output can take a minute or two).</summary>
    private static string Install()
    {
        var script = Path.Combine(RepoPaths.Root, ".ci", "ensure-chromium.sh");
        if (!OperatingSystem.IsLinux() || !File.Exists(script))
        {
            return $"no automatic install here ({(OperatingSystem.IsLinux() ? script + " not found" : "not Linux")})";
        }

        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(script);
        try
        {
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromMinutes(10)))
            {
                process.Kill(entireProcessTree: true);
                return "the install took longer than 10 minutes and was stopped";
            }

            return $"exit {process.ExitCode}\n{Tail(output.Result)}\n{Tail(error.Result)}";
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            return "could not run bash: " + ex.Message;
        }
    }

    private static string Tail(string text) => string.Join('\n', text.Split('\n').TakeLast(15));
}
