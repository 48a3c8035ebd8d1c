using FramingAnalysis.Languages;
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

    /// <summary>
    /// Adds a frame with explicit names and definitions (a <c># frame:</c> line), one entry per language in the order
    /// given. A missing name or definition comes from the built-in frame of the same id in that language; failing that,
    /// it copies the first language's (a missing first name is the id).
    /// </summary>
    public void Describe(int line, string id, IReadOnlyList<(string Language, string? Name, string? Definition)> texts)
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
        var result = new List<KeyValuePair<string, FrameText>>(texts.Count);
        if (texts.Count > 0)
        {
            var (first, firstName, firstDefinition) = texts[0];
            var name = Blank(firstName) ?? builtIn?.TextIn(first)?.Name ?? id;
            var definition = Blank(firstDefinition) ?? builtIn?.TextIn(first)?.Definition ?? string.Empty;
            result.Add(KeyValuePair.Create(first, new FrameText(name, definition)));
            for (var t = 1; t < texts.Count; t++)
            {
                var (language, otherName, otherDefinition) = texts[t];
                result.Add(KeyValuePair.Create(language, new FrameText(
                    Blank(otherName) ?? builtIn?.TextIn(language)?.Name ?? name,
                    Blank(otherDefinition) ?? (Blank(firstDefinition) is null ? builtIn?.TextIn(language)?.Definition : null) ?? definition)));
            }
        }

        var described = new FrameDefinition(id, result);
        if (_frameIndex.TryGetValue(id, out var i))
        {
            _frames[i] = described; // Named by a cue line before its description: keep its place, take the names.
        }
        else
        {
            _frameIndex[id] = _frames.Count;
            _frames.Add(described);
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
        _frames.Add(FrameSet.PolicyFrames.Find(id) ?? new FrameDefinition(id));
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

    /// <summary>
    /// Parses a language cell: the code of a registered <see cref="LanguagePack"/> or <c>*</c> (case-insensitive); empty
    /// means <paramref name="fallback"/>; null for anything else.
    /// </summary>
    public static string? Language(string text, string fallback)
    {
        var t = text.Trim().ToLowerInvariant();
        return t.Length == 0 ? fallback : t == FrameCue.AnyLanguage ? t : LanguagePacks.All.Any(p => p.Code == t) ? t : null;
    }

    /// <summary>The registered languages and <c>*</c>, for messages (<c>en, es or *</c>).</summary>
    public static string KnownLanguages() => string.Join(", ", LanguagePacks.All.Select(p => p.Code)) + " or " + FrameCue.AnyLanguage;

    /// <summary>Why a cue is malformed, or null (see <see cref="FrameCueSyntax.Check"/>).</summary>
    private static string? CheckCue(string cue) => FrameCueSyntax.Check(cue);

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
