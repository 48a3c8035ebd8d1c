namespace FramingAnalysis.Lexicons;

public static partial class LexiconLoader
{
    /// <summary>
    /// Loads VADER's <c>vader_lexicon.txt</c> format from a file: see
    /// <see cref="LoadVader(TextReader, string, LexiconLoadOptions?)"/>.
    /// </summary>
    /// <param name="path">The file to read (UTF-8).</param>
    /// <param name="options">Strictness and metadata overrides; <see langword="null"/> for the defaults.</param>
    /// <returns>The lexicon and the problems found.</returns>
    public static LexiconLoadResult LoadVader(string path, LexiconLoadOptions? options = null)
    {
        using StreamReader reader = OpenText(path);
        return LoadVader(reader, path, options, DefaultName(path));
    }

    /// <summary>
    /// Loads VADER's lexicon format (Hutto &amp; Gilbert, 2014): one <c>token&lt;TAB&gt;mean&lt;TAB&gt;sd&lt;TAB&gt;[ratings]</c>
    /// line per token, no header, no comments. The valence is the mean rating; the standard deviation and the raw
    /// ratings are not needed and not checked. Tokens are kept exactly as written (emoticons such as <c>:-)</c>
    /// included).
    /// </summary>
    /// <remarks>
    /// A token defined on several lines takes the value of its LAST line, as the reference's <c>make_lex_dict</c>
    /// does (it fills a Python dict line by line); the real <c>vader_lexicon.txt</c> has such tokens ("lmao" is 2.0
    /// among the acronyms and 2.9 further down, and the reference scores it 2.9). Each redefinition is still reported
    /// as a problem on the later line, so a strict load rejects such a file.
    /// </remarks>
    /// <param name="reader">The text to read; not disposed.</param>
    /// <param name="sourceName">The name to use in problems and as the default lexicon name.</param>
    /// <param name="options">Strictness and metadata overrides; <see langword="null"/> for the defaults.</param>
    /// <returns>The lexicon and the problems found (fields are named <c>token</c> and <c>mean</c>).</returns>
    public static LexiconLoadResult LoadVader(TextReader reader, string sourceName, LexiconLoadOptions? options = null) =>
        LoadVader(reader, sourceName, options, sourceName);

    private static LexiconLoadResult LoadVader(TextReader reader, string sourceName, LexiconLoadOptions? options, string defaultName)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentException.ThrowIfNullOrEmpty(sourceName);
        options ??= LexiconLoadOptions.Default;
        var acc = new LexiconAccumulator(sourceName, options.Strict);

        // Two passes: read every line first, so that a token's entry can be added at its last definition.
        var lines = new List<(int Line, string? Token, double Mean, string? Field, string? Message)>();
        var lastLine = new Dictionary<string, int>(StringComparer.Ordinal);
        int lineNumber = 0;
        for (string? line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            lineNumber++;
            string trimmed = line.Trim();
            if (trimmed.Length == 0)
            {
                continue;
            }

            int tab = trimmed.IndexOf('\t');
            if (tab < 0)
            {
                lines.Add((lineNumber, null, 0, "mean", "missing column 'mean' (expected token<TAB>mean<TAB>sd<TAB>[ratings])"));
                continue;
            }

            string token = trimmed[..tab].Trim();
            if (token.Length == 0)
            {
                lines.Add((lineNumber, null, 0, "token", "the token is empty"));
                continue;
            }

            int nextTab = trimmed.IndexOf('\t', tab + 1);
            string meanText = (nextTab < 0 ? trimmed[(tab + 1)..] : trimmed[(tab + 1)..nextTab]).Trim();
            if (meanText.Length == 0)
            {
                lines.Add((lineNumber, null, 0, "mean", "missing column 'mean' (the column is empty)"));
                continue;
            }

            if (!TryParseValence(meanText, out double mean) || !double.IsFinite(mean))
            {
                lines.Add((lineNumber, null, 0, "mean", $"{Describe(meanText)} is not a finite number"));
                continue;
            }

            lines.Add((lineNumber, token, mean, null, null));
            lastLine[token] = lineNumber;
        }

        var firstLine = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach ((int line, string? token, double mean, string? field, string? message) in lines)
        {
            if (token is null)
            {
                acc.Problem(line, field!, message!);
                continue;
            }

            if (!firstLine.TryAdd(token, line))
            {
                acc.Problem(line, "token", $"duplicate term '{token}' (first defined on line {firstLine[token]}); the last definition is used, as in the reference");
            }

            if (lastLine[token] == line)
            {
                acc.Add(line, token, mean, "token");
            }
        }

        return acc.Build(options.Name ?? defaultName, options.Version, options.Language);
    }
}
