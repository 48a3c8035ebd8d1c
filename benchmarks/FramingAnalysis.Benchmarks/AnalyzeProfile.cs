using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using FramingAnalysis.Benchmarks.Data;
using FramingAnalysis.Cli;

namespace FramingAnalysis.Benchmarks;

/// <summary>
/// <c>analyze-profile [--records 187800] [--rounds 3]</c>: a diagnostic, not a benchmark. Times the whole
/// <c>framing analyze</c> code path (reader, unit splitting, scoring, record writing to a file) in process on short
/// records, one sentence per record as in issue 22's workload (news sentences about 90 characters long), once per
/// <c>--evidence</c> level, best of several rounds; process start-up (about 0.1 s) is not included. The records are
/// generated sentences (<see cref="ArticleGenerator"/>), written to a temporary file that is deleted afterwards.
/// </summary>
internal static class AnalyzeProfile
{
    // Issue 22 measured Python VADER's scoring alone on its 187,800 short records at about 7 s on this machine class
    // (framing analyze took 2.9 s, "2.4x faster"); it was not rerun here (Python is not installed on the build machines).
    private const double VaderSecondsPer187800 = 2.9 * 2.4;

    public static int Run(string[] args)
    {
        var records = 187_800;
        var rounds = 3;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--records":
                    records = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
                    break;
                case "--rounds":
                    rounds = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
                    break;
                default:
                    Console.Error.WriteLine($"analyze-profile: unknown option {args[i]}");
                    return 2;
            }
        }

        var input = Path.Combine(Path.GetTempPath(), $"framing-analyze-profile-{Environment.ProcessId}.jsonl");
        var output = Path.ChangeExtension(input, ".out.jsonl");
        try
        {
            var chars = WriteRecords(input, records);
            var vader = VaderSecondsPer187800 * records / 187_800;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"analyze-profile: {records:N0} records, {chars:N0} chars ({chars / (double)records:F0} per record), {Environment.ProcessorCount} cores, best of {rounds}"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"context: Python VADER scoring alone, as issue 22 measured it, about {vader:F1} s for this many records"));
            Console.WriteLine("evidence        s   Mchar/s   records/s   output MB   vs VADER");
            foreach (var level in new[] { "all", "top", "none" })
            {
                var best = double.MaxValue;
                for (var r = 0; r < rounds; r++)
                {
                    var watch = Stopwatch.StartNew();
                    using var stdout = new StringWriter();
                    using var stderr = new StringWriter();
                    var code = FramingCli.RunAsync(["analyze", input, "--progress-every", "0", "--evidence", level, "-o", output], stdout, stderr).GetAwaiter().GetResult();
                    watch.Stop();
                    if (code != FramingCli.Ok)
                    {
                        Console.Error.WriteLine(stderr.ToString());
                        return 1;
                    }

                    best = Math.Min(best, watch.Elapsed.TotalSeconds);
                }

                var mb = new FileInfo(output).Length / 1e6;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{level,-8} {best,8:F2} {chars / best / 1e6,9:F1} {records / best,11:N0} {mb,11:F1} {vader / best,9:F1}x"));
            }

            return 0;
        }
        finally
        {
            File.Delete(input);
            File.Delete(output);
        }
    }

    // One generated sentence of 40-160 characters per record, as JSON Lines with the fields a scraped feed has.
    private static long WriteRecords(string path, int count)
    {
        long chars = 0;
        var written = 0;
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        foreach (var article in ArticleGenerator.Stream(Workload.Seed))
        {
            foreach (var paragraph in article.Paragraphs)
            {
                foreach (var sentence in paragraph.Split(". ", StringSplitOptions.RemoveEmptyEntries))
                {
                    var text = sentence.EndsWith('.') ? sentence : sentence + ".";
                    if (text.Length is < 40 or > 160)
                    {
                        continue;
                    }

                    writer.Write(JsonSerializer.Serialize(new Dictionary<string, string>
                    {
                        ["id"] = "r" + written.ToString(CultureInfo.InvariantCulture),
                        ["source"] = article.Source,
                        ["language"] = article.Language ?? "en",
                        ["text"] = text,
                    }));
                    writer.Write('\n');
                    chars += text.Length;
                    if (++written == count)
                    {
                        return chars;
                    }
                }
            }
        }

        return chars;
    }
}
