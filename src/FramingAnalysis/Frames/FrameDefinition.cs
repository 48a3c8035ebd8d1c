namespace FramingAnalysis.Frames;

/// <summary>
/// A frame of a frame set: its id, and its display name and definition in each language that has them (language as
/// data: the built-in set has one entry per registered language pack that names the frames, in registration order).
/// Immutable; two definitions are equal when their ids and texts (in order) are.
/// </summary>
public sealed class FrameDefinition : IEquatable<FrameDefinition>
{
    private readonly KeyValuePair<string, FrameText>[] _texts;

    /// <summary>Makes a definition.</summary>
    /// <param name="id">The id used in every output (for the built-in set, a Policy Frames Codebook id such as <c>economic</c>).</param>
    /// <param name="texts">
    /// Language code → name and definition, in the order reports list them; the first is the frame's
    /// <see cref="Name"/>. A language listed twice keeps its first text.
    /// </param>
    public FrameDefinition(string id, IEnumerable<KeyValuePair<string, FrameText>> texts)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(texts);
        Id = id;
        var list = new List<KeyValuePair<string, FrameText>>();
        foreach (var text in texts)
        {
            ArgumentNullException.ThrowIfNull(text.Key, nameof(texts));
            ArgumentNullException.ThrowIfNull(text.Value, nameof(texts));
            if (!list.Exists(t => string.Equals(t.Key, text.Key, StringComparison.Ordinal)))
            {
                list.Add(text);
            }
        }

        _texts = [.. list];
    }

    /// <summary>Makes a definition with no names: the id is its name in every language, and it has no definition.</summary>
    /// <param name="id">The frame id.</param>
    public FrameDefinition(string id)
        : this(id, [])
    {
    }

    /// <summary>The id used in every output.</summary>
    public string Id { get; }

    /// <summary>Language code → display name and definition, in order; empty for a frame without names.</summary>
    public IReadOnlyList<KeyValuePair<string, FrameText>> Texts => _texts;

    /// <summary>The display name in the first language listed (reports are written in it), or the id when there is none.</summary>
    public string Name => _texts.Length > 0 && !string.IsNullOrWhiteSpace(_texts[0].Value.Name) ? _texts[0].Value.Name : Id;

    /// <summary>The definition in the first language listed, or empty.</summary>
    public string Definition => _texts.Length > 0 ? _texts[0].Value.Definition : string.Empty;

    /// <summary>The name and definition in a language, or null when the frame has none in it.</summary>
    /// <param name="language">A language code (ordinal).</param>
    public FrameText? TextIn(string language)
    {
        foreach (var (code, text) in _texts)
        {
            if (string.Equals(code, language, StringComparison.Ordinal))
            {
                return text;
            }
        }

        return null;
    }

    /// <summary>The display name in a language, or <see cref="Name"/> when the frame has none in it.</summary>
    /// <param name="language">A language code (ordinal).</param>
    public string NameIn(string language) => TextIn(language)?.Name ?? Name;

    /// <summary>
    /// The frame's different names, in order, joined with <c> / </c> (<c>Economic / Económico</c>; one name when all
    /// languages agree): the label Markdown reports use.
    /// </summary>
    public string DisplayName()
    {
        var names = new List<string>(_texts.Length);
        foreach (var (_, text) in _texts)
        {
            if (!names.Contains(text.Name))
            {
                names.Add(text.Name);
            }
        }

        return names.Count == 0 ? Id : string.Join(" / ", names);
    }

    /// <inheritdoc/>
    public bool Equals(FrameDefinition? other) =>
        other is not null && string.Equals(Id, other.Id, StringComparison.Ordinal) && _texts.AsSpan().SequenceEqual(other._texts);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as FrameDefinition);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Id, StringComparer.Ordinal);
        foreach (var text in _texts)
        {
            hash.Add(text);
        }

        return hash.ToHashCode();
    }

    /// <summary>The id and the names, for debugging.</summary>
    public override string ToString() => $"{Id} ({DisplayName()})";
}
