using System.Diagnostics;
using System.Globalization;
using FramingAnalysis.Analysis;
using FramingAnalysis.Benchmarks.Data;
using FramingAnalysis.Frames;
using FramingAnalysis.Sentiment;
using FramingAnalysis.Stance;
using FramingAnalysis.Text;

namespace FramingAnalysis.Benchmarks;

/// <summary>
/// <c>stage-profile [--chars 10MB] [--rounds 5] [--only NAME]</c>: a diagnostic, not a benchmark. Times each stage of the per-article
/// pipeline separately over the same generated articles (best of several rounds, thread CPU time) and prints where the
/// time goes, so that a change to one stage can be judged before a BenchmarkDotNet run. The figures are rough; the
/// tables in <c>benchmarks/README.md</c> come from BenchmarkDotNet.
/// </summary>
internal static class StageProfile
{
    public static int Run(string[] args)
    {
        var chars = 10_000_000;
        var rounds = 5;
        string? only = null;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--chars":
                    chars = (int)GenerateCommand.ParseSize(args[i + 1]);
                    break;
                case "--only":
                    only = args[i + 1];
                    break;
                case "--rounds":
                    rounds = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
                    break;
                default:
                    Console.Error.WriteLine($"stage-profile: unknown option {args[i]}");
                    return 2;
            }
        }

        var articles = Workload.Articles(chars);
        var units = new List<TextUnit>();
        foreach (var article in articles)
        {
            units.AddRange(UnitSplitter.Default.Split(article));
        }

        var scored = units.Where(u => u.IsScored).ToArray();
        var texts = new AnalyzedText[scored.Length];
        for (var i = 0; i < scored.Length; i++)
        {
            texts[i] = TextPipeline.Default.Analyze(scored[i].Text, scored[i].DeclaredLanguage);
        }

        var sentiment = RuleSentimentScorer.CreateDefault();
        var stance = RuleStanceScorer.Create(Workload.Targets);
        var frames = DictionaryFrameScorer.Default;
        var analyzer = FramingAnalyzer.Create(new AnalyzerOptions { Targets = Workload.Targets, Parallelism = 1 });

        var rows = new (string Name, Func<long> Body)[]
        {
            ("split into units", () =>
            {
                long n = 0;
                foreach (var article in articles)
                {
                    n += UnitSplitter.Default.Split(article).Count;
                }

                return n;
            }),
            ("text stage (scored units)", () =>
            {
                long n = 0;
                foreach (var unit in scored)
                {
                    n += TextPipeline.Default.Analyze(unit.Text, unit.DeclaredLanguage).TokenCount;
                }

                return n;
            }),
            ("  tokenizer only", () =>
            {
                long n = 0;
                var list = new List<Token>(1024);
                foreach (var unit in scored)
                {
                    list.Clear();
                    Tokenizer.Default.Tokenize(unit.Text, list);
                    n += list.Count;
                }

                return n;
            }),
            ("  language id only", () =>
            {
                long n = 0;
                foreach (var unit in scored)
                {
                    n += LanguageIdentifier.Default.Identify(unit.Text).Language.Length;
                }

                return n;
            }),
            ("  language id, text stage path", () =>
            {
                long n = 0;
                foreach (var t in texts)
                {
                    n += LanguageIdentifier.Default.Identify(t.Text, t.TokenSpan, t.KeyBuffer, t.KeyStarts.AsSpan(0, t.TokenCount), t.KeyEnds.AsSpan(0, t.TokenCount)).Language.Length;
                }

                return n;
            }),
            ("sentiment", () =>
            {
                double s = 0;
                foreach (var text in texts)
                {
                    s += sentiment.Score(text).Compound;
                }

                return (long)s;
            }),
            ("stance (3 targets)", () =>
            {
                // As the analyzer runs it: one context per article, so targets carry between units and a comment that
                // names no target is read as about the article's (without a context the scorer does less work).
                long n = 0;
                StanceContext? context = null;
                string? article = null;
                for (var i = 0; i < texts.Length; i++)
                {
                    if (!string.Equals(scored[i].ArticleId, article, StringComparison.Ordinal))
                    {
                        article = scored[i].ArticleId;
                        context = new StanceContext(stance.Targets.Count);
                    }

                    n += stance.Score(texts[i], scored[i], context).Count;
                }

                return n;
            }),
            ("frames", () =>
            {
                long n = 0;
                foreach (var text in texts)
                {
                    n += frames.Score(text).Scores.Count;
                }

                return n;
            }),
            ("full pipeline (FramingAnalyzer)", () =>
            {
                long n = 0;
                foreach (var article in articles)
                {
                    n += analyzer.Analyze(article).Units.Count;
                }

                return n;
            }),
        };

        Console.WriteLine($"stage-profile: {articles.Count:N0} articles, {units.Count:N0} units ({scored.Length:N0} scored), {chars:N0} chars, best of {rounds} rounds");
        Console.WriteLine($"{"stage",-34} {"ms",10} {"Mchar/s",9} {"MB alloc",10}");
        foreach (var (name, body) in rows)
        {
            if (only is not null && !name.Contains(only, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            body();
            var best = TimeSpan.MaxValue;
            long allocated = 0;
            for (var r = 0; r < rounds; r++)
            {
                var before = GC.GetAllocatedBytesForCurrentThread();
                var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                var wall = Stopwatch.StartNew();
                body();
                var elapsed = TimeSpan.FromTicks(Math.Min(wall.Elapsed.Ticks, (Process.GetCurrentProcess().TotalProcessorTime - cpu).Ticks));
                allocated = GC.GetAllocatedBytesForCurrentThread() - before;
                if (elapsed < best)
                {
                    best = elapsed;
                }
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-34} {best.TotalMilliseconds,10:F1} {chars / best.TotalSeconds / 1e6,9:F1} {allocated / 1e6,10:F1}"));
        }

        return 0;
    }
}
