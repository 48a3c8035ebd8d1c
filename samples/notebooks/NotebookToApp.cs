// NotebookToApp: turns a Polyglot (.NET Interactive) C# notebook into a .NET 10 file-based app, so CI can run the
// notebook's code without .NET Interactive (which cannot be installed there).
//
//   dotnet run samples/notebooks/NotebookToApp.cs -- samples/notebooks/compare-sources.ipynb out/compare-sources.cs
//   dotnet run out/compare-sources.cs          # from the repository root; exits non-zero naming the failing cell
//
// Rules, in cell order:
// - Markdown cells are skipped; every C# code cell is kept, in order, as top-level statements.
// - The cell tagged "references" (cell metadata tags, or a first line "// notebook: references") is replaced by one
//   "#:project" directive per "nuget: <Name>" it mentions for which src/<Name>/<Name>.csproj exists (the repository's
//   own packages); other "nuget: <Name>, <version>" references become "#:package Name@version".
// - A cell tagged "requires:<Package>" or whose first line is "// requires: <Package>" is skipped and reported: it
//   needs a package that is not merged yet.
// - "#r", "#i" and "#!" magic lines are dropped; "using X;" directives are moved to the top of the file.
// - display(x) calls a small helper that prints text (and appends HTML to $NOTEBOOK_HTML_OUT when set); a trailing
//   bare expression (a notebook cell's displayed value) becomes display(expr);.
// The test project compiles this file as a library (NOTEBOOK_TO_APP_AS_LIBRARY) to check that every cell is covered.
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

#if !NOTEBOOK_TO_APP_AS_LIBRARY
if (args.Length != 2)
{
    Console.Error.WriteLine("usage: dotnet run samples/notebooks/NotebookToApp.cs -- <notebook.ipynb> <out.cs>");
    return 2;
}

var extraction = NotebookToApp.Extract(args[0], NotebookToApp.FindRepositoryRoot(args[0]));
var outPath = Path.GetFullPath(args[1]);
Directory.CreateDirectory(Path.GetDirectoryName(outPath)!);
File.WriteAllText(outPath, extraction.Program, new UTF8Encoding(false));
Console.WriteLine($"{args[0]}: {extraction.CodeCells} code cells, {extraction.Included.Count} included, references cell {extraction.ReferencesCell?.ToString() ?? "none"}, {extraction.Skipped.Count} skipped");
foreach (var s in extraction.Skipped)
{
    Console.WriteLine($"  skipped cell {s.Cell}: requires {s.Requires} (not merged yet)");
}

Console.WriteLine($"wrote {outPath}");
return 0;
#endif

/// <summary>What was extracted from a notebook.</summary>
/// <param name="Program">The file-based app's source.</param>
/// <param name="CodeCells">Code cells in the notebook.</param>
/// <param name="Included">Indexes (0-based, over all cells) of the code cells copied into the program.</param>
/// <param name="ReferencesCell">The index of the references cell, replaced by directives; null when there is none.</param>
/// <param name="Skipped">Cells skipped because they need an unmerged package, with that package.</param>
internal sealed record NotebookExtraction(string Program, int CodeCells, IReadOnlyList<int> Included, int? ReferencesCell, IReadOnlyList<(int Cell, string Requires)> Skipped);

/// <summary>Extracts the C# code cells of a notebook into a file-based app (see the file header for the rules).</summary>
internal static partial class NotebookToApp
{
    /// <summary>The folder above <paramref name="path"/> that holds FramingAnalysis.sln.</summary>
    public static string FindRepositoryRoot(string path)
    {
        var dir = new DirectoryInfo(Path.GetDirectoryName(Path.GetFullPath(path))!);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "FramingAnalysis.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException($"{path}: no FramingAnalysis.sln above it");
    }

