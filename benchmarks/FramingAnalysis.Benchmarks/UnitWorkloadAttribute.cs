namespace FramingAnalysis.Benchmarks;

/// <summary>
/// Marks a benchmark class whose operation scores the units of <see cref="Data.Workload"/> for its <c>Chars</c> (and
/// <c>Kind</c>) parameters, so that <see cref="BenchmarkConfig"/> adds units per second and allocated bytes per unit.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class UnitWorkloadAttribute : Attribute
{
    /// <summary>True when the operation runs over <see cref="Data.Workload.Articles"/> (every unit of each article).</summary>
    public bool Articles { get; init; }
}
