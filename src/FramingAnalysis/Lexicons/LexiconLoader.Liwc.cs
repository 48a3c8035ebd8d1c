using System.Globalization;

namespace FramingAnalysis.Lexicons;

public static partial class LexiconLoader
{
    /// <summary>
    /// Loads a LIWC <c>.dic</c> file: see
    /// <see cref="LoadLiwc(TextReader, string, IReadOnlyDictionary{string, double}, LexiconLoadOptions?)"/>.
    /// </summary>
    /// <param name="path">The file to read (UTF-8).</param>
    /// <param name="categoryValence">The valence each category name contributes to its words.</param>
    /// <param name="options">Strictness and metadata overrides; <see langword="null"/> for the defaults.</param>
    /// <returns>The lexicon, the problems found, and in <see cref="LexiconLoadResult.Skipped"/> the zero-valence words.</returns>
    public static LexiconLoadResult LoadLiwc(string path, IReadOnlyDictionary<string, double> categoryValence, LexiconLoadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(categoryValence);
        using StreamReader reader = OpenText(path);
        return LoadLiwc(reader, path, categoryValence, options, DefaultName(path));
    }

    /// <summary>
    /// Loads a LIWC dictionary (<c>.dic</c>): a line <c>%</c>, then <c>id&lt;TAB&gt;category</c> lines, a line
    /// <c>%</c>, then <c>word&lt;TAB&gt;id id ...</c> lines. LIWC has categories, not valences, so the caller maps
    /// category names to valences: a word's valence is the sum over its categories of
    /// <paramref name="categoryValence"/> (a category the mapping lacks contributes 0). Words whose sum is 0 are
    /// not entries and are counted in <see cref="LexiconLoadResult.Skipped"/>; that is not a problem.
    /// </summary>
    /// <param name="reader">The text to read; not disposed.</param>
    /// <param name="sourceName">The name to use in problems and as the default lexicon name.</param>
    /// <param name="categoryValence">
    /// Category name to valence, for example <c>{ ["posemo"] = 1, ["negemo"] = -1 }</c>. Values must be finite.
    /// The dictionary's own comparer decides whether names match case-insensitively.
    /// </param>
    /// <param name="options">Strictness and metadata overrides; <see langword="null"/> for the defaults.</param>
    /// <returns>The lexicon, the problems found (fields <c>header</c>, <c>category</c>, <c>word</c>), and the skipped count.</returns>
    /// <remarks>
    /// Words ending in <c>*</c> (LIWC's prefix wildcard) keep the star in <see cref="LexiconEntry.Term"/>;
    /// <see cref="LexiconEntry.IsPrefix"/> tells the consumer to match by prefix. A word line naming an undeclared or
    /// non-numeric category id is reported and not used.
    /// </remarks>
    public static LexiconLoadResult LoadLiwc(TextReader reader, string sourceName, IReadOnlyDictionary<string, double> categoryValence, LexiconLoadOptions? options = null) =>
        LoadLiwc(reader, sourceName, categoryValence, options, sourceName);

    private static LexiconLoadResult LoadLiwc(TextReader reader, string sourceName, IReadOnlyDictionary<string, double> categoryValence, LexiconLoadOptions? options, string defaultName)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentException.ThrowIfNullOrEmpty(sourceName);
        ArgumentNullException.ThrowIfNull(categoryValence);
        foreach (KeyValuePair<string, double> pair in categoryValence)
        {
            if (!double.IsFinite(pair.Value))
            {
                throw new ArgumentException($"The valence of category '{pair.Key}' is not finite.", nameof(categoryValence));
            }
        }

        options ??= LexiconLoadOptions.Default;
        var acc = new LexiconAccumulator(sourceName, options.Strict);
        var categories = new Dictionary<int, double>(); // id -> mapped valence
        int section = 0; // 0: before the first %, 1: categories, 2: words
        int lineNumber = 0;

