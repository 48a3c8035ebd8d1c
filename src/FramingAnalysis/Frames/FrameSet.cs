using System.Collections.Concurrent;
using System.Globalization;
using FramingAnalysis.Languages;
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
    // The cue matcher of each language, by pack code: built for the packs registered when the set is made, and on first
    // use for packs registered later.
    private readonly ConcurrentDictionary<string, FrameCueMatcher> _matchers = new(StringComparer.Ordinal);

    private FrameSet(string name, string? version, IReadOnlyList<FrameDefinition> frames, IReadOnlyList<FrameCue> cues)
    {
        Name = name;
        Version = version;
        Frames = frames;
        Cues = cues;
        foreach (var pack in LanguagePacks.All)
        {
            _matchers[pack.Code] = BuildMatcher(pack);
        }
    }

    /// <summary>The matcher of the cues of a pack's language and of every language (<c>*</c>), stemmed by the pack's stemmer.</summary>
    private FrameCueMatcher BuildMatcher(LanguagePack pack)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < Frames.Count; i++)
        {
            index[Frames[i].Id] = i;
        }

        // A cue listed under several frames (common in LIWC and quanteda dictionaries, where a word may belong to
        // several categories) is one matcher entry that counts for each of its frames; within a frame, the first
        // listing of a cue wins.
        var grouped = new Dictionary<string, List<(int, double)>>(StringComparer.Ordinal);
        var order = new List<string>();
        var text = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var c in Cues)
        {
            if (c.Language != pack.Code && c.Language != FrameCue.AnyLanguage)
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
        return new FrameCueMatcher(entries, pack.Stemmer);
    }

    /// <summary>The set's name (for manifests).</summary>
    public string Name { get; }

    /// <summary>The set's version, or null.</summary>
    public string? Version { get; }

    /// <summary>The frames, in their canonical order.</summary>
    public IReadOnlyList<FrameDefinition> Frames { get; }

    /// <summary>Every cue of every frame and language.</summary>
    public IReadOnlyList<FrameCue> Cues { get; }

    /// <summary>
    /// The built-in Policy Frames Codebook set: 15 frames with the names and cues of every registered
    /// <see cref="LanguagePack"/> (English and Spanish are built in). Built on first use and shared until a pack is
    /// registered.
    /// </summary>
    public static FrameSet PolicyFrames => BuiltIn.Value;

    private static readonly PerRegistration<FrameSet> BuiltIn = new(LoadBuiltIn);

    /// <summary>The built-in set and the registrations it was built from.</summary>

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

    /// <summary>
    /// The matcher for text in a language: that of its registered pack, else that of <see cref="LanguagePacks.Default"/>
    /// (text in an unserved or undetermined language). Called once per unit.
    /// </summary>
    internal FrameCueMatcher MatcherFor(string language)
    {
        if (_matchers.TryGetValue(language, out var matcher))
        {
            return matcher;
        }

        var pack = LanguagePacks.FindOrDefault(language);
        return _matchers.GetOrAdd(pack.Code, static (_, state) => state.Set.BuildMatcher(state.Pack), (Set: this, Pack: pack));
    }

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

    /// <summary>
    /// The built-in set: the frames of <c>frames/frames.tsv</c> with the names and cues of the given packs, in
    /// registration order (English, then Spanish, then the packs registered after them).
    /// </summary>
    private static FrameSet LoadBuiltIn(IReadOnlyList<LanguagePack> packs)
    {
        var table = ResourceTable.BuiltIn(BuiltInFramesTable);
        var ids = table.Rows.Select(r => r.Cells[table.Column("id")]).ToList();
        var frames = ids.Select(id => new FrameDefinition(id, packs
            .Where(p => p.PolicyFrameTexts.ContainsKey(id))
            .Select(p => KeyValuePair.Create(p.Code, p.PolicyFrameTexts[id])))).ToList();
        var cues = new List<FrameCue>();
        foreach (var pack in packs)
        {
            cues.AddRange(pack.PolicyFrameCues);
        }

        return new FrameSet("policy-frames-codebook", table.Version, frames, cues);
    }

    private const string BuiltInFramesTable = "frames/frames.tsv";

    /// <summary>
    /// The names and definitions of the built-in frames in a language, from the <c>name_{language}</c> and
    /// <c>definition_{language}</c> columns of <c>frames/frames.tsv</c> (empty when the table has no such columns).
    /// </summary>
    internal static IReadOnlyDictionary<string, FrameText> LoadBuiltInTexts(string language)
    {
        var table = ResourceTable.BuiltIn(BuiltInFramesTable);
        if (!table.Columns.Contains($"name_{language}") || !table.Columns.Contains($"definition_{language}"))
        {
            return new Dictionary<string, FrameText>();
        }

        int id = table.Column("id"), name = table.Column($"name_{language}"), definition = table.Column($"definition_{language}");
        return table.Rows.ToDictionary(r => r.Cells[id], r => new FrameText(r.Cells[name], r.Cells[definition]), StringComparer.Ordinal);
    }

    /// <summary>The cues of the built-in frames in a language, from <c>frames/{language}/{frame id}.tsv</c>, frame by frame.</summary>
    internal static IReadOnlyList<FrameCue> LoadBuiltInCues(string language)
    {
        var table = ResourceTable.BuiltIn(BuiltInFramesTable);
        var cues = new List<FrameCue>();
        foreach (var frame in table.Rows.Select(r => r.Cells[table.Column("id")]))
        {
            var cueTable = ResourceTable.BuiltIn($"frames/{language}/{frame}.tsv");
            var cue = cueTable.Column("cue");
            var weight = cueTable.Column("weight");
            foreach (var (line, cells) in cueTable.Rows)
            {
                if (!double.TryParse(cells[weight], NumberStyles.Float, CultureInfo.InvariantCulture, out var w))
                {
                    throw new FormatException($"{cueTable.Source}:{line}: weight: '{cells[weight]}' is not a number");
                }

                cues.Add(new FrameCue(frame, language, cells[cue].Trim(), w));
            }
        }

        return cues;
    }
}
