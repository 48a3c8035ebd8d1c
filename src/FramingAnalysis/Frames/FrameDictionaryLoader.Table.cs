using System.Globalization;
using FramingAnalysis.Languages;
using FramingAnalysis.Lexicons;

namespace FramingAnalysis.Frames;

public static partial class FrameDictionaryLoader
{
    /// <summary>Loads a frame/cue table from a file: see <see cref="LoadTable(TextReader, string, LexiconLoadOptions?)"/>.</summary>
    /// <param name="path">The file to read (UTF-8).</param>
    /// <param name="options">Strictness and metadata overrides; null for the defaults.</param>
    /// <returns>The frame set and the problems found.</returns>
    public static FrameDictionaryLoadResult LoadTable(string path, LexiconLoadOptions? options = null)
    {
        using var reader = OpenText(path);
        return LoadTable(reader, path, options, DefaultName(path));
    }

    /// <summary>
    /// Loads a frame/cue table: one cue per line with the columns <c>frame, cue, weight, language</c>.
    /// </summary>
    /// <param name="reader">The text to read; not disposed.</param>
    /// <param name="sourceName">The name used in problems and, absent other metadata, as the set's name.</param>
    /// <param name="options">Strictness and metadata overrides; null for the defaults.</param>
    /// <returns>The frame set and the problems found (fields <c>header</c>, <c>line</c>, <c>frame</c>, <c>cue</c>, <c>weight</c>, <c>language</c>).</returns>
    /// <remarks>
    /// <para>
    /// The separator is a tab when the first data line holds one, otherwise a comma; fields may be double-quoted.
    /// If that first line names a <c>frame</c> and a <c>cue</c> column it is a header (columns in any order, unknown
    /// columns ignored); otherwise the columns are positional, <c>frame, cue[, weight[, language]]</c>, and the line is
    /// data. <c>weight</c> is a positive invariant-culture number, 1 when empty or absent. <c>language</c> is the code
    /// of a registered <see cref="LanguagePack"/> or <c>*</c> (every language), <c>*</c> when empty or absent.
    /// </para>
    /// <para>
    /// Lines starting with <c>#</c> are comments. <c># name:</c> and <c># version:</c> set the metadata, and
    /// <c># frame: id | name_en | name_es | definition_en | definition_es</c> declares a frame with display names and
    /// definitions in the first two registered languages, English and Spanish (every part after the id is optional; a
    /// missing Spanish part copies the English one). Frames are
    /// reported in the order they are first declared or used, so a codebook can fix its report order with
    /// <c># frame:</c> lines at the top.
    /// </para>
    /// </remarks>
    public static FrameDictionaryLoadResult LoadTable(TextReader reader, string sourceName, LexiconLoadOptions? options = null) =>
        LoadTable(reader, sourceName, options, sourceName);

    private static FrameDictionaryLoadResult LoadTable(TextReader reader, string sourceName, LexiconLoadOptions? options, string defaultName)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentException.ThrowIfNullOrEmpty(sourceName);
        options ??= LexiconLoadOptions.Default;
        var defaultLanguage = DefaultLanguage(options);
        var acc = new FrameSetAccumulator(sourceName, options.Strict);
        string? name = null, version = null;
        var separator = '\t';
        int frameColumn = 0, cueColumn = 1, weightColumn = 2, languageColumn = 3;
        var first = true;
        var fields = new List<string>();
        var lineNumber = 0;
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            lineNumber++;
            var trimmed = line.Trim();
            if (trimmed.Length == 0)
            {
                continue;
            }

            if (trimmed[0] == '#')
            {
                var body = trimmed.TrimStart('#').Trim();
                if (body.StartsWith("frame:", StringComparison.OrdinalIgnoreCase))
                {
                    var parts = body[6..].Split('|', StringSplitOptions.TrimEntries);
                    // The line's positional names and definitions are in the first two registered languages (the
                    // built-in English and Spanish): id | name | name | definition | definition.
                    var languages = LanguagePacks.All;
                    acc.Describe(lineNumber, parts[0], [(languages[0].Code, Part(parts, 1), Part(parts, 3)), (languages[1].Code, Part(parts, 2), Part(parts, 4))]);
                }
                else
                {
                    ReadDirective(body, ref name, ref version);
                }

                continue;
            }

            if (first)
            {
                first = false;
                separator = line.Contains('\t', StringComparison.Ordinal) ? '\t' : ',';
                LexiconLoader.SplitFields(line, separator, fields);
                var header = fields.Select(f => f.Trim().ToLowerInvariant()).ToList();
                if (header.Contains("frame") && header.Contains("cue"))
                {
                    frameColumn = header.IndexOf("frame");
                    cueColumn = header.IndexOf("cue");
                    weightColumn = header.IndexOf("weight");
                    languageColumn = header.IndexOf("language");
                    continue;
                }

                if (header.Contains("frame") || header.Contains("cue"))
                {
                    acc.Problem(lineNumber, "header", $"a header must name both a 'frame' and a 'cue' column (found {Describe(line)}); read as positional frame, cue, weight, language");
                    continue;
                }
            }

            if (!LexiconLoader.SplitFields(line, separator, fields))
            {
                acc.Problem(lineNumber, "line", "a quoted field is not closed on this line");
                continue;
            }

            if (fields.Count <= Math.Max(frameColumn, cueColumn))
            {
                var missing = fields.Count <= frameColumn ? "frame" : "cue";
                acc.Problem(lineNumber, missing, $"missing column '{missing}' (this line has {fields.Count} field(s))");
                continue;
            }

            var frame = fields[frameColumn].Trim();
            if (!acc.CheckId(lineNumber, frame, "frame"))
            {
                continue;
            }

            var weightText = weightColumn >= 0 && weightColumn < fields.Count ? fields[weightColumn].Trim() : string.Empty;
            var weight = 1.0;
            if (weightText.Length > 0 && !(double.TryParse(weightText, NumberStyles.Float, CultureInfo.InvariantCulture, out weight) && double.IsFinite(weight) && weight > 0))
            {
                acc.Problem(lineNumber, "weight", $"{Describe(weightText)} is not a positive number");
                continue;
            }

            var languageText = languageColumn >= 0 && languageColumn < fields.Count ? fields[languageColumn] : string.Empty;
            if (FrameSetAccumulator.Language(languageText, defaultLanguage) is not { } language)
            {
                acc.Problem(lineNumber, "language", $"{Describe(languageText.Trim())} is not a language: use {FrameSetAccumulator.KnownLanguages()}");
                continue;
            }

            acc.AddCue(lineNumber, frame, language, fields[cueColumn], weight, "cue");
        }

        return acc.Build(options.Name ?? name ?? defaultName, options.Version ?? version, lineNumber);
    }

    private static string? Part(string[] parts, int i) => i < parts.Length && parts[i].Length > 0 ? parts[i] : null;
}