        for (string? line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            lineNumber++;
            string trimmed = line.Trim();
            if (trimmed.Length == 0)
            {
                continue;
            }

            if (section == 0)
            {
                if (trimmed != "%")
                {
                    acc.Problem(lineNumber, "header", "expected a '%' line opening the category section; no entries were read");
                    break;
                }

                section = 1;
                continue;
            }

            if (section == 1)
            {
                if (trimmed == "%")
                {
                    section = 2;
                    continue;
                }

                ReadLiwcCategory(trimmed, lineNumber, acc, categories, categoryValence);
                continue;
            }

            ReadLiwcWord(trimmed, lineNumber, acc, categories);
        }

        if (section == 1)
        {
            acc.Problem(Math.Max(lineNumber, 1), "header", "the category section is not closed by a '%' line; no words were read");
        }
        else if (section == 0 && lineNumber == 0)
        {
            acc.Problem(1, "header", "the file is empty: expected a '%' line opening the category section");
        }

        return acc.Build(options.Name ?? defaultName, options.Version, options.Language);
    }

    private static void ReadLiwcCategory(string line, int lineNumber, LexiconAccumulator acc, Dictionary<int, double> categories, IReadOnlyDictionary<string, double> categoryValence)
    {
        int split = line.AsSpan().IndexOfAny(" \t");
        if (split < 0)
        {
            acc.Problem(lineNumber, "category", "missing category name (expected id<TAB>name)");
            return;
        }

        string idText = line[..split];
        string name = line[(split + 1)..].Trim();
        int nameEnd = name.AsSpan().IndexOfAny(" \t");
        if (nameEnd > 0)
        {
            name = name[..nameEnd]; // Some dictionaries add a description after the name.
        }

        if (!int.TryParse(idText, NumberStyles.None, CultureInfo.InvariantCulture, out int id))
        {
            acc.Problem(lineNumber, "category", $"{Describe(idText)} is not a category number");
            return;
        }

        if (categories.ContainsKey(id))
        {
            acc.Problem(lineNumber, "category", $"category {id} is declared twice; this line was not used");
            return;
        }

        categories.Add(id, categoryValence.TryGetValue(name, out double valence) ? valence : 0.0);
    }

    private static void ReadLiwcWord(string line, int lineNumber, LexiconAccumulator acc, Dictionary<int, double> categories)
    {
        int tab = line.IndexOf('\t');
        int split = tab >= 0 ? tab : line.AsSpan().IndexOfAny(" \t");
        string word = (split < 0 ? line : line[..split]).Trim();
        if (word.Length == 0)
        {
            acc.Problem(lineNumber, "word", "the word is empty");
            return;
        }

        if (split < 0)
        {
            acc.Problem(lineNumber, "category", $"the word '{word}' lists no category ids");
            return;
        }

        double total = 0;
        int count = 0;
        foreach (Range range in line.AsSpan(split + 1).SplitAny(" \t"))
        {
            ReadOnlySpan<char> idText = line.AsSpan(split + 1)[range];
            if (idText.IsEmpty)
            {
                continue;
            }

            if (!int.TryParse(idText, NumberStyles.None, CultureInfo.InvariantCulture, out int id))
            {
                acc.Problem(lineNumber, "category", $"{Describe(idText.ToString())} is not a category number; the word '{word}' was not used");
                return;
            }

            if (!categories.TryGetValue(id, out double valence))
            {
                acc.Problem(lineNumber, "category", $"category {id} is not declared in the header; the word '{word}' was not used");
                return;
            }

            total += valence;
            count++;
        }

        if (count == 0)
        {
            acc.Problem(lineNumber, "category", $"the word '{word}' lists no category ids");
            return;
        }

        if (total == 0)
        {
            acc.Skip(lineNumber, word, "word");
        }
        else
        {
            acc.Add(lineNumber, word, total, "word");
        }
    }
}
