using System.Text;
using FramingAnalysis.Lexicons;

namespace FramingAnalysis.Frames;

public static partial class FrameDictionaryLoader
{
    /// <summary>Loads a quanteda-style YAML dictionary from a file: see <see cref="LoadYaml(TextReader, string, LexiconLoadOptions?)"/>.</summary>
    /// <param name="path">The file to read (UTF-8).</param>
    /// <param name="options">Strictness, metadata and default cue language; null for the defaults.</param>
    /// <returns>The frame set and the problems found.</returns>
    public static FrameDictionaryLoadResult LoadYaml(string path, LexiconLoadOptions? options = null)
    {
        using var reader = OpenText(path);
        return LoadYaml(reader, path, options, DefaultName(path));
    }

    /// <summary>
    /// Loads a quanteda-style YAML dictionary (the shape <c>quanteda::dictionary(file = "x.yml")</c> reads and
    /// <c>write_yaml</c> writes): each top-level key is a frame id holding a list of cues, either directly or per
    /// language under <c>en:</c> / <c>es:</c> (or <c>*</c>) keys. Every cue has weight 1.
    /// </summary>
    /// <param name="reader">The text to read; not disposed.</param>
    /// <param name="sourceName">The name used in problems and as the default set name.</param>
    /// <param name="options">Strictness, metadata and the language of cues not under a language key; null for the defaults.</param>
    /// <returns>The frame set and the problems found (fields <c>line</c>, <c>frame</c>, <c>language</c>, <c>cue</c>).</returns>
    /// <remarks>
    /// <para>Accepted shapes (block lists or flow lists <c>[a, b*]</c>; scalars plain, <c>'single'</c> or <c>"double"</c> quoted):</para>
    /// <code>
    /// # name: prison issue frames
    /// crime:
    ///   - gang*
    ///   - due process
    /// economy:
    ///   en: [cost*, budget]
    ///   es:
    ///     - costo*
    ///     - presupuesto
    /// </code>
    /// <para>
    /// This is a deliberately small subset of YAML, parsed here rather than through a YAML library so the core library
    /// keeps no dependency for one file format. quanteda's nested sub-categories (a key under a frame that is not a
    /// language), anchors, multi-line scalars and tabs in indentation are reported as problems; <c>#</c> comments and
    /// <c>---</c> document markers are skipped, and <c># name:</c> / <c># version:</c> comment lines set the metadata.
    /// </para>
    /// </remarks>
    public static FrameDictionaryLoadResult LoadYaml(TextReader reader, string sourceName, LexiconLoadOptions? options = null) =>
        LoadYaml(reader, sourceName, options, sourceName);

