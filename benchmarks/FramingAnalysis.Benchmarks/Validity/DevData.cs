using CsvHelper;

namespace FramingAnalysis.Benchmarks.Validity;

/// <summary>
/// The real, human-annotated evaluation sets in <c>../shared/devdata/</c> (internal data: never copied into the
/// repository). Finds the folder and reads one set's TSV (written by Python's <c>csv</c> module: tab-separated, a header,
/// fields with a quote character quoted) into rows of column → cell.
/// </summary>
internal static class DevData
{
    /// <summary>The environment variable that points at the devdata folder when it is not beside the clone.</summary>
    public const string EnvironmentVariable = "FRAMING_DEVDATA";

    /// <summary>
    /// The devdata folder: <c>FRAMING_DEVDATA</c>, else <c>../shared/devdata</c> above the repository root (the folder
    /// holding <c>FramingAnalysis.sln</c>); null when neither exists.
    /// </summary>
    public static string? Find(string? explicitPath)
    {
        if (explicitPath is not null)
        {
            return Directory.Exists(explicitPath) ? Path.GetFullPath(explicitPath) : null;
        }

        if (Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } env && Directory.Exists(env))
        {
            return Path.GetFullPath(env);
        }

        return RepositoryRoot() is { } root && Path.Combine(root, "..", "shared", "devdata") is var beside && Directory.Exists(beside)
            ? Path.GetFullPath(beside)
            : null;
    }

    /// <summary>The folder holding <c>FramingAnalysis.sln</c>, looked for from the working directory and the program's folder upward.</summary>
    public static string? RepositoryRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "FramingAnalysis.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        return null;
    }

    /// <summary>Reads <c>&lt;folder&gt;/&lt;name&gt;/&lt;name&gt;.tsv</c>; every row must have the header's cell count.</summary>
    /// <exception cref="InvalidDataException">A row is malformed; the message names the file and line.</exception>
    public static List<Dictionary<string, string>> Read(string folder, string name)
    {
        var path = Path.Combine(folder, name, name + ".tsv");
        var options = new CsvReaderOptions { Separator = '\t', TrackLineNumbers = true };
        using var csv = CsvReader.Create(File.OpenRead(path), options, leaveOpen: false);
        csv.ReadHeader();
        var header = csv.Headers.ToArray();
        var rows = new List<Dictionary<string, string>>();
        while (csv.Read())
        {
            if (csv.FieldCount != header.Length)
            {
                throw new InvalidDataException($"{path}:{csv.LineNumber}: expected {header.Length} fields, found {csv.FieldCount}");
            }

            var row = new Dictionary<string, string>(header.Length, StringComparer.Ordinal);
            for (var i = 0; i < header.Length; i++)
            {
                row[header[i]] = csv.GetString(i) ?? string.Empty;
            }

            rows.Add(row);
        }

        return rows;
    }
}
