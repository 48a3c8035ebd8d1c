using System.Globalization;
using FramingAnalysis.Lexicons;

namespace FramingAnalysis.Frames;

public static partial class FrameDictionaryLoader
{
    /// <summary>Loads a LIWC <c>.dic</c> file: see <see cref="LoadLiwc(TextReader, string, LexiconLoadOptions?)"/>.</summary>
    /// <param name="path">The file to read (UTF-8).</param>
    /// <param name="options">Strictness, metadata and cue language; null for the defaults.</param>
    /// <returns>The frame set and the problems found.</returns>
    public static FrameDictionaryLoadResult LoadLiwc(string path, LexiconLoadOptions? options = null)
    {
        using var reader = OpenText(path);
        return LoadLiwc(reader, path, options, DefaultName(path));
    }

    /// <summary>
    /// Loads a LIWC dictionary: a line <c>%</c>, then <c>id&lt;TAB&gt;category</c> lines, a line <c>%</c>, then
    /// <c>word&lt;TAB&gt;id id …</c> lines. Every category becomes a frame (id = the category name, in declaration
    /// order) and every word a weight-1 cue of each category it lists; a word ending in <c>*</c> is a prefix pattern.
    /// Cues get <see cref="LexiconLoadOptions.Language"/> (default <c>*</c>): load one file per language and pass
    /// <c>en</c> or <c>es</c> when the dictionary is monolingual and the corpus is not.
    /// </summary>
    /// <param name="reader">The text to read; not disposed.</param>
    /// <param name="sourceName">The name used in problems and as the default set name.</param>
    /// <param name="options">Strictness, metadata and cue language; null for the defaults.</param>
    /// <returns>The frame set and the problems found (fields <c>header</c>, <c>category</c>, <c>word</c>).</returns>
    public static FrameDictionaryLoadResult LoadLiwc(TextReader reader, string sourceName, LexiconLoadOptions? options = null) =>
        LoadLiwc(reader, sourceName, options, sourceName);

    private static FrameDictionaryLoadResult LoadLiwc(TextReader reader, string sourceName, LexiconLoadOptions? options, string defaultName)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentException.ThrowIfNullOrEmpty(sourceName);
        options ??= LexiconLoadOptions.Default;
        var language = DefaultLanguage(options);
        var acc = new FrameSetAccumulator(sourceName, options.Strict);
        var categories = new Dictionary<int, string>();
        var section = 0; // 0: before the first %, 1: categories, 2: words
        var lineNumber = 0;
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            lineNumber++;
            var trimmed = line.Trim();
            if (trimmed.Length == 0)
            {
                continue;
            }

            if (section == 0)
            {
                if (trimmed != "%")
                {
                    acc.Problem(lineNumber, "header", "expected a '%' line opening the category section; no frames were read");
                    break;
                }

                section = 1;
            }
            else if (section == 1)
            {
                if (trimmed == "%")
                {
                    section = 2;
                    continue;
                }

                var parts = trimmed.Split([' ', '\t'], 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                if (parts.Length < 2)
                {
                    acc.Problem(lineNumber, "category", "missing category name (expected id<TAB>name)");
                }
                else if (!int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var id))
                {
                    acc.Problem(lineNumber, "category", $"{Describe(parts[0])} is not a category number");
                }
                else if (categories.ContainsKey(id))
                {
                    acc.Problem(lineNumber, "category", $"category {id} is declared twice; this line was not used");
                }
                else
                {
                    var category = parts[1].Split([' ', '\t'], 2)[0]; // Some dictionaries add a description after the name.
                    if (acc.CheckId(lineNumber, category, "category"))
                    {
                        categories.Add(id, category);
                        acc.Ensure(category);
                    }
                }
            }
            else
            {
                ReadLiwcWord(trimmed, lineNumber, language, acc, categories);
            }
        }

        if (section == 1)
        {
            acc.Problem(Math.Max(lineNumber, 1), "header", "the category section is not closed by a '%' line; no words were read");
        }

        return acc.Build(options.Name ?? defaultName, options.Version, lineNumber);
    }

    private static void ReadLiwcWord(string line, int lineNumber, string language, FrameSetAccumulator acc, Dictionary<int, string> categories)
    {
        // Words are separated from their ids by a tab; a space-separated line is read as word then ids, so a
        // multi-word entry needs the tab.
        var tab = line.IndexOf('\t', StringComparison.Ordinal);
        var split = tab >= 0 ? tab : line.IndexOf(' ', StringComparison.Ordinal);
        if (split < 0)
        {
            acc.Problem(lineNumber, "category", $"the word '{line}' lists no category ids");
            return;
        }

        var word = line[..split].Trim();
        var ids = line[(split + 1)..].Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        if (ids.Length == 0)
        {
            acc.Problem(lineNumber, "category", $"the word '{word}' lists no category ids");
            return;
        }

        var frames = new List<string>(ids.Length);
        foreach (var idText in ids)
        {
            if (!int.TryParse(idText, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            {
                acc.Problem(lineNumber, "category", $"{Describe(idText)} is not a category number; the word '{word}' was not used");
                return;
            }

            if (!categories.TryGetValue(id, out var frame))
            {
                acc.Problem(lineNumber, "category", $"category {id} is not declared in the header; the word '{word}' was not used");
                return;
            }

            frames.Add(frame);
        }

        foreach (var frame in frames)
        {
            acc.AddCue(lineNumber, frame, language, word, 1.0, "word");
        }
    }
}
