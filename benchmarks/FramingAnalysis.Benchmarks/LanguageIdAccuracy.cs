using System.Diagnostics;
using System.Text;
using FramingAnalysis.Tests.Text;
using FramingAnalysis.Text;
using Lingua;

namespace FramingAnalysis.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project benchmarks/FramingAnalysis.Benchmarks -- langid-accuracy [--corpus DIR]</c>:
/// accuracy, confusion tables, rough single-thread speed and deployment size of our identifier and of Lingua (English +
/// Spanish, and all 79 languages) on the short-comment test set and on corpus units of five words or more.
/// </summary>
internal static class LanguageIdAccuracy
{
    private static readonly string[] Labels = ["en", "es", "und"];

    public static int Run(string[] args)
    {
        string? corpus = null;
        for (int i = 0; i < args.Length - 1; i++)
        {
            if (args[i] == "--corpus")
            {
                corpus = args[i + 1];
            }
        }

        corpus ??= CorpusUnits.FindCorpus();

        var sets = new List<(string Name, List<(string Text, string Gold)> Units)>
        {
            ("short comments (ours, 1-4 words)", LanguageIdData.ShortComments()),
        };
        if (corpus is not null)
        {
            string labels = Path.Combine(AppContext.BaseDirectory, "Data", "corpus-comment-languages.tsv");
            var (paragraphs, comments) = CorpusUnits.Read(corpus, labels);
            sets.Add(("corpus paragraphs (>=5 words)", paragraphs));
            sets.Add(("corpus comments (>=5 words)", comments));
            sets.Add(("corpus comments (<5 words, held out)", CorpusUnits.ReadShortComments(corpus, labels)));
            sets.Add(("corpus titles", CorpusUnits.ReadTitles(corpus)));
        }
        else
        {
            Console.WriteLine("No corpus found (use --corpus DIR or FRAMING_CORPUS_DIR); short comments only.");
        }

        var load = Stopwatch.StartNew();
        _ = LanguageIdentifier.Default.Identify("warm up");
        TimeSpan oursLoad = load.Elapsed;
        load.Restart();
        LanguageDetector enEs = LanguageDetectorBuilder.FromLanguages(Language.English, Language.Spanish).WithPreloadedLanguageModels().Build();
        TimeSpan enEsLoad = load.Elapsed;
        load.Restart();
        LanguageDetector all = LanguageDetectorBuilder.FromAllLanguages().WithPreloadedLanguageModels().Build();
        TimeSpan allLoad = load.Elapsed;

        var detectors = new (string Name, Func<string, string> Detect, TimeSpan Load)[]
        {
            ("FramingAnalysis LanguageIdentifier", t => LanguageIdentifier.Default.Identify(t).Language, oursLoad),
            ("Lingua (English+Spanish)", t => Map(enEs.DetectLanguageOf(t)), enEsLoad),
            ("Lingua (all 79 languages)", t => Map(all.DetectLanguageOf(t)), allLoad),
        };

        var summary = new StringBuilder("| detector | model load (preloaded) |");
        foreach (var set in sets)
        {
            summary.Append(' ').Append(set.Name).Append(" accuracy | rough µs/unit |");
        }

        summary.AppendLine().Append("|---|---|").AppendLine(string.Concat(Enumerable.Repeat("---|---|", sets.Count)));
        foreach (var detector in detectors)
        {
            summary.Append("| ").Append(detector.Name).Append(" | ").Append($"{detector.Load.TotalMilliseconds:F0} ms |");
            foreach (var (name, units) in sets)
            {
                var pairs = new List<(string Gold, string Predicted)>();
                foreach (var (text, gold) in units)
                {
                    pairs.Add((gold, detector.Detect(text)));
                }

                // Speed: a few passes over the set after the pass above warmed it up.
                const int passes = 5;
                var watch = Stopwatch.StartNew();
                for (int p = 0; p < passes; p++)
                {
                    foreach (var unit in units)
                    {
                        detector.Detect(unit.Text);
                    }
                }

                double microseconds = watch.Elapsed.TotalMicroseconds / (passes * units.Count);
                int correct = pairs.Count(p => p.Gold == p.Predicted);
                Console.WriteLine($"### {detector.Name} — {name}: {correct}/{units.Count} = {(double)correct / units.Count:P1}");
                Console.WriteLine(Confusion(pairs));
                foreach (var (pair, unit) in pairs.Zip(units))
                {
                    if (pair.Gold != pair.Predicted)
                    {
                        Console.WriteLine($"    miss: gold {pair.Gold}, got {pair.Predicted}: {Shorten(unit.Text)}");
                    }
                }

                Console.WriteLine();
                summary.Append($" {(double)correct / units.Count:P1} ({correct}/{units.Count}) | {microseconds:F1} |");
            }

            summary.AppendLine();
        }

        Console.WriteLine("## Summary");
        Console.WriteLine(summary.ToString());
        Console.WriteLine("## Deployment size (this build's output folder)");
        string bin = AppContext.BaseDirectory;
        Console.WriteLine($"- FramingAnalysis.dll (identifier, stemmers, all TSV resources): {Size(Path.Combine(bin, "FramingAnalysis.dll")) / 1024.0:F0} KiB");
        Console.WriteLine($"- Lingua.dll: {Size(Path.Combine(bin, "Lingua.dll")) / 1024.0:F0} KiB");
        string models = Path.Combine(bin, "Lingua", "LanguageModels");
        if (Directory.Exists(models))
        {
            long bytes = Directory.EnumerateFiles(models, "*", SearchOption.AllDirectories).Sum(Size);
            Console.WriteLine($"- Lingua LanguageModels/: {bytes / 1024.0 / 1024.0:F1} MiB");
        }

        Console.WriteLine($"- Process working set after loading all: {Environment.WorkingSet / 1024.0 / 1024.0:F0} MiB");
        return 0;
    }

    private static string Map(Language language) => language switch
    {
        Language.English => "en",
        Language.Spanish => "es",
        _ => "und",
    };

    private static string Confusion(List<(string Gold, string Predicted)> pairs)
    {
        var sb = new StringBuilder("| gold \\ predicted | en | es | und |\n|---|---|---|---|\n");
        foreach (string gold in Labels)
        {
            sb.Append("| ").Append(gold);
            foreach (string predicted in Labels)
            {
                sb.Append(" | ").Append(pairs.Count(p => p.Gold == gold && p.Predicted == predicted));
            }

            sb.Append(" |\n");
        }

        return sb.ToString();
    }

    private static string Shorten(string text) => text.Length <= 90 ? text : text[..90] + "…";

    private static long Size(string path) => File.Exists(path) ? new FileInfo(path).Length : 0;
}
