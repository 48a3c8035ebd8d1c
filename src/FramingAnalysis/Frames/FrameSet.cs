using System.Globalization;
using FramingAnalysis.Lexicons;
using FramingAnalysis.Text;

namespace FramingAnalysis.Frames;

/// <summary>
/// A set of frames with their cue dictionaries per language. The built-in set is the 15 frames of the Policy Frames
/// Codebook (Boydstun, Card, Gross, Resnik &amp; Smith 2014) with our own English and Spanish dictionaries; users can
/// replace it entirely (for example with a 9-frame issue-specific codebook) and everything downstream still works.
/// Immutable and thread-safe.
/// </summary>
public sealed class FrameSet
{
    private readonly Dictionary<string, FrameCueMatcher> _matchers;

    private FrameSet(string name, string? version, IReadOnlyList<FrameDefinition> frames, IReadOnlyList<FrameCue> cues)
    {
        Name = name;
        Version = version;
        Frames = frames;
        Cues = cues;
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < frames.Count; i++)
        {
            index[frames[i].Id] = i;
        }

        _matchers = new Dictionary<string, FrameCueMatcher>(StringComparer.Ordinal);
        foreach (var language in new[] { "en", "es" })
        {
            // A cue listed under several frames (common in LIWC and quanteda dictionaries, where a word may belong to
            // several categories) is one matcher entry that counts for each of its frames; within a frame, the first
            // listing of a cue wins.
            var grouped = new Dictionary<string, List<(int, double)>>(StringComparer.Ordinal);
            var order = new List<string>();
            var text = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var c in cues)
            {
                if (c.Language != language && c.Language != "*")
                {
                    continue;
                }

                var key = CueKey(c.Cue);
                if (key.Length == 0)
                {
                    continue;
                }

                if (!grouped.TryGetValue(key, out var list))
                {
                    grouped[key] = list = [];
                    order.Add(key);
                    text[key] = c.Cue;
                }

                var frame = index[c.Frame];
                if (!list.Exists(p => p.Item1 == frame))
                {
                    list.Add((frame, c.Weight));
                }
            }

            var entries = order.Select(k => (text[k], grouped[k].ToArray()));
            _matchers[language] = new FrameCueMatcher(entries, TextPipeline.StemmerFor(language));
        }
    }

    /// <summary>The set's name (for manifests).</summary>
    public string Name { get; }

    /// <summary>The set's version, or null.</summary>
    public string? Version { get; }

    /// <summary>The frames, in their canonical order.</summary>
    public IReadOnlyList<FrameDefinition> Frames { get; }

    /// <summary>Every cue of every frame and language.</summary>
    public IReadOnlyList<FrameCue> Cues { get; }

    /// <summary>The built-in Policy Frames Codebook set (15 frames, English and Spanish).</summary>
    public static FrameSet PolicyFrames => BuiltInSet.Value;

    private static readonly Lazy<FrameSet> BuiltInSet = new(LoadBuiltIn);

    /// <summary>Makes a set from frames and cues (every cue must name a frame of the set).</summary>
    /// <exception cref="ArgumentException">A cue names an unknown frame, or frame ids repeat.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A cue's weight is zero, negative, infinite or not a number.</exception>
    public static FrameSet Create(string name, string? version, IReadOnlyList<FrameDefinition> frames, IEnumerable<FrameCue> cues)
    {
        ArgumentNullException.ThrowIfNull(frames);
        ArgumentNullException.ThrowIfNull(cues);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var f in frames)
        {
            if (!ids.Add(f.Id))
            {
                throw new ArgumentException($"frame id '{f.Id}' appears twice", nameof(frames));
            }
        }

        var list = cues.ToList();
        foreach (var c in list)
        {
            if (!ids.Contains(c.Frame))
            {
                throw new ArgumentException($"cue '{c.Cue}' names unknown frame '{c.Frame}'", nameof(cues));
            }

            // Salience divides by summed cue weight: a weight of zero or less (or not a number) has no meaning there.
            if (!(c.Weight > 0) || double.IsInfinity(c.Weight))
            {
                throw new ArgumentOutOfRangeException(nameof(cues), c.Weight, $"cue '{c.Cue}' of frame '{c.Frame}': the weight must be a positive number");
            }
        }

        return new FrameSet(name, version, frames, list);
    }

    /// <summary>The frame of an id, or null.</summary>
    /// <param name="id">A frame id (ordinal).</param>
    /// <returns>The definition, or null when the set has no such frame.</returns>
    public FrameDefinition? Find(string id)
    {
        foreach (var f in Frames)
        {
            if (string.Equals(f.Id, id, StringComparison.Ordinal))
            {
                return f;
            }
        }

        return null;
    }

    internal FrameCueMatcher MatcherFor(string language) =>
        _matchers.TryGetValue(language, out var m) ? m : _matchers["en"];

    /// <summary>
    /// The identity of a cue for grouping: its folded words joined by one space, markers kept (<c>tour</c>, <c>tour~</c>
    /// and <c>tour*</c> differ), and a word written with a capital (a name cue, see <see cref="FrameCueSyntax"/>) marked
    /// with a leading <c>^</c>, so that <c>Right</c> and <c>right</c> stay two cues.
    /// </summary>
    internal static string CueKey(string cue) =>
        string.Join(' ', cue.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(w => w.Any(char.IsUpper) ? "^" + TermNormalizer.Fold(w) : TermNormalizer.Fold(w)));

    /// <summary>The identity of a cue for finding repeats in one frame: its folded words joined by one space (<c>Budget</c> repeats <c>budget</c>).</summary>
    internal static string FoldedCueKey(string cue) =>
        string.Join(' ', cue.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(TermNormalizer.Fold));

    private static FrameSet LoadBuiltIn()
    {
        var table = ResourceTable.BuiltIn("frames/frames.tsv");
        int Col(string c) => table.Column(c);
        var frames = table.Rows.Select(r => new FrameDefinition(r.Cells[Col("id")], r.Cells[Col("name_en")], r.Cells[Col("name_es")], r.Cells[Col("definition_en")], r.Cells[Col("definition_es")])).ToList();
        var cues = new List<FrameCue>();
        foreach (var language in new[] { "en", "es" })
        {
            foreach (var frame in frames)
            {
                var cueTable = ResourceTable.BuiltIn($"frames/{language}/{frame.Id}.tsv");
                var cue = cueTable.Column("cue");
                var weight = cueTable.Column("weight");
                foreach (var (line, cells) in cueTable.Rows)
                {
                    if (!double.TryParse(cells[weight], NumberStyles.Float, CultureInfo.InvariantCulture, out var w))
                    {
                        throw new FormatException($"{cueTable.Source}:{line}: weight: '{cells[weight]}' is not a number");
                    }

                    cues.Add(new FrameCue(frame.Id, language, cells[cue].Trim(), w));
                }
            }
        }

        return new FrameSet("policy-frames-codebook", table.Version, frames, cues);
    }
}
