using FramingAnalysis.Comparison.Statistics;

namespace FramingAnalysis.Naming;

/// <summary>
/// Turns the groups' naming counts into the naming table: per target and language, each group's expressions, phrases
/// and characteristic labels. A pure function of the counts: the same counts, in any merge order, give the same table.
/// </summary>
internal static class NamingTable
{
    /// <summary>Expressions and phrases listed per group.</summary>
    public const int TopForms = 5;

    /// <summary>
    /// Builds the table. Labels are ranked per group by the weighted log-odds z-score against the other groups of the same
    /// language (Monroe, Colaresi &amp; Quinn 2008) when two or more groups refer to the target in that language, else by
    /// count. The informative prior's size is α0 = min(<paramref name="priorSize"/>, the language's label total), so that
    /// a few dozen labels are not drowned by a prior sized for whole corpora; its shape is the language's label counts.
    /// </summary>
    /// <param name="groups">Group keys and their accumulators, in group order.</param>
    /// <param name="targets">Target names by index.</param>
    /// <param name="topLabels">Labels listed per group.</param>
    /// <param name="priorSize">The comparison's prior size for distinctive terms (α0 upper bound).</param>
    public static IReadOnlyList<TargetNaming> Build(IReadOnlyList<(string Group, NamingAccumulator Counts)> groups, IReadOnlyList<string> targets, int topLabels, double priorSize)
    {
        var result = new List<TargetNaming>();
        var keys = groups.SelectMany(g => g.Counts.Targets.Keys).Distinct().OrderBy(k => k.Target).ThenBy(k => k.Language, StringComparer.Ordinal).ToList();
        foreach (var (target, language) in keys)
        {
            var members = groups.Where(g => g.Counts.Targets.ContainsKey((target, language))).Select(g => (g.Group, Tally: g.Counts.Targets[(target, language)])).ToList();
            var corpus = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var (_, tally) in members)
            {
                foreach (var (key, form) in tally.Labels.Forms)
                {
                    corpus[key] = corpus.GetValueOrDefault(key) + form.Count;
                }
            }

            // A test needs labels on both sides (two or more groups that attach labels to the target in this language) and
            // two or more distinct labels (with one, every group's share of it is 1 and the log-odds are undefined).
            var tested = members.Count(m => m.Tally.Labels.Forms.Count > 0) >= 2 && corpus.Count >= 2;
            var alpha0 = Math.Min(priorSize, corpus.Values.Sum());
            var groupsOut = new List<GroupNaming>(members.Count);
            foreach (var (group, tally) in members)
            {
                IEnumerable<NamingLabel> labels;
                if (tested && tally.Labels.Forms.Count > 0)
                {
                    var own = tally.Labels.Forms.ToDictionary(kv => kv.Key, kv => kv.Value.Count, StringComparer.Ordinal);
                    var z = LogOddsRatio.CompareToRest(own, corpus, alpha0).ToDictionary(t => t.Term, t => t.Z, StringComparer.Ordinal);
                    labels = tally.Labels.Forms.Select(kv => Label(kv.Key, kv.Value, z[kv.Key]))
                        .OrderByDescending(l => l.Z).ThenByDescending(l => l.Count).ThenBy(l => l.Key, StringComparer.Ordinal);
                }
                else
                {
                    labels = tally.Labels.Forms.Select(kv => Label(kv.Key, kv.Value, null))
                        .OrderByDescending(l => l.Count).ThenBy(l => l.Key, StringComparer.Ordinal);
                }

                groupsOut.Add(new GroupNaming(group, tally.References.Sum(), VoiceCounts.From(tally.References), Forms(tally.Expressions), Forms(tally.Phrases), [.. labels.Take(topLabels)]));
            }

            result.Add(new TargetNaming(targets[target], language, tested, groupsOut));
        }

        return result;
    }

    private static NamingLabel Label(string key, NamingAccumulator.FormTally form, double? z) =>
        new(form.WrittenForm, key, form.Count, VoiceCounts.From(form.ByVoice), form.Attachment, form.Valence, form.Evaluative, z, form.Example!, Sorted(form.Locations));

    private static List<NamingForm> Forms(NamingAccumulator.FormTable table) =>
        [.. table.Forms.OrderByDescending(kv => kv.Value.Count).ThenBy(kv => kv.Key, StringComparer.Ordinal).Take(TopForms)
            .Select(kv => new NamingForm(kv.Value.WrittenForm, kv.Value.Count, VoiceCounts.From(kv.Value.ByVoice), kv.Value.Example!, Sorted(kv.Value.Locations)))];

    private static NamingLocation[] Sorted(List<NamingLocation> locations)
    {
        var sorted = locations.ToArray();
        Array.Sort(sorted);
        return sorted;
    }
}
