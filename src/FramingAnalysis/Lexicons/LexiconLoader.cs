using System.Globalization;
using System.Text;

namespace FramingAnalysis.Lexicons;

/// <summary>
/// Reads sentiment lexicons from the formats researchers already have: our TSV/CSV, VADER's
/// <c>vader_lexicon.txt</c>, AFINN and LIWC <c>.dic</c>.
/// </summary>
/// <remarks>
/// Every loader is lenient by default: a line it cannot use becomes a <see cref="LexiconProblem"/>
/// (<c>file:line: field: message</c>) and loading goes on; nothing is dropped silently. With
/// <see cref="LexiconLoadOptions.Strict"/> the first problem throws <see cref="LexiconFormatException"/>.
/// Blank lines are ignored in every format. Duplicate terms keep the first definition and report the later lines.
/// Paths are read as UTF-8 (a byte-order mark is honoured). All methods are thread-safe.
/// </remarks>
public static partial class LexiconLoader
{
    private static StreamReader OpenText(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
    }

    private static string DefaultName(string path) => Path.GetFileNameWithoutExtension(path) is { Length: > 0 } n ? n : path;

    private static bool TryParseValence(string text, out double valence) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out valence);

    private static string Describe(string text) => text.Length <= 40 ? $"'{text}'" : $"'{text[..40]}…'";
}
