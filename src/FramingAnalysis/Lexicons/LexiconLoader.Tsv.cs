namespace FramingAnalysis.Lexicons;

public static partial class LexiconLoader
{
    /// <summary>
    /// Loads our own format from a file: see <see cref="LoadTsv(TextReader, string, LexiconLoadOptions?)"/>.
    /// </summary>
    /// <param name="path">The file to read (UTF-8).</param>
    /// <param name="options">Strictness and metadata overrides; <see langword="null"/> for the defaults.</param>
    /// <returns>The lexicon and the problems found. Problems name <paramref name="path"/> as the file.</returns>
    public static LexiconLoadResult LoadTsv(string path, LexiconLoadOptions? options = null)
    {
        using StreamReader reader = OpenText(path);
        return LoadTsv(reader, path, options, DefaultName(path));
    }

    /// <summary>
    /// Loads our own format: lines starting with <c>#</c> are comments, and <c># name: X</c>, <c># version: Y</c>,
    /// <c># language: en</c> comments set the metadata. The first other line is a header naming at least a
    /// <c>term</c> and a <c>valence</c> column (any order, case-insensitive, more columns allowed and ignored). The
    /// header decides the separator: a tab if it contains one, otherwise a comma. Fields may be double-quoted (with
    /// <c>""</c> for a quote) so terms can hold the separator. Valences are parsed with the invariant culture and
    /// must be finite.
    /// </summary>
    /// <param name="reader">The text to read; not disposed.</param>
    /// <param name="sourceName">The name to use in problems and, absent other metadata, as the lexicon name.</param>
    /// <param name="options">Strictness and metadata overrides; <see langword="null"/> for the defaults.</param>
    /// <returns>The lexicon and the problems found.</returns>
    /// <remarks>
    /// When the header lacks a <c>term</c> or <c>valence</c> column, that is reported once on the header line and the
    /// lexicon is empty: no data line can be interpreted without it.
    /// </remarks>
    public static LexiconLoadResult LoadTsv(TextReader reader, string sourceName, LexiconLoadOptions? options = null) =>
        LoadTsv(reader, sourceName, options, sourceName);

    private static LexiconLoadResult LoadTsv(TextReader reader, string sourceName, LexiconLoadOptions? options, string defaultName)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentException.ThrowIfNullOrEmpty(sourceName);
        options ??= LexiconLoadOptions.Default;
        var acc = new LexiconAccumulator(sourceName, options.Strict);

        string? fileName = null, fileVersion = null, fileLanguage = null;
        char separator = '\t';
        int termColumn = -1, valenceColumn = -1, width = 0;
        bool haveHeader = false, headerBroken = false;
        var fields = new List<string>();
        int lineNumber = 0;

        for (string? line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            lineNumber++;
            ReadOnlySpan<char> trimmed = line.AsSpan().Trim();
            if (trimmed.IsEmpty)
            {
                continue;
            }

            if (trimmed[0] == '#')
            {
                ReadDirective(trimmed[1..].Trim(), ref fileName, ref fileVersion, ref fileLanguage);
                continue;
            }

            if (headerBroken)
            {
                continue; // Reported once on the header line: no data line can be interpreted without the columns.
            }

            if (!haveHeader)
            {
                haveHeader = true;
                separator = line.Contains('\t') ? '\t' : ',';
                SplitFields(line, separator, fields);
                for (int c = 0; c < fields.Count; c++)
                {
                    string column = fields[c].Trim();
                    if (termColumn < 0 && column.Equals("term", StringComparison.OrdinalIgnoreCase))
                    {
                        termColumn = c;
                    }
                    else if (valenceColumn < 0 && column.Equals("valence", StringComparison.OrdinalIgnoreCase))
                    {
                        valenceColumn = c;
                    }
                }

                if (termColumn < 0 || valenceColumn < 0)
                {
                    headerBroken = true;
                    string missing = termColumn < 0 ? "term" : "valence";
                    acc.Problem(lineNumber, "header",
                        $"the header must name a 'term' and a 'valence' column but has no '{missing}' column (found {Describe(line)}); no entries were read");
                }

                width = Math.Max(termColumn, valenceColumn) + 1;
                continue;
            }

            if (!SplitFields(line, separator, fields))
            {
                acc.Problem(lineNumber, "line", "a quoted field is not closed on this line");
                continue;
            }

            if (fields.Count < width)
            {
                string missing = fields.Count <= termColumn ? "term" : "valence";
                acc.Problem(lineNumber, missing, $"missing column '{missing}' (the header has at least {width} columns, this line has {fields.Count})");
                continue;
            }

            string term = fields[termColumn].Trim();
            if (term.Length == 0)
            {
                acc.Problem(lineNumber, "term", "the term is empty");
                continue;
            }

            string valenceText = fields[valenceColumn].Trim();
            if (!TryParseValence(valenceText, out double valence))
            {
                acc.Problem(lineNumber, "valence", $"{Describe(valenceText)} is not a number");
                continue;
            }

            if (!double.IsFinite(valence))
            {
                acc.Problem(lineNumber, "valence", $"{Describe(valenceText)} is not a finite number");
                continue;
            }

            acc.Add(lineNumber, term, valence, "term");
        }

        if (!haveHeader)
        {
            acc.Problem(Math.Max(lineNumber, 1), "header", "no header line: expected a line naming 'term' and 'valence' columns");
        }

        return acc.Build(
            options.Name ?? fileName ?? defaultName,
            options.Version ?? fileVersion,
            options.Language ?? fileLanguage);
    }

    private static void ReadDirective(ReadOnlySpan<char> comment, ref string? name, ref string? version, ref string? language)
    {
        int colon = comment.IndexOf(':');
        if (colon <= 0)
        {
            return;
        }

        ReadOnlySpan<char> key = comment[..colon].Trim();
        string value = comment[(colon + 1)..].Trim().ToString();
        if (value.Length == 0)
        {
            return;
        }

        if (key.Equals("name", StringComparison.OrdinalIgnoreCase))
        {
            name = value;
        }
        else if (key.Equals("version", StringComparison.OrdinalIgnoreCase))
        {
            version = value;
        }
        else if (key.Equals("language", StringComparison.OrdinalIgnoreCase))
        {
            language = value;
        }
    }

    /// <summary>Splits one line; fields may be double-quoted. Returns false for an unclosed quote.</summary>
    internal static bool SplitFields(string line, char separator, List<string> fields)
    {
        fields.Clear();
        int i = 0;
        while (true)
        {
            // Skip spaces before a possible opening quote (not the separator itself, which may be a tab).
            int start = i;
            while (start < line.Length && line[start] == ' ')
            {
                start++;
            }

            if (start < line.Length && line[start] == '"')
            {
                var value = new System.Text.StringBuilder();
                int j = start + 1;
                bool closed = false;
                while (j < line.Length)
                {
                    if (line[j] == '"')
                    {
                        if (j + 1 < line.Length && line[j + 1] == '"')
                        {
                            value.Append('"');
                            j += 2;
                            continue;
                        }

                        closed = true;
                        j++;
                        break;
                    }

                    value.Append(line[j]);
                    j++;
                }

                if (!closed)
                {
                    return false;
                }

                int next = line.IndexOf(separator, j);
                fields.Add(value.ToString());
                if (next < 0)
                {
                    return true;
                }

                i = next + 1;
                continue;
            }

            int end = line.IndexOf(separator, i);
            if (end < 0)
            {
                fields.Add(line[i..]);
                return true;
            }

            fields.Add(line[i..end]);
            i = end + 1;
        }
    }
}
