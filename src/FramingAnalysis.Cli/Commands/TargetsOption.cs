using System.Text.Json;
using FramingAnalysis.Stance;

namespace FramingAnalysis.Cli.Commands;

/// <summary>
/// The <c>--targets FILE</c> option of <c>analyze</c> and <c>compare</c>: checks a targets.json before any work, with
/// <c>file:line: field</c> problems, then loads it with <see cref="StanceTarget.LoadJson"/>.
/// </summary>
/// <remarks>
/// Errors (the run stops before any work): two targets with the same name, which would give the same stance columns;
/// an alias that is empty, only white space or only punctuation, which can never match a word. Warning (the run goes
/// on): a one-letter alias such as <c>a</c>, which matches a common word everywhere.
/// </remarks>
internal static class TargetsOption
{
    /// <summary>Checks and loads the targets; warnings go to <paramref name="error"/>.</summary>
    /// <exception cref="FormatException">The file has errors; the message lists each as <c>file:line: error: field: message</c>.</exception>
    public static IReadOnlyList<StanceTarget> Load(string path, TextWriter error)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"targets file '{path}' not found", path);
        }

        var problems = Check(path, File.ReadAllBytes(path));
        foreach (var warning in problems.Where(p => p.Severity == ProblemSeverity.Warning))
        {
            error.WriteLine(warning.ToString());
        }

        var errors = problems.Where(p => p.Severity == ProblemSeverity.Error).ToList();
        if (errors.Count > 0)
        {
            throw new FormatException(string.Join("\n", errors));
        }

        return StanceTarget.LoadJson(path);
    }

    /// <summary>The problems of a targets file, in file order (each with its 1-based line and JSON path).</summary>
    internal static List<CorpusProblem> Check(string path, byte[] bytes)
    {
        var problems = new List<CorpusProblem>();
        var lines = new LineIndex(bytes);
        var names = new Dictionary<string, long>(StringComparer.OrdinalIgnoreCase);
        var start = bytes.AsSpan().StartsWith("\uFEFF"u8) ? 3 : 0;
        var reader = new Utf8JsonReader(bytes.AsSpan(start));
        try
        {
            if (!reader.Read())
            {
                return problems;
            }

            if (reader.TokenType == JsonTokenType.StartArray)
            {
                ReadTargets(ref reader);
            }
            else if (reader.TokenType == JsonTokenType.StartObject)
            {
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var isTargets = reader.ValueTextEquals("targets"u8);
                    reader.Read();
                    if (isTargets && reader.TokenType == JsonTokenType.StartArray)
                    {
                        ReadTargets(ref reader);
                    }
                    else
                    {
                        reader.Skip();
                    }
                }
            }
        }
        catch (JsonException ex)
        {
            problems.Add(new CorpusProblem(path, (ex.LineNumber ?? 0) + 1, "record", $"not valid JSON: {ex.Message}", ProblemSeverity.Error));
        }

        return problems;

        void ReadTargets(ref Utf8JsonReader reader)
        {
            var index = 0;
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                if (reader.TokenType == JsonTokenType.StartObject)
                {
                    ReadTarget(ref reader, index);
                }
                else
                {
                    reader.Skip();
                }

                index++;
            }
        }

        void ReadTarget(ref Utf8JsonReader reader, int index)
        {
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var property = reader.GetString()!;
                reader.Read();
                var line = lines.LineOf(start + reader.TokenStartIndex);
                if (property == "name" && reader.TokenType == JsonTokenType.String)
                {
                    var name = reader.GetString()!.Trim();
                    if (name.Length > 0 && !names.TryAdd(name, line))
                    {
                        problems.Add(new CorpusProblem(path, line, $"targets[{index}].name",
                            $"duplicate target name '{name}' (first at line {names[name]}): each target gives its own stance columns", ProblemSeverity.Error));
                    }
                }
                else if (property == "aliases" && reader.TokenType == JsonTokenType.StartObject)
                {
                    while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                    {
                        var language = reader.GetString()!;
                        reader.Read();
                        if (reader.TokenType != JsonTokenType.StartArray)
                        {
                            reader.Skip();
                            continue;
                        }

                        var j = 0;
                        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                        {
                            if (reader.TokenType == JsonTokenType.String)
                            {
                                CheckAlias(reader.GetString()!, lines.LineOf(start + reader.TokenStartIndex), $"targets[{index}].aliases.{language}[{j}]");
                            }
                            else
                            {
                                reader.Skip();
                            }

                            j++;
                        }
                    }
                }
                else
                {
                    reader.Skip();
                }
            }
        }

        void CheckAlias(string alias, long line, string field)
        {
            var letters = alias.Count(char.IsLetterOrDigit);
            if (letters == 0)
            {
                var shown = alias.Trim().Length == 0 ? "an empty or white-space alias" : $"alias '{alias}' has no letter or digit and";
                problems.Add(new CorpusProblem(path, line, field, $"{shown} can never match a word; remove it", ProblemSeverity.Error));
            }
            else if (letters == 1 && alias.Trim().Length == 1)
            {
                problems.Add(new CorpusProblem(path, line, field,
                    $"one-letter alias '{alias.Trim()}' matches that letter as a word everywhere (the English article 'a', the Spanish 'y'); use a longer name", ProblemSeverity.Warning));
            }
        }
    }

    /// <summary>Maps byte offsets to 1-based lines, forward only (offsets come in file order).</summary>
    private sealed class LineIndex(byte[] bytes)
    {
        private long _offset;
        private long _line = 1;

        public long LineOf(long offset)
        {
            if (offset < _offset)
            {
                _offset = 0;
                _line = 1;
            }

            _line += bytes.AsSpan((int)_offset, (int)(offset - _offset)).Count((byte)'\n');
            _offset = offset;
            return _line;
        }
    }
}
