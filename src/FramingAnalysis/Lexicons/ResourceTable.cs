namespace FramingAnalysis.Lexicons;

/// <summary>
/// A tab-separated resource in the house format: <c># name:</c> and <c># version:</c> comment lines, other <c>#</c>
/// comments, a header line naming the columns, then one row per line. Used for the built-in lexicons, cue lists and
/// frame dictionaries, and for user files in the same format.
/// </summary>
/// <param name="Source">Where it was read from (a resource or file name), for messages.</param>
/// <param name="Name">The <c># name:</c> value, or the source name.</param>
/// <param name="Version">The <c># version:</c> value, or null.</param>
/// <param name="Columns">The header's column names.</param>
/// <param name="Rows">The rows, each with its 1-based line number.</param>
public sealed record ResourceTable(string Source, string Name, string? Version, IReadOnlyList<string> Columns, IReadOnlyList<(int Line, string[] Cells)> Rows)
{
    /// <summary>The index of a column by name (ordinal, case-insensitive), or -1.</summary>
    public int Column(string name)
    {
        for (var i = 0; i < Columns.Count; i++)
        {
            if (string.Equals(Columns[i], name, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Reads a table from a reader.</summary>
    /// <exception cref="FormatException">No header line.</exception>
    public static ResourceTable Read(TextReader reader, string source)
    {
        ArgumentNullException.ThrowIfNull(reader);
        string? name = null;
        string? version = null;
        string[]? columns = null;
        var rows = new List<(int, string[])>();
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0)
            {
                continue;
            }

            if (line[0] == '#')
            {
                var body = line.TrimStart('#').Trim();
                if (body.StartsWith("name:", StringComparison.OrdinalIgnoreCase))
                {
                    name = body[5..].Trim();
                }
                else if (body.StartsWith("version:", StringComparison.OrdinalIgnoreCase))
                {
                    version = body[8..].Trim();
                }

                continue;
            }

            var cells = line.Split('\t');
            if (columns is null)
            {
                columns = cells.Select(c => c.Trim()).ToArray();
                continue;
            }

            rows.Add((lineNumber, cells));
        }

        if (columns is null)
        {
            throw new FormatException($"{source}: no header line");
        }

        return new ResourceTable(source, name ?? source, version, columns, rows);
    }

    /// <summary>Reads a built-in resource by its path under <c>Lexicons/Resources/</c> (for example <c>sentiment.en.tsv</c>).</summary>
    /// <exception cref="FileNotFoundException">No such built-in resource.</exception>
    public static ResourceTable BuiltIn(string relativePath)
    {
        using var reader = OpenBuiltIn(relativePath);
        return Read(reader, relativePath);
    }

    /// <summary>Opens a built-in resource as text, for loaders that read it in another format. The caller disposes it.</summary>
    /// <exception cref="FileNotFoundException">No such built-in resource.</exception>
    public static StreamReader OpenBuiltIn(string relativePath)
    {
        var name = "FramingAnalysis.Resources." + relativePath.Replace('\\', '/');
        var stream = typeof(ResourceTable).Assembly.GetManifestResourceStream(name)
            ?? throw new FileNotFoundException($"built-in resource '{relativePath}' not found");
        return new StreamReader(stream);
    }

    /// <summary>Whether a built-in resource exists.</summary>
    public static bool HasBuiltIn(string relativePath) =>
        typeof(ResourceTable).Assembly.GetManifestResourceInfo("FramingAnalysis.Resources." + relativePath.Replace('\\', '/')) is not null;

    /// <summary>The names of all built-in resources, relative to <c>Lexicons/Resources/</c>.</summary>
    public static IReadOnlyList<string> BuiltInNames() =>
        typeof(ResourceTable).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("FramingAnalysis.Resources.", StringComparison.Ordinal))
            .Select(n => n["FramingAnalysis.Resources.".Length..])
            .Order(StringComparer.Ordinal)
            .ToList();
}
