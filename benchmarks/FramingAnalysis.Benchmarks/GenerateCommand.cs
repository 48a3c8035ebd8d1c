using System.Globalization;
using FramingAnalysis.Benchmarks.Data;

namespace FramingAnalysis.Benchmarks;

/// <summary>
/// <c>generate --out FILE --size 100MB [--seed N]</c>: writes a JSON Lines corpus of <see cref="ArticleGenerator"/>
/// articles until the file reaches the size, for timing <c>framing analyze</c> and <c>framing compare</c> at scale.
/// It lives here rather than in the <c>framing</c> tool because the phrase bank is benchmark data, not something the
/// shipped tool should carry. The output is never committed (it is large and a pure function of the seed).
/// </summary>
internal static class GenerateCommand
{
    public static int Run(string[] args)
    {
        string? output = null;
        long size = 100_000_000;
        int seed = Workload.Seed;
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--out" when i + 1 < args.Length:
                    output = args[++i];
                    break;
                case "--size" when i + 1 < args.Length:
                    size = ParseSize(args[++i]);
                    break;
                case "--seed" when i + 1 < args.Length:
                    seed = int.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                default:
                    Console.Error.WriteLine("usage: generate --out FILE [--size 100MB|1GB|500KB] [--seed N]");
                    return 2;
            }
        }

        if (output is null)
        {
            Console.Error.WriteLine("usage: generate --out FILE [--size 100MB|1GB|500KB] [--seed N]");
            return 2;
        }

        var started = System.Diagnostics.Stopwatch.StartNew();
        int articles = 0;
        using (var stream = new FileStream(output, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20))
        {
            JsonlCorpusWriter.Write(stream, Until(stream, size, seed, () => articles++));
        }

        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"generate: {articles:N0} articles, {new FileInfo(output).Length:N0} bytes, seed {seed}, in {started.Elapsed.TotalSeconds:N1} s -> {output}"));
        return 0;
    }

    /// <summary>Parses 500KB, 100MB, 1GB (decimal: 1 MB = 1,000,000 bytes) or a plain byte count.</summary>
    public static long ParseSize(string text)
    {
        string t = text.Trim().ToUpperInvariant();
        (string suffix, long factor)[] units = [("GB", 1_000_000_000), ("MB", 1_000_000), ("KB", 1_000), ("B", 1)];
        foreach (var (suffix, factor) in units)
        {
            if (t.EndsWith(suffix, StringComparison.Ordinal))
            {
                return (long)(double.Parse(t[..^suffix.Length], CultureInfo.InvariantCulture) * factor);
            }
        }

        return long.Parse(t, CultureInfo.InvariantCulture);
    }

    private static IEnumerable<Article> Until(Stream stream, long size, int seed, Action counted)
    {
        foreach (var article in ArticleGenerator.Stream(seed))
        {
            if (stream.Position >= size)
            {
                yield break;
            }

            counted();
            yield return article;
        }
    }
}
