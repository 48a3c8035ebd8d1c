using System.Collections.Frozen;
using System.Text;
using FramingAnalysis.Lexicons;

namespace FramingAnalysis.Sentiment.Vader;

public sealed partial class VaderScorer
{
    /// <summary>
    /// Reads VADER's <c>emoji_utf8_lexicon.txt</c>: one <c>emoji&lt;TAB&gt;description</c> line per emoji
    /// (UTF-8). See <see cref="LoadEmojiDescriptions(TextReader, string)"/>.
    /// </summary>
    /// <param name="path">The file to read.</param>
    /// <returns>Emoji to description, for <see cref="Create"/>.</returns>
    /// <exception cref="LexiconFormatException">A line has no tab or an empty emoji or description.</exception>
    public static IReadOnlyDictionary<string, string> LoadEmojiDescriptions(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return LoadEmojiDescriptions(reader, path);
    }

    /// <summary>
    /// Reads emoji descriptions in VADER's format: <c>emoji&lt;TAB&gt;description</c>, further columns ignored,
    /// blank lines ignored. A later line for the same emoji replaces an earlier one, as in the reference. The file is
    /// small and fixed, so a malformed line throws instead of being collected.
    /// </summary>
    /// <param name="reader">The text to read; not disposed.</param>
    /// <param name="sourceName">The name to use in error messages.</param>
    /// <returns>Emoji to description, for <see cref="Create"/>.</returns>
    /// <exception cref="LexiconFormatException">A line has no tab or an empty emoji or description.</exception>
    public static IReadOnlyDictionary<string, string> LoadEmojiDescriptions(TextReader reader, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentException.ThrowIfNullOrEmpty(sourceName);
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        int lineNumber = 0;
        for (string? line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            lineNumber++;
            string trimmed = line.Trim();
            if (trimmed.Length == 0)
            {
                continue;
            }

            string[] parts = trimmed.Split('\t');
            if (parts.Length < 2 || parts[1].Trim().Length == 0)
            {
                throw new LexiconFormatException(new LexiconProblem(sourceName, lineNumber, "description", "missing column 'description' (expected emoji<TAB>description)"));
            }

            if (parts[0].Length == 0)
            {
                throw new LexiconFormatException(new LexiconProblem(sourceName, lineNumber, "emoji", "the emoji is empty"));
            }

            map[parts[0]] = parts[1].Trim();
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
