using System.Globalization;
using FramingAnalysis.Analysis;
using FramingAnalysis.Benchmarks.Data;

namespace FramingAnalysis.Benchmarks;

/// <summary>
/// <c>hit-rate [--articles N] [--corpus DIR]</c>: how often the scorers find something in the generated articles, per
/// unit kind, next to the same figures for the hand-written sample corpus (<c>corpus/</c>): the share of scored units
/// with at least one sentiment lexicon hit, with a mention of one of the three targets, and with a frame cue. The
/// generator is tuned so that these are of the same order as the real corpus, so that benchmarks time realistic work.
/// </summary>
internal static class HitRateReport
{
    public static int Run(string[] args)
    {
        int count = 2_000;
        string corpus = "corpus";
        for (int i = 0; i + 1 < args.Length; i += 2)
        {
            if (args[i] == "--articles")
            {
                count = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
            }
            else if (args[i] == "--corpus")
            {
                corpus = args[i + 1];
            }
        }

        var analyzer = FramingAnalyzer.Create(new AnalyzerOptions { Targets = Workload.Targets });
        Console.WriteLine("| input | kind | units | sentiment hit | target mention | frame cue |");
        Console.WriteLine("|---|---|---:|---:|---:|---:|");
        Print($"generated ({count:N0} articles, seed {Workload.Seed})", analyzer, ArticleGenerator.Stream(Workload.Seed).Take(count));
        if (Directory.Exists(corpus))
        {
            Print($"{corpus}/ (hand-written)", analyzer, Corpus.Load(corpus).Articles);
        }

        return 0;
    }

    private static void Print(string name, FramingAnalyzer analyzer, IEnumerable<Article> articles)
    {
        var rows = new SortedDictionary<UnitKind, int[]>();
        foreach (var article in articles)
        {
            foreach (var unit in analyzer.Analyze(article).Units)
            {
                if (!unit.Unit.IsScored)
                {
                    continue;
                }

                var kind = Workload.KindOf(unit.Unit);
                if (!rows.TryGetValue(kind, out var row))
                {
                    rows[kind] = row = new int[4];
                }

                row[0]++;
                row[1] += unit.Sentiment is { Evidence.Count: > 0 } ? 1 : 0;
                bool mention = false;
                foreach (var stance in unit.Stance)
                {
                    mention |= stance.Reason != "no mention";
                }

                row[2] += mention ? 1 : 0;
                row[3] += unit.Frames is { Scores.Count: > 0 } ? 1 : 0;
            }
        }

        var total = new int[4];
        foreach (var (kind, row) in rows)
        {
            Line(name, kind.ToString(), row);
            for (int i = 0; i < 4; i++)
            {
                total[i] += row[i];
            }
        }

        Line(name, "all scored", total);
    }

    private static void Line(string name, string kind, int[] row) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {name} | {kind} | {row[0]:N0} | {Pct(row[1], row[0])} | {Pct(row[2], row[0])} | {Pct(row[3], row[0])} |"));

    private static string Pct(int part, int whole) => whole == 0 ? "-" : (100.0 * part / whole).ToString("N0", CultureInfo.InvariantCulture) + "%";
}
