using System.Text;
using FramingAnalysis.Lexicons;

namespace FramingAnalysis.Frames;

/// <summary>
/// Reads user frame dictionaries into a <see cref="FrameSet"/> that replaces the built-in Policy Frames Codebook set:
/// a frame/cue table (TSV or CSV), a LIWC <c>.dic</c> file, or a quanteda-style YAML dictionary.
/// </summary>
/// <remarks>
/// <para>
/// Every loader is lenient by default: a line it cannot use becomes a <see cref="LexiconProblem"/>
/// (<c>file:line: field: message</c>) and loading goes on; nothing is dropped silently. With
/// <see cref="LexiconLoadOptions.Strict"/> the first problem throws <see cref="LexiconFormatException"/>.
/// </para>
/// <para>
/// <see cref="LexiconLoadOptions.Name"/> and <see cref="LexiconLoadOptions.Version"/> override the file's
/// <c># name:</c> / <c># version:</c> comment lines (the name defaults to the file name).
/// <see cref="LexiconLoadOptions.Language"/> (<c>en</c>, <c>es</c> or <c>*</c>) is the language of cues whose language
/// the file does not say; the default is <c>*</c>, every language.
/// </para>
/// <para>
/// Cue syntax is the built-in dictionaries' (<see cref="FrameCueSyntax"/>): an exact word (<c>tourism</c> matches
/// <i>Tourism</i>, not <i>tour</i>), a stem match marked <c>~</c> (<c>inversión~</c> matches <i>inversiones</i>), a prefix
/// pattern ending in <c>*</c> (<c>invest*</c>), or a multi-word expression (<c>due process</c>, <c>human right*</c>).
/// Matching folds case and accents and prefers the longest cue. A one-word cue written in lower case does not match a
/// name (a capitalized word inside a sentence); write names with a capital (<c>Congress</c>).
/// A cue listed under several frames counts for each of them. A frame id that is also a built-in id (<c>economic</c>)
/// borrows the built-in display names and definitions unless the file gives its own. Paths are read as UTF-8.
/// All methods are thread-safe.
/// </para>
/// </remarks>
public static partial class FrameDictionaryLoader
{
    /// <summary>
    /// Loads a frame dictionary, choosing the format by extension: <c>.dic</c> is LIWC, <c>.yml</c>/<c>.yaml</c> is
    /// quanteda-style YAML, anything else (<c>.tsv</c>, <c>.csv</c>, <c>.txt</c>) is a frame/cue table.
    /// </summary>
    /// <param name="path">The file to read (UTF-8).</param>
    /// <param name="options">Strictness and metadata overrides; null for the defaults.</param>
    /// <returns>The frame set and the problems found, which name <paramref name="path"/> as the file.</returns>
    /// <exception cref="LexiconFormatException">A strict load met a bad line.</exception>
    public static FrameDictionaryLoadResult Load(string path, LexiconLoadOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var extension = Path.GetExtension(path).ToLowerInvariant();
        return extension switch
        {
            ".dic" => LoadLiwc(path, options),
            ".yml" or ".yaml" => LoadYaml(path, options),
            _ => LoadTable(path, options),
        };
    }

    private static StreamReader OpenText(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
    }

    private static string DefaultName(string path) => Path.GetFileNameWithoutExtension(path) is { Length: > 0 } n ? n : path;

    /// <summary>The default cue language of a load: the options' language, or <c>*</c>.</summary>
    private static string DefaultLanguage(LexiconLoadOptions options)
    {
        var language = options.Language is null ? FrameCue.AnyLanguage : FrameSetAccumulator.Language(options.Language, FrameCue.AnyLanguage);
        return language ?? throw new ArgumentException($"Unknown cue language '{options.Language}'; use {FrameSetAccumulator.KnownLanguages()}.", nameof(options));
    }

    /// <summary>Reads a <c># name:</c> or <c># version:</c> comment body.</summary>
    private static void ReadDirective(string body, ref string? name, ref string? version)
    {
        var colon = body.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
        {
            return;
        }

        var key = body[..colon].Trim();
        var value = body[(colon + 1)..].Trim();
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
    }

    private static string Describe(string text) => text.Length <= 40 ? $"'{text}'" : $"'{text[..40]}…'";
}
