using System.Collections.Frozen;
using FramingAnalysis.Stance;
using FramingAnalysis.Text;

namespace FramingAnalysis.Naming;

/// <summary>
/// What the naming stage of a comparison knows about its targets: the folded words of each target's name and aliases,
/// which are never counted as labels (<c>prison</c> in <c>the prison</c>). Immutable and thread-safe; shared by every
/// accumulator of a comparison through its layout.
/// </summary>
internal sealed class NamingWords
{
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>>[] _aliasWords;

    /// <summary>Collects the words of every name and alias, in every language, per target.</summary>
    public NamingWords(IReadOnlyList<StanceTarget> targets)
    {
        _aliasWords = new FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>>[targets.Count];
        for (var t = 0; t < targets.Count; t++)
        {
            var words = new HashSet<string>(StringComparer.Ordinal);
            foreach (var phrase in targets[t].Aliases.Values.SelectMany(a => a).Append(targets[t].Name))
            {
                foreach (var word in phrase.Split([' ', '-', '\u00a0'], StringSplitOptions.RemoveEmptyEntries))
                {
                    words.Add(TermNormalizer.Fold(word.TrimEnd('*')));
                }

                words.Add(TermNormalizer.Fold(phrase.TrimEnd('*')));
            }

            _aliasWords[t] = words.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        }
    }

    /// <summary>Whether a stance result's evidence holds a mention with a place in the text (a name, alias or anaphor).</summary>
    public static bool HasMention(IReadOnlyList<StanceEvidence> evidence)
    {
        foreach (var e in evidence)
        {
            if (e.Length > 0 && e.Cue is "mention" or "carry")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Reads every mention in a stance result of target <paramref name="target"/> and counts it into <paramref name="into"/>.</summary>
    public void Count(NamingAccumulator into, int target, StanceResult stance, string articleId, string unitId, AnalyzedText text)
    {
        var found = t_found ??= [];
        found.Clear();
        Read(target, stance, text, found);
        foreach (var reference in found)
        {
            into.Add(target, text.Language, articleId, unitId, text, reference);
        }

        found.Clear();
    }

    [ThreadStatic]
    private static List<TargetReference>? t_found;

    /// <summary>Reads every mention in a stance result of target <paramref name="target"/> into <paramref name="found"/>, in evidence order.</summary>
    public void Read(int target, StanceResult stance, AnalyzedText text, List<TargetReference> found)
    {
        var pack = StanceLanguagePack.FindOrDefault(text.Language);
        if (pack is null || (uint)target >= (uint)_aliasWords.Length)
        {
            return;
        }

        var stopwords = Stopwords.ForOrNone(pack.Language);
        // A mention inside another (megacárcel in "la exitosa megacárcel") is the same reference, and a word two mentions
        // share (an apposition naming the target again) is one label: each counts once per unit, target and voice.
        var scratch = t_scratch ??= new Scratch();
        scratch.Covered.Clear();
        scratch.Labelled.Clear();
        foreach (var e in stance.Evidence)
        {
            if (e.Length <= 0 || e.Cue is not ("mention" or "carry") || scratch.Covers(e.Start, e.Start + e.Length))
            {
                continue;
            }

            scratch.Covered.Add((e.Start, e.Start + e.Length));
            if (ReferenceExtractor.Extract(text, pack, stopwords, _aliasWords[target], stance.Target, stance.Voice, e.Start, e.Length) is { } reference)
            {
                scratch.Earlier.Clear();
                foreach (var l in reference.Labels)
                {
                    if (!scratch.Labelled.Add(l.Start))
                    {
                        scratch.Earlier.Add(l.Start);
                    }
                }

                found.Add(scratch.Earlier.Count == 0 ? reference
                    : reference with { Labels = [.. reference.Labels.Where(l => !scratch.Earlier.Contains(l.Start))] });
            }
        }
    }

    [ThreadStatic]
    private static Scratch? t_scratch;

    /// <summary>Per-thread buffers of one stance result's mentions: the spans read so far and the label offsets counted.</summary>
    private sealed class Scratch
    {
        public List<(int Start, int End)> Covered { get; } = [];

        public HashSet<int> Labelled { get; } = [];

        /// <summary>The label offsets of the reference being counted that an earlier reference already counted.</summary>
        public HashSet<int> Earlier { get; } = [];

        public bool Covers(int start, int end)
        {
            foreach (var (s, e) in Covered)
            {
                if (start >= s && end <= e)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
