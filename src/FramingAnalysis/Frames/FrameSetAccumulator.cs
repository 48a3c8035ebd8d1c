using FramingAnalysis.Lexicons;

namespace FramingAnalysis.Frames;

/// <summary>
/// Collects frames, cues and problems while a <see cref="FrameDictionaryLoader"/> walks a file. Frames keep the order in
/// which the file first names them; a cue listed twice for the same frame and language keeps its first line. A strict
/// load throws at the first problem. One instance per load; not thread-safe.
/// </summary>
internal sealed class FrameSetAccumulator
{
    private readonly string _source;
    private readonly bool _strict;
    private readonly List<FrameDefinition> _frames = [];
    private readonly Dictionary<string, int> _frameIndex = new(StringComparer.Ordinal);
    private readonly HashSet<string> _described = new(StringComparer.Ordinal);
    private readonly List<FrameCue> _cues = [];
    private readonly Dictionary<(string Frame, string Language, string Key), int> _cueLine = [];
    private readonly List<LexiconProblem> _problems = [];

    public FrameSetAccumulator(string source, bool strict)
    {
        _source = source;
        _strict = strict;
    }

    public void Problem(int line, string field, string message)
    {
        var problem = new LexiconProblem(_source, line, field, message);
        if (_strict)
        {
            throw new LexiconFormatException(problem);
        }

        _problems.Add(problem);
    }

    public bool HasFrame(string id) => _frameIndex.ContainsKey(id);

    /// <summary>Checks a frame id: letters, digits, <c>_</c>, <c>-</c> and <c>.</c> only. Reports and returns false otherwise.</summary>
    public bool CheckId(int line, string id, string field)
    {
        if (id.Length == 0)
        {
            Problem(line, field, "the frame id is empty");
            return false;
        }

        foreach (var ch in id)
        {
            if (!(char.IsLetterOrDigit(ch) || ch is '_' or '-' or '.'))
            {
                Problem(line, field, $"frame id '{id}' may hold only letters, digits, '_', '-' and '.'");
                return false;
            }
        }

        return true;
    }

    /// <summary>Adds a frame with explicit names and definitions (a <c># frame:</c> line).</summary>
    public void Describe(int line, string id, string? nameEn, string? nameEs, string? definitionEn, string? definitionEs)
    {
        if (!CheckId(line, id, "frame"))
        {
            return;
        }

        if (!_described.Add(id))
        {
            Problem(line, "frame", $"frame '{id}' is described twice; this line was not used");
            return;
        }

        var builtIn = FrameSet.PolicyFrames.Find(id);
        var en = Blank(nameEn) ?? builtIn?.NameEn ?? id;
        var es = Blank(nameEs) ?? builtIn?.NameEs ?? en;
        var defEn = Blank(definitionEn) ?? builtIn?.DefinitionEn ?? string.Empty;
        var defEs = Blank(definitionEs) ?? (Blank(definitionEn) is null ? builtIn?.DefinitionEs : null) ?? defEn;
        var definition = new FrameDefinition(id, en, es, defEn, defEs);
        if (_frameIndex.TryGetValue(id, out var i))
        {
            _frames[i] = definition; // Named by a cue line before its description: keep its place, take the names.
        }
        else
        {
            _frameIndex[id] = _frames.Count;
            _frames.Add(definition);
        }
    }

    /// <summary>Makes sure a frame exists; a frame id of the built-in set borrows its names and definitions.</summary>
    public void Ensure(string id)
    {
        if (_frameIndex.ContainsKey(id))
        {
            return;
        }

        _frameIndex[id] = _frames.Count;
        _frames.Add(FrameSet.PolicyFrames.Find(id) ?? new FrameDefinition(id, id, id, string.Empty, string.Empty));
    }

    /// <summary>Checks and adds one cue; reports the line (field <paramref name="cueField"/>) when the cue is malformed or repeated.</summary>
    public void AddCue(int line, string frame, string language, string cue, double weight, string cueField)
    {
        cue = cue.Trim();
        if (CheckCue(cue) is { } error)
        {
            Problem(line, cueField, error);
            return;
        }

        var key = (frame, language, FrameSet.FoldedCueKey(cue));
        if (_cueLine.TryGetValue(key, out var first))
        {
            Problem(line, cueField, $"cue '{cue}' is listed twice for frame '{frame}' and language '{language}' (first on line {first}); this line was not used");
            return;
        }

        _cueLine[key] = line;
        Ensure(frame);
        _cues.Add(new FrameCue(frame, language, cue, weight));
    }

    public FrameDictionaryLoadResult Build(string name, string? version, int lastLine)
    {
        if (_frames.Count == 0)
        {
            Problem(Math.Max(lastLine, 1), "frame", "the dictionary defines no frame");
        }

        return new FrameDictionaryLoadResult(FrameSet.Create(name, version, _frames.ToArray(), _cues), _problems.ToArray());
    }

    /// <summary>Parses a language cell: <c>en</c>, <c>es</c> or <c>*</c> (case-insensitive); empty means <paramref name="fallback"/>.</summary>
    public static string? Language(string text, string fallback)
    {
        var t = text.Trim().ToLowerInvariant();
        return t.Length == 0 ? fallback : t is "en" or "es" or "*" ? t : null;
    }

    /// <summary>Why a cue is malformed, or null (see <see cref="FrameCueSyntax.Check"/>).</summary>
    private static string? CheckCue(string cue) => FrameCueSyntax.Check(cue);

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
