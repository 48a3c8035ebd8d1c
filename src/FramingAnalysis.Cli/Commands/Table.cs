namespace FramingAnalysis.Cli.Commands;

/// <summary>Writes a plain-text table with aligned columns; numbers right-aligned.</summary>
internal static class Table
{
    public static void Write(TextWriter output, IReadOnlyList<string> header, IReadOnlyList<string[]> rows)
    {
        var widths = header.Select(h => h.Length).ToArray();
        foreach (var row in rows)
        {
            for (var i = 0; i < row.Length && i < widths.Length; i++)
            {
                widths[i] = Math.Max(widths[i], row[i].Length);
            }
        }

        output.WriteLine(Format(header, widths));
        output.WriteLine(string.Join("  ", widths.Select(w => new string('-', w))));
        foreach (var row in rows)
        {
            output.WriteLine(Format(row, widths));
        }
    }

    private static string Format(IReadOnlyList<string> cells, int[] widths)
    {
        var parts = new string[widths.Length];
        for (var i = 0; i < widths.Length; i++)
        {
            var cell = i < cells.Count ? cells[i] : string.Empty;
            parts[i] = IsNumber(cell) ? cell.PadLeft(widths[i]) : cell.PadRight(widths[i]);
        }

        return string.Join("  ", parts).TrimEnd();
    }

    private static bool IsNumber(string s) => s.Length > 0 && double.TryParse(s, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _);
}
