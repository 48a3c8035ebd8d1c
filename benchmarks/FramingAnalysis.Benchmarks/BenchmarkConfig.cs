using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Filters;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace FramingAnalysis.Benchmarks;

/// <summary>
/// The one configuration every benchmark class uses (<c>[Config(typeof(BenchmarkConfig))]</c>): memory diagnostics,
/// and a throughput column in millions of characters per second for classes with a <c>Chars</c> parameter,
/// so that sizes and peers compare at a glance; for classes marked <see cref="UnitWorkloadAttribute"/>, thousands of
/// units per second and allocated bytes per unit. Jobs come from the command line (<c>--job short</c>, <c>--job dry</c>);
/// without one, BenchmarkDotNet's default (full) job runs.
/// </summary>
public sealed class BenchmarkConfig : ManualConfig
{
    /// <summary>Creates the shared configuration.</summary>
    public BenchmarkConfig()
    {
        AddDiagnoser(MemoryDiagnoser.Default);
        AddColumn(new ThroughputColumn());
        AddColumn(new UnitColumn(perSecond: true));
        AddColumn(new UnitColumn(perSecond: false));
        AddColumn(RankColumn.Arabic);
        // BenchmarkDotNet builds a generated project per run; on a shared 2-core machine that can take longer than its
        // default two minutes.
        WithBuildTimeout(TimeSpan.FromMinutes(10));
        if (BenchmarkSizes.Smoke)
        {
            AddFilter(new SimpleFilter(b => !Attribute.IsDefined(b.Descriptor.WorkloadMethod, typeof(SkipInSmokeAttribute))));
        }

        SummaryStyle = BenchmarkDotNet.Reports.SummaryStyle.Default.WithRatioStyle(RatioStyle.Trend);
    }

    /// <summary>Millions of input characters per second, from the mean time and the <c>Chars</c> parameter.</summary>
    private sealed class ThroughputColumn : IColumn
    {
        public string Id => nameof(ThroughputColumn);

        public string ColumnName => "Mchar/s";

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Custom;

        public int PriorityInCategory => 0;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Dimensionless;

        public string Legend => "Millions of input characters (UTF-16 code units) processed per second, at the mean time";

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            BenchmarkReport? report = summary[benchmarkCase];
            object? chars = benchmarkCase.Parameters.Items.FirstOrDefault(p => p.Name == "Chars")?.Value;
            if (report?.ResultStatistics is null || chars is not int count)
            {
                return "-";
            }

            double seconds = report.ResultStatistics.Mean / 1e9;
            return (count / seconds / 1e6).ToString("N1", System.Globalization.CultureInfo.InvariantCulture);
        }

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

        public bool IsAvailable(Summary summary) => true;
    }

    /// <summary>Thousands of units per second, or allocated bytes per unit, for <see cref="UnitWorkloadAttribute"/> classes.</summary>
    private sealed class UnitColumn(bool perSecond) : IColumn
    {
        public string Id => nameof(UnitColumn) + perSecond;

        public string ColumnName => perSecond ? "kunit/s" : "B/unit";

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Custom;

        public int PriorityInCategory => perSecond ? 1 : 2;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Dimensionless;

        public string Legend => perSecond
            ? "Thousands of text units (titles, paragraphs, posts, comments) processed per second, at the mean time"
            : "Managed bytes allocated per operation divided by the units in it";

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            var workload = (UnitWorkloadAttribute?)Attribute.GetCustomAttribute(benchmarkCase.Descriptor.Type, typeof(UnitWorkloadAttribute));
            BenchmarkReport? report = summary[benchmarkCase];
            object? chars = benchmarkCase.Parameters.Items.FirstOrDefault(p => p.Name == "Chars")?.Value;
            object? kind = benchmarkCase.Parameters.Items.FirstOrDefault(p => p.Name == "Kind")?.Value;
            if (workload is null || report?.ResultStatistics is null || chars is not int count)
            {
                return "-";
            }

            int units = Data.Workload.CountUnits(workload.Articles, count, kind as UnitKind?);
            if (units == 0)
            {
                return "-";
            }

            if (perSecond)
            {
                double seconds = report.ResultStatistics.Mean / 1e9;
                return (units / seconds / 1e3).ToString("N1", System.Globalization.CultureInfo.InvariantCulture);
            }

            long? bytes = report.GcStats.GetBytesAllocatedPerOperation(benchmarkCase);
            return bytes is null ? "-" : ((double)bytes.Value / units).ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
        }

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

        public bool IsAvailable(Summary summary) => true;
    }
}
