using System.Globalization;

namespace FramingAnalysis.Lexicons;

public static partial class LexiconLoader
{
    /// <summary>
    /// Loads the AFINN format from a file: see <see cref="LoadAfinn(TextReader, string, LexiconLoadOptions?)"/>.
    /// </summary>
    /// <param name="path">The file to read (UTF-8).</param>
    /// <param name="options">Strictness and metadata overrides; <see langword="null"/> for the defaults.</param>
    /// <returns>The lexicon and the problems found.</returns>
    public static LexiconLoadResult LoadAfinn(string path, LexiconLoadOptions? options = null)
    {
        using StreamReader reader = OpenText(path);
        return LoadAfinn(reader, path, options, DefaultName(path));
    }

    /// <summary>
    /// Loads the AFINN format (Nielsen, 2011): one <c>term&lt;TAB&gt;integer</c> line per term, no header. Terms may
    /// contain spaces (<c>can't stand</c>), never tabs; scores are integers, usually -5 to +5.
    /// </summary>
    /// <param name="reader">The text to read; not disposed.</param>
    /// <param name="sourceName">The name to use in problems and as the default lexicon name.</param>
    /// <param name="options">Strictness and metadata overrides; <see langword="null"/> for the defaults.</param>
    /// <returns>The lexicon and the problems found (fields are named <c>term</c>, <c>valence</c> and <c>columns</c>).</returns>
    public static LexiconLoadResult LoadAfinn(TextReader reader, string sourceName, LexiconLoadOptions? options = null) =>
        LoadAfinn(reader, sourceName, options, sourceName);

    private static LexiconLoadResult LoadAfinn(TextReader reader, string sourceName, LexiconLoadOptions? options, string defaultName)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentException.ThrowIfNullOrEmpty(sourceName);
        options ??= LexiconLoadOptions.Default;
        var acc = new LexiconAccumulator(sourceName, options.Strict);
        int lineNumber = 0;

        for (string? line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            string[] parts = line.Split('\t');
            if (parts.Length < 2)
            {
                acc.Problem(lineNumber, "valence", "missing column 'valence' (expected term<TAB>integer)");
                continue;
            }

            if (parts.Length > 2)
            {
                acc.Problem(lineNumber, "columns", $"expected 2 tab-separated columns (term, integer), found {parts.Length}");
                continue;
            }

            string term = parts[0].Trim();
            if (term.Length == 0)
            {
                acc.Problem(lineNumber, "term", "the term is empty");
                continue;
            }

            string scoreText = parts[1].Trim();
            if (!int.TryParse(scoreText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int score))
            {
                acc.Problem(lineNumber, "valence", $"{Describe(scoreText)} is not an integer");
                continue;
            }

            acc.Add(lineNumber, term, score, "term");
        }

        return acc.Build(options.Name ?? defaultName, options.Version, options.Language);
    }
}
