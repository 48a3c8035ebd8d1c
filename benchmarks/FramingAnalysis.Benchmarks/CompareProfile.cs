using System.Diagnostics;
using System.Globalization;
using FramingAnalysis.Analysis;
using FramingAnalysis.Benchmarks.Data;
using FramingAnalysis.Comparison;
using FramingAnalysis.Text;

namespace FramingAnalysis.Benchmarks;

/// <summary>
/// <c>compare-profile [--articles 10000,100000] [--distinct 10000] [--rounds 1]</c>: a diagnostic, not a benchmark.
/// Times the comparison stage at corpus scale: <see cref="ComparisonBuilder.Add"/> (µs and bytes allocated per article, on
/// one thread; it runs the text stage of outlet units again), the same with the units' texts at hand (what
/// <c>framing compare</c> pays on top of the analysis, through <see cref="ComparisonBuilder.AnalyzeAndAdd"/>), and
/// <see cref="ComparisonBuilder.Build"/> (wall and process CPU time, with the machine's cores). At most
/// <c>--distinct</c> articles are generated and analyzed (in parallel, not timed); larger sizes reuse those analyses under new
/// article ids, which keeps the statistics' cost realistic without analyzing hundreds of thousands of articles.
/// </summary>
internal static class CompareProfile
{
    public static int Run(string[] args)
    {
        int[] sizes = [10_000, 100_000];
        var distinct = 10_000;
        var rounds = 1;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--articles":
                    sizes = Array.ConvertAll(args[i + 1].Split(','), s => int.Parse(s, CultureInfo.InvariantCulture));
                    break;
                case "--distinct":
                    distinct = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
                    break;
                case "--rounds":
                    rounds = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
                    break;
                default:
                    Console.Error.WriteLine($"compare-profile: unknown option {args[i]}");
                    return 2;
            }
        }

        var analyzer = FramingAnalyzer.Create(new AnalyzerOptions { Targets = Workload.Targets });
        var options = new ComparisonOptions();
        var manifest = RunManifest.Create(analyzer, options, []);
        var setup = Stopwatch.StartNew();
        var analyses = ArticleGenerator.Stream(Workload.Seed).Take(Math.Min(distinct, sizes.Max())).AsParallel().AsOrdered().Select(analyzer.Analyze).ToArray();
        var texts = analyses.AsParallel().AsOrdered().Select(ComparisonBenchmarks.Texts).ToArray();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"compare-profile: {analyses.Length:N0} distinct analyses in {setup.Elapsed.TotalSeconds:F1} s; {Environment.ProcessorCount} cores"));
        Console.WriteLine($"{"articles",9} {"Add µs/art",10} {"Add B/art",10} {"texts µs/art",12} {"Build wall s",12} {"Build CPU s",11} {"heap MB",8}");
        foreach (var n in sizes)
        {
            for (var r = 0; r < rounds; r++)
            {
                // The CLI's path first (the units' texts at hand), on a builder that is then dropped.
                var addTexts = TimeAddWithTexts(ComparisonBuilder.For(analyzer, options), analyses, texts, n);
                var builder = ComparisonBuilder.For(analyzer, options);
                GC.Collect();
                var before = GC.GetAllocatedBytesForCurrentThread();
                var add = Stopwatch.StartNew();
                for (var i = 0; i < n; i++)
                {
                    builder.Add(Renamed(analyses, i));
                }

                add.Stop();
                var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
                GC.Collect();
                var heap = GC.GetTotalMemory(true);
                var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                var wall = Stopwatch.StartNew();
                var result = builder.Build(manifest);
                wall.Stop();
                var buildCpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
                GC.KeepAlive(result);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{n,9:N0} {add.Elapsed.TotalMicroseconds / n,10:F1} {allocated / (double)n,10:F0} {addTexts.TotalMicroseconds / n,12:F1} {wall.Elapsed.TotalSeconds,12:F2} {buildCpu.TotalSeconds,11:F2} {heap / 1e6,8:F0}"));
            }
        }

        return 0;
    }

    private static TimeSpan TimeAddWithTexts(ComparisonBuilder builder, ArticleAnalysis[] analyses, AnalyzedText[][] texts, int n)
    {
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < n; i++)
        {
            builder.Add(Renamed(analyses, i), texts[i % analyses.Length]);
        }

        return watch.Elapsed;
    }

    // Analysis i, under a new article id once the distinct analyses are used up.
    private static ArticleAnalysis Renamed(ArticleAnalysis[] analyses, int i)
    {
        var a = analyses[i % analyses.Length];
        return i < analyses.Length ? a : a with { Article = a.Article with { Id = a.Article.Id + "~" + (i / analyses.Length).ToString(CultureInfo.InvariantCulture) } };
    }
}
