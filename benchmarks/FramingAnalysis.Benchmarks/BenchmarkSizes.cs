namespace FramingAnalysis.Benchmarks;

/// <summary>
/// Input sizes of the benchmark classes (<c>[ParamsSource]</c>). With the environment variable
/// <c>FRAMING_BENCH_SMOKE=1</c> every class keeps only its smallest size, so that a CI smoke run
/// (<c>--job dry --inProcess</c>) checks that every benchmark runs without generating and analyzing megabytes.
/// <c>FRAMING_BENCH_CHARS=100000</c> (a comma-separated list) replaces the character sizes, to rerun one size.
/// </summary>
public static class BenchmarkSizes
{
    /// <summary>True when <c>FRAMING_BENCH_SMOKE</c> is <c>1</c>.</summary>
    public static bool Smoke => Environment.GetEnvironmentVariable("FRAMING_BENCH_SMOKE") == "1";

    /// <summary>1 KB, 100 KB and 10 MB of characters (1 KB only in smoke mode).</summary>
    public static IEnumerable<int> Chars => Override ?? (Smoke ? [1_000] : [1_000, 100_000, 10_000_000]);

    /// <summary>1 KB, 100 KB and 1 MB, for peers too slow for 10 MB (1 KB only in smoke mode).</summary>
    public static IEnumerable<int> CharsUpTo1MB => Override ?? (Smoke ? [1_000] : [1_000, 100_000, 1_000_000]);

    /// <summary>1,000 and 10,000 analyzed articles (100 in smoke mode).</summary>
    public static IEnumerable<int> Articles => Smoke ? [100] : [1_000, 10_000];

    private static int[]? Override =>
        Environment.GetEnvironmentVariable("FRAMING_BENCH_CHARS") is { Length: > 0 } list
            ? Array.ConvertAll(list.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries), s => int.Parse(s, System.Globalization.CultureInfo.InvariantCulture))
            : null;
}