    private static FrameDictionaryLoadResult LoadYaml(TextReader reader, string sourceName, LexiconLoadOptions? options, string defaultName)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentException.ThrowIfNullOrEmpty(sourceName);
        options ??= LexiconLoadOptions.Default;
        var defaultLanguage = DefaultLanguage(options);
        var acc = new FrameSetAccumulator(sourceName, options.Strict);
        string? name = null, version = null;
        string? frame = null;   // the current top-level key, null before the first or after a bad one
        string? language = null; // the current language key under the frame, null for the default
        var skipping = false;   // inside a key that was reported, so its items are not reported one by one
        var frameIndent = 0;
        var lineNumber = 0;
        for (var raw = reader.ReadLine(); raw is not null; raw = reader.ReadLine())
        {
            lineNumber++;
            var trimmedStart = raw.TrimStart();
            if (trimmedStart.StartsWith('#'))
            {
                ReadDirective(trimmedStart.TrimStart('#').Trim(), ref name, ref version);
                continue;
            }

            var line = StripYamlComment(raw).TrimEnd();
            if (line.Trim().Length == 0 || line is "---" or "...")
            {
                continue;
            }

            var indent = 0;
            while (indent < line.Length && line[indent] == ' ')
            {
                indent++;
            }

            if (line[indent] == '\t')
            {
                acc.Problem(lineNumber, "line", "YAML indentation must use spaces, not tabs; this line was not used");
                continue;
            }

            var content = line[indent..];
            if (content == "-" || content.StartsWith("- ", StringComparison.Ordinal))
            {
                if (skipping)
                {
                    continue;
                }

                if (frame is null)
                {
                    acc.Problem(lineNumber, "cue", "a list item before any frame key; this line was not used");
                    continue;
                }

                var item = content[1..].Trim();
                if (item.StartsWith('[') || item.StartsWith('{') || item.StartsWith('&') || item.StartsWith('*') && item.Length > 1 && !item.EndsWith('*') || item is "|" or ">")
                {
                    acc.Problem(lineNumber, "cue", $"{Describe(item)} is not a plain cue (nested lists, mappings, anchors and block scalars are not supported)");
                    continue;
                }

                acc.AddCue(lineNumber, frame, language ?? defaultLanguage, YamlScalar(item), 1.0, "cue");
                continue;
            }

            var colon = KeyColon(content);
            if (colon < 0)
            {
                acc.Problem(lineNumber, "line", $"expected 'key:' or '- cue' (found {Describe(content)}); this line was not used");
                continue;
            }

            var key = YamlScalar(content[..colon].Trim());
            var rest = content[(colon + 1)..].Trim();
            if (frame is null || indent <= frameIndent)
            {
                // A top-level key: a frame.
                skipping = false;
                language = null;
                frameIndent = indent;
                if (!acc.CheckId(lineNumber, key, "frame"))
                {
                    frame = null;
                    skipping = true;
                    continue;
                }

                frame = key;
                acc.Ensure(frame);
            }
            else
            {
                // A key under a frame: a language.
                if (FrameSetAccumulator.Language(key, string.Empty) is not { Length: > 0 } lang)
                {
                    acc.Problem(lineNumber, "language", $"'{key}' under frame '{frame}' is not a language ({FrameSetAccumulator.KnownLanguages()}); nested sub-categories are not supported, so its cues were not used");
                    skipping = true;
                    continue;
                }

                skipping = false;
                language = lang;
            }

            if (rest.Length == 0)
            {
                continue;
            }

            if (!(rest.StartsWith('[') && rest.EndsWith(']')))
            {
                acc.Problem(lineNumber, "cue", $"expected a list after '{key}:' (found {Describe(rest)}); write '- cue' lines or [cue, cue]");
                continue;
            }

            foreach (var item in SplitFlowList(rest[1..^1]))
            {
                acc.AddCue(lineNumber, frame!, language ?? defaultLanguage, YamlScalar(item), 1.0, "cue");
            }
        }

        return acc.Build(options.Name ?? name ?? defaultName, options.Version ?? version, lineNumber);
    }

    /// <summary>The index of the colon that ends a mapping key (followed by a space or the end), outside quotes; -1 if none.</summary>
    private static int KeyColon(string content)
    {
        var quote = '\0';
        for (var i = 0; i < content.Length; i++)
        {
            var c = content[i];
            if (quote != '\0')
            {
                if (c == quote)
                {
                    quote = '\0';
                }
            }
            else if (c is '\'' or '"')
            {
                quote = c;
            }
            else if (c == ':' && (i + 1 == content.Length || content[i + 1] == ' '))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Removes a <c>#</c> comment that starts the line or follows whitespace, outside quotes.</summary>
    private static string StripYamlComment(string line)
    {
        var quote = '\0';
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quote != '\0')
            {
                if (c == quote)
                {
                    quote = '\0';
                }
            }
            else if (c is '\'' or '"' && (i == 0 || line[i - 1] is ' ' or '[' or ',' or '-'))
            {
                quote = c;
            }
            else if (c == '#' && (i == 0 || line[i - 1] == ' '))
            {
                return line[..i];
            }
        }

        return line;
    }

    private static IEnumerable<string> SplitFlowList(string body)
    {
        var current = new StringBuilder();
        var quote = '\0';
        foreach (var c in body)
        {
            if (quote != '\0')
            {
                if (c == quote)
                {
                    quote = '\0';
                }

                current.Append(c);
            }
            else if (c is '\'' or '"')
            {
                quote = c;
                current.Append(c);
            }
            else if (c == ',')
            {
                yield return current.ToString().Trim();
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }

        if (current.ToString().Trim() is { Length: > 0 } last)
        {
            yield return last;
        }
    }

    /// <summary>A plain, single-quoted (<c>''</c> escapes a quote) or double-quoted (<c>\"</c>, <c>\\</c>) scalar.</summary>
    private static string YamlScalar(string text)
    {
        text = text.Trim();
        if (text.Length >= 2 && text[0] == '\'' && text[^1] == '\'')
        {
            return text[1..^1].Replace("''", "'", StringComparison.Ordinal);
        }

        if (text.Length >= 2 && text[0] == '"' && text[^1] == '"')
        {
            return text[1..^1].Replace("\\\"", "\"", StringComparison.Ordinal).Replace("\\\\", "\\", StringComparison.Ordinal);
        }

        return text;
    }
}
