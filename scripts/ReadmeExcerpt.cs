// ReadmeExcerpt: keeps the excerpt of `framing compare corpus/ --targets corpus/targets.json` in README.md true.
//
//   scripts/update-readme-excerpt.sh                                  # runs the tool, then this file
//   dotnet run scripts/ReadmeExcerpt.cs -- README.md report.md         # replaces the block between the markers
//
// The excerpt is a selection of whole lines of the Markdown report, chosen by names, never by line numbers, so that a
// new section or a new table elsewhere in the report does not move it: for each entry of ReadmeExcerpt.Selection, the
// first table under the section heading of that name whose header starts with the given column names, and of its rows
// either all of them or those whose first cells are the given keys (each key must match exactly one row). A selection
// that matches nothing is an error that names it, rather than a silently shorter excerpt.
// The test project compiles this file as a library (README_EXCERPT_AS_LIBRARY): ReadmeExcerptTests runs the same
// comparison in-process and fails when README.md disagrees with it.
using System.Text;

#if !README_EXCERPT_AS_LIBRARY
if (args.Length != 2)
{
    Console.Error.WriteLine("usage: dotnet run scripts/ReadmeExcerpt.cs -- <README.md> <report.md from framing compare>");
    return 2;
}

try
{
    var readme = File.ReadAllText(args[0]);
    var updated = ReadmeExcerpt.Replace(readme, File.ReadAllText(args[1]));
    File.WriteAllText(args[0], updated, new UTF8Encoding(false));
    Console.WriteLine(updated == readme.ReplaceLineEndings("\n") ? $"{args[0]}: excerpt already up to date" : $"{args[0]}: excerpt updated");
    return 0;
}
catch (InvalidOperationException e)
{
    Console.Error.WriteLine($"ReadmeExcerpt: {e.Message}");
    return 1;
}
#endif

/// <summary>One table of the excerpt.</summary>
/// <param name="Section">The report's section heading that the table is under, without the <c>#</c> marks.</param>
/// <param name="Header">The first column names of the table's header row.</param>
/// <param name="Rows">The rows to keep, each by its first cells; null for every row.</param>
internal sealed record ExcerptTable(string Section, IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>>? Rows);

/// <summary>Selects the README excerpt from a <c>framing compare</c> Markdown report and writes it between the markers.</summary>
internal static class ReadmeExcerpt
{
    /// <summary>The line before the excerpt in README.md.</summary>
    public const string Begin = "<!-- excerpt:compare begin -->";

    /// <summary>The line after the excerpt in README.md.</summary>
    public const string End = "<!-- excerpt:compare end -->";

    /// <summary>The selection rule, the one place it is written: the group counts, three of the fifteen frame rows, one of
    /// the six pairwise rows, and three rows of the naming table of one target.</summary>
    public static readonly IReadOnlyList<ExcerptTable> Selection =
    [
        new("Counts", ["Group", "Articles"], null),
        new("Frame salience", ["Frame"], [["economic"], ["legality_constitutionality_jurisprudence"], ["crime_and_punishment"]]),
        new("Pairwise comparisons", ["Group A", "Group B", "JSD"], [["El Heraldo Valdorense", "Northbridge Courier"]]),
        new("Prison model (en)", [""], [["References"], ["Expressions"], ["Label 1"]]),
    ];

    /// <summary>The excerpt as it stands in README.md between the markers: a fenced <c>text</c> block of the selected
    /// tables, one blank line between tables.</summary>
    /// <param name="report">The Markdown report.</param>
    /// <returns>The block, lines joined by <c>\n</c>, without the markers.</returns>
    /// <exception cref="InvalidOperationException">A selection matches no section, table or row, or a row key matches
    /// more than one row.</exception>
    public static string Block(string report)
    {
        var lines = report.ReplaceLineEndings("\n").Split('\n');
        var tables = Selection.Select(t => string.Join('\n', Select(lines, t)));
        return "```text\n" + string.Join("\n\n", tables) + "\n```";
    }

    /// <summary>The block between the markers of a README, or null when it has no markers.</summary>
    /// <param name="readme">The README's text.</param>
    /// <returns>The lines between the markers, joined by <c>\n</c>.</returns>
    public static string? Current(string readme)
    {
        var text = readme.ReplaceLineEndings("\n");
        var begin = text.IndexOf(Begin + "\n", StringComparison.Ordinal);
        var end = text.IndexOf("\n" + End, StringComparison.Ordinal);
        return begin < 0 || end < begin ? null : text[(begin + Begin.Length + 1)..end];
    }

    /// <summary>The README with the block between its markers replaced by the excerpt of <paramref name="report"/>.</summary>
    /// <param name="readme">The README's text.</param>
    /// <param name="report">The Markdown report.</param>
    /// <returns>The new README text (<c>\n</c> line endings).</returns>
    /// <exception cref="InvalidOperationException">The README has no markers, or the selection fails (see <see cref="Block"/>).</exception>
    public static string Replace(string readme, string report)
    {
        var text = readme.ReplaceLineEndings("\n");
        var current = Current(text) ?? throw new InvalidOperationException($"the README has no lines '{Begin}' and '{End}'");
        var at = text.IndexOf(Begin + "\n", StringComparison.Ordinal) + Begin.Length + 1;
        return text[..at] + Block(report) + text[(at + current.Length)..];
    }

    private static IEnumerable<string> Select(string[] lines, ExcerptTable table)
    {
        var (start, end) = SectionOf(lines, table.Section);
        for (var i = start; i < end - 1; i++)
        {
            if (!IsRow(lines[i]) || !StartsWith(Cells(lines[i]), table.Header) || !lines[i + 1].StartsWith("|---", StringComparison.Ordinal))
            {
                continue;
            }

            var rows = new List<string>();
            for (var j = i + 2; j < end && IsRow(lines[j]); j++)
            {
                rows.Add(lines[j]);
            }

            var kept = table.Rows is null ? rows : table.Rows.Select(key => OneRow(rows, key, table)).ToList();
            return new[] { lines[i], lines[i + 1] }.Concat(kept);
        }

        throw new InvalidOperationException($"no table with the columns '{string.Join(" | ", table.Header)}' under the heading '{table.Section}'");
    }

    private static string OneRow(List<string> rows, IReadOnlyList<string> key, ExcerptTable table)
    {
        var matches = rows.Where(r => StartsWith(Cells(r), key)).ToList();
        return matches.Count == 1 ? matches[0]
            : throw new InvalidOperationException($"{matches.Count} rows starting '{string.Join(" | ", key)}' in the table '{string.Join(" | ", table.Header)}' under '{table.Section}' (one expected)");
    }

    private static (int Start, int End) SectionOf(string[] lines, string section)
    {
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].StartsWith('#') && lines[i].TrimStart('#').Trim() == section)
            {
                var level = lines[i].TakeWhile(c => c == '#').Count();
                var end = i + 1;
                while (end < lines.Length && !(lines[end].StartsWith('#') && lines[end].TakeWhile(c => c == '#').Count() <= level))
                {
                    end++;
                }

                return (i + 1, end);
            }
        }

        throw new InvalidOperationException($"no section headed '{section}' in the report");
    }

    private static bool IsRow(string line) => line.StartsWith('|');

    private static string[] Cells(string row) => row.Trim().Trim('|').Split('|').Select(c => c.Trim()).ToArray();

    private static bool StartsWith(string[] cells, IReadOnlyList<string> prefix) =>
        cells.Length >= prefix.Count && prefix.Select((p, k) => cells[k] == p).All(x => x);
}
