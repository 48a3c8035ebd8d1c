namespace FramingAnalysis.Benchmarks;

/// <summary>
/// Leaves a benchmark out of smoke runs (<c>FRAMING_BENCH_SMOKE=1</c>): for peers whose one-time cost (loading dozens of
/// language models) would dominate a CI check that only asks whether every benchmark still runs.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SkipInSmokeAttribute : Attribute;