    /// <summary>Extracts a notebook.</summary>
    public static NotebookExtraction Extract(string notebookPath, string repositoryRoot)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(notebookPath));
        var cells = doc.RootElement.GetProperty("cells");
        var usings = new SortedSet<string>(StringComparer.Ordinal);
        var directives = new List<string>();
        var body = new StringBuilder();
        var included = new List<int>();
        var skipped = new List<(int, string)>();
        int? referencesCell = null;
        var codeCells = 0;
        var index = -1;
        foreach (var cell in cells.EnumerateArray())
        {
            index++;
            if (cell.GetProperty("cell_type").GetString() != "code")
            {
                continue;
            }

            codeCells++;
            var source = Source(cell);
            var tags = Tags(cell);
            var firstLine = source.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0 && !l.StartsWith("#!", StringComparison.Ordinal)) ?? string.Empty;
            var requires = tags.FirstOrDefault(t => t.StartsWith("requires:", StringComparison.Ordinal))?["requires:".Length..]
                ?? (firstLine.StartsWith("// requires:", StringComparison.Ordinal) ? firstLine["// requires:".Length..].Trim() : null);
            if (requires is not null)
            {
                skipped.Add((index, requires));
                continue;
            }

            if (tags.Contains("references") || firstLine.StartsWith("// notebook: references", StringComparison.Ordinal))
            {
                referencesCell = index;
                directives.AddRange(Directives(source, repositoryRoot));
                continue;
            }

            included.Add(index);
            body.Append("// ---- cell ").Append(index).Append(" ----\n");
            body.Append("NotebookHost.Cell(").Append(index).Append(");\n");
            body.Append(Translate(source, usings)).Append('\n');
        }

        var program = new StringBuilder();
        program.Append("// Generated from ").Append(Path.GetFileName(notebookPath)).Append(" by samples/notebooks/NotebookToApp.cs; do not edit.\n");
        // File-based apps default to PublishAot, which turns off dynamic code at run time; ML.NET needs it.
        program.Append("#:property PublishAot=false\n");
        foreach (var d in directives.Distinct(StringComparer.Ordinal))
        {
            program.Append(d).Append('\n');
        }

        // The generated app is a check, not a library: its analyzers must not fail it on style.
        program.Append("#:property TreatWarningsAsErrors=false\n#:property EnforceCodeStyleInBuild=false\n#:property NoWarn=$(NoWarn);CS1591;IDE0005;CA1050\n");
        foreach (var u in usings)
        {
            program.Append(u).Append('\n');
        }

        program.Append('\n').Append(body).Append("NotebookHost.Done();\n\n").Append(HostSource);
        return new NotebookExtraction(program.ToString(), codeCells, included, referencesCell, skipped);
    }

    private static string Source(JsonElement cell)
    {
        var source = cell.GetProperty("source");
        return (source.ValueKind == JsonValueKind.Array ? string.Concat(source.EnumerateArray().Select(s => s.GetString())) : source.GetString() ?? string.Empty)
            .ReplaceLineEndings("\n");
    }

    private static List<string> Tags(JsonElement cell) =>
        cell.TryGetProperty("metadata", out var m) && m.TryGetProperty("tags", out var t) && t.ValueKind == JsonValueKind.Array
            ? t.EnumerateArray().Select(x => x.GetString() ?? string.Empty).ToList()
            : [];

    private static IEnumerable<string> Directives(string source, string root)
    {
        foreach (Match m in NugetReference().Matches(source))
        {
            var name = m.Groups["name"].Value;
            var project = Path.Combine(root, "src", name, name + ".csproj");
            if (File.Exists(project))
            {
                yield return "#:project " + project;
            }
            else if (m.Groups["version"].Success)
            {
                yield return $"#:package {name}@{m.Groups["version"].Value}";
            }
        }
    }

    private static string Translate(string source, SortedSet<string> usings)
    {
        var lines = new List<string>();
        foreach (var raw in source.Split('\n'))
        {
            var t = raw.Trim();
            if (t.StartsWith("#r ", StringComparison.Ordinal) || t.StartsWith("#i ", StringComparison.Ordinal) || t.StartsWith("#!", StringComparison.Ordinal))
            {
                continue;
            }

            if (UsingDirective().IsMatch(t))
            {
                usings.Add(t);
                continue;
            }

            lines.Add(raw);
        }

        // A trailing bare expression is what a notebook displays; in a program it has to be an explicit display call.
        var last = lines.FindLastIndex(l => l.Trim().Length > 0 && !l.TrimStart().StartsWith("//", StringComparison.Ordinal));
        if (last >= 0)
        {
            var t = lines[last].Trim();
            if (!t.EndsWith(';') && !t.EndsWith('}') && !t.EndsWith('{') && !t.EndsWith(','))
            {
                lines[last] = "display(" + t + ");";
            }
        }

        return string.Join('\n', lines).TrimEnd();
    }

    [GeneratedRegex(@"nuget:\s*(?<name>[A-Za-z0-9_.]+)(\s*,\s*(?<version>[0-9][A-Za-z0-9_.\-]*))?")]
    private static partial Regex NugetReference();

    [GeneratedRegex(@"^using\s+(static\s+)?[A-Za-z_][A-Za-z0-9_.]*(\s*=\s*[A-Za-z_][A-Za-z0-9_.<>, ]*)?;$")]
    private static partial Regex UsingDirective();

    private const string HostSource = """
        static void display(object? value) => NotebookHost.Display(value);

        /// <summary>Stands in for .NET Interactive: prints what a cell displays and says which cell failed.</summary>
        internal static class NotebookHost
        {
            private static int _cell = -1;
            private static int _cells;

            public static void Cell(int index)
            {
                if (_cell < 0)
                {
                    AppDomain.CurrentDomain.UnhandledException += (_, e) =>
                        Console.Error.WriteLine($"notebook: cell {_cell} failed: {e.ExceptionObject}");
                }

                _cell = index;
                _cells++;
                Console.WriteLine($"── cell {index} ──");
            }

            public static void Done() => Console.WriteLine($"notebook: {_cells} cells ran");

            public static void Display(object? value)
            {
                if (value is null)
                {
                    Console.WriteLine("<null>");
                    return;
                }

                var type = value.GetType();
                var text = type.GetMethod("ToDisplayString", [typeof(string)])?.Invoke(value, ["text/plain"]) as string ?? value.ToString();
                Console.WriteLine(text);
                if (Environment.GetEnvironmentVariable("NOTEBOOK_HTML_OUT") is { Length: > 0 } htmlPath
                    && type.GetMethod("ToHtml", Type.EmptyTypes)?.Invoke(value, null) is string html)
                {
                    File.AppendAllText(htmlPath, $"<section data-cell=\"{_cell}\">{html}</section>\n");
                }
            }
        }

        """;
}
