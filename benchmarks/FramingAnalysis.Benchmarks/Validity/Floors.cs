using System.Globalization;
using System.Text;

namespace FramingAnalysis.Benchmarks.Validity;

/// <summary>
/// The floors of the validity figures, recorded in the repository as TSV (<c>set, task, metric, floor</c>): CI fails
/// when a figure falls more than the tolerance below its floor. Written only by <c>validity --write-floors</c>.
/// </summary>
internal static class Floors
{
    private const string Header = "set\ttask\tmetric\tfloor";

    public static void Write(string path, IReadOnlyList<Figure> figures)
    {
        var text = new StringBuilder()
            .AppendLine("# name: validity floors (docs/validity.md); CI fails when a figure falls more than 0.01 below its floor")
            .AppendLine("# version: 1")
            .AppendLine(Header);
        foreach (var f in figures)
        {
            // Rounded down to three decimals, so a figure equal to the run that recorded it passes.
            var floor = Math.Floor(f.Value * 1000) / 1000;
            text.Append(CultureInfo.InvariantCulture, $"{f.Set}\t{f.Task}\t{f.Metric}\t{floor:0.000}").Append('\n');
        }

        File.WriteAllText(path, text.ToString());
    }

    /// <summary>Compares the figures with the floors; prints every failure and returns 1 when there is one (or a floor has no figure).</summary>
    public static int Check(string path, IReadOnlyList<Figure> figures, double tolerance)
    {
        if (!File.Exists(path))
        {
            Console.Error.WriteLine($"validity: no floors file at {path} (record one with --write-floors)");
            return 1;
        }

        var byKey = figures.ToDictionary(f => (f.Set, f.Task, f.Metric));
        var failures = 0;
        var checkedCount = 0;
        var line = 0;
        foreach (var raw in File.ReadLines(path))
        {
            line++;
            if (raw.StartsWith('#') || raw == Header || raw.Length == 0)
            {
                continue;
            }

            var cells = raw.Split('\t');
            if (cells.Length != 4 || !double.TryParse(cells[3], NumberStyles.Float, CultureInfo.InvariantCulture, out var floor))
            {
                Console.Error.WriteLine($"{path}:{line}: floor: expected set, task, metric and a number");
                failures++;
                continue;
            }

            if (!byKey.TryGetValue((cells[0], cells[1], cells[2]), out var figure))
            {
                Console.Error.WriteLine($"{path}:{line}: no figure measured for {cells[0]} / {cells[1]} / {cells[2]}");
                failures++;
                continue;
            }

            checkedCount++;
            if (figure.Value < floor - tolerance)
            {
                Console.Error.WriteLine($"validity: {figure.Set} {figure.Task} {figure.Metric} = {figure.Value:0.000}, below its floor {floor:0.000} by more than {tolerance}");
                failures++;
            }
        }

        Console.WriteLine($"validity: {checkedCount} figures checked against their floors, {failures} failed");
        return failures == 0 ? 0 : 1;
    }
}
