using System.Reflection;

namespace FramingAnalysis.Internal;

/// <summary>
/// Reads the TSV resources embedded in this assembly (<c>Lexicons/Resources/**/*.tsv</c>, manifest name
/// <c>FramingAnalysis.Resources.&lt;relative path&gt;</c>): <c># key: value</c> comment lines, one header line naming the
/// columns, then one record per line. Blank lines are skipped.
/// </summary>
internal static class EmbeddedTsv
{
    /// <summary>The prefix of every manifest resource name made from <c>Lexicons/Resources</c>.</summary>
    internal const string Prefix = "FramingAnalysis.Resources.";

    /// <summary>Returns the data rows of a resource, split on tabs, without comments and header.</summary>
    /// <param name="relativePath">The path below <c>Lexicons/Resources</c>, with <c>/</c> separators.</param>
    /// <param name="expectedHeader">The header line the file must have (columns separated by tabs).</param>
    internal static List<string[]> ReadRows(string relativePath, string expectedHeader)
    {
        string name = Prefix + relativePath;
        using Stream stream = typeof(EmbeddedTsv).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded resource '{name}' is missing from {typeof(EmbeddedTsv).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        var rows = new List<string[]>();
        bool headerSeen = false;
        int lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (!headerSeen)
            {
                if (!string.Equals(line.TrimEnd(), expectedHeader, StringComparison.Ordinal))
                {
                    throw new InvalidDataException($"{name}:{lineNumber}: expected header '{expectedHeader}' but found '{line}'.");
                }

                headerSeen = true;
                continue;
            }

            rows.Add(line.Split('\t'));
        }

        return rows;
    }

    /// <summary>Lists the manifest names of the TSV resources (for diagnostics and tests).</summary>
    internal static IReadOnlyList<string> ResourceNames() =>
        Array.FindAll(typeof(EmbeddedTsv).Assembly.GetManifestResourceNames(), n => n.StartsWith(Prefix, StringComparison.Ordinal));
}
