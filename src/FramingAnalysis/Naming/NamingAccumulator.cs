using FramingAnalysis.Text;

namespace FramingAnalysis.Naming;

/// <summary>
/// One group's naming counts: per target and language, the expressions, phrases and label words of its references, each
/// with its count per voice, its written forms, every location, and its first use with the sentence. Accumulators of the
/// same group merge into the same state whatever the order (locations are sorted when read; the kept example is the
/// first by location), so a comparison split over workers gives the same table.
/// </summary>
/// <remarks>Not thread-safe: one accumulator per worker, merged at the end.</remarks>
internal sealed partial class NamingAccumulator
{
    private readonly Dictionary<(int Target, string Language), TargetTally> _targets = [];

    /// <summary>The tallies, by target index and language.</summary>
    public IReadOnlyDictionary<(int Target, string Language), TargetTally> Targets => _targets;

    /// <summary>Counts one reference of target <paramref name="target"/> found in a unit of <paramref name="language"/>.</summary>
    public void Add(int target, string language, string articleId, string unitId, AnalyzedText text, TargetReference reference)
    {
        if (!_targets.TryGetValue((target, language), out var tally))
        {
            _targets[(target, language)] = tally = new TargetTally();
        }

        var voice = (int)reference.Voice;
        tally.References[voice]++;
        if (reference.IsPronoun)
        {
            return; // a reference, but it names nothing (see TargetReference.IsPronoun)
        }

        tally.Expressions.Add(null, reference.Anchor, voice, new NamingLocation(articleId, unitId, reference.AnchorStart, reference.AnchorLength), text, -1);
        tally.Phrases.Add(null, reference.Phrase, voice, new NamingLocation(articleId, unitId, reference.PhraseStart, reference.PhraseLength), text, -1);
        foreach (var label in reference.Labels)
        {
            var form = tally.Labels.Add(label.Key, label.Written, voice, new NamingLocation(articleId, unitId, label.Start, label.Length), text, (int)label.Attachment);
            form.Valence = label.Valence;
            form.Evaluative = label.Evaluative;
        }
    }

    /// <summary>Adds everything <paramref name="other"/> counted; <paramref name="other"/> is not changed.</summary>
    public void Merge(NamingAccumulator other)
    {
        foreach (var (key, theirs) in other._targets)
        {
            if (!_targets.TryGetValue(key, out var mine))
            {
                _targets[key] = mine = new TargetTally();
            }

            for (var v = 0; v < mine.References.Length; v++)
            {
                mine.References[v] += theirs.References[v];
            }

            mine.Expressions.Merge(theirs.Expressions);
            mine.Phrases.Merge(theirs.Phrases);
            mine.Labels.Merge(theirs.Labels);
        }
    }

    /// <summary>One target's counts in one language.</summary>
    internal sealed class TargetTally
    {
        public int[] References { get; } = new int[4];

        public FormTable Expressions { get; } = new();

        public FormTable Phrases { get; } = new();

        public FormTable Labels { get; } = new();
    }

    /// <summary>Forms counted by folded key.</summary>
    internal sealed partial class FormTable
    {
        /// <summary>Written form → its tally: a form seen before is found without folding it again.</summary>
        private readonly Dictionary<string, FormTally> _byWritten = new(StringComparer.Ordinal);

        public Dictionary<string, FormTally> Forms { get; } = new(StringComparer.Ordinal);

        /// <summary>Counts one use; <paramref name="key"/> null folds <paramref name="written"/> (once per written form).</summary>
        public FormTally Add(string? key, string written, int voice, NamingLocation location, AnalyzedText text, int attachment)
        {
            if (!_byWritten.TryGetValue(written, out var form))
            {
                key ??= TermNormalizer.Fold(written);
                if (!Forms.TryGetValue(key, out form))
                {
                    Forms[key] = form = new FormTally();
                }

                _byWritten[written] = form;
            }

            form.Count++;
            form.ByVoice[voice]++;
            form.Written[written] = form.Written.GetValueOrDefault(written) + 1;
            if (attachment >= 0)
            {
                form.ByAttachment[attachment]++;
            }

            form.Locations.Add(location);
            if (form.Example is null || location.CompareTo(form.Example.Location) < 0)
            {
                form.Example = Example(text, location);
            }

            return form;
        }

        public void Merge(FormTable other)
        {
            foreach (var (key, theirs) in other.Forms)
            {
                if (!Forms.TryGetValue(key, out var mine))
                {
                    Forms[key] = mine = new FormTally { Valence = theirs.Valence, Evaluative = theirs.Evaluative };
                }

                mine.Count += theirs.Count;
                for (var v = 0; v < mine.ByVoice.Length; v++)
                {
                    mine.ByVoice[v] += theirs.ByVoice[v];
                }

                for (var a = 0; a < mine.ByAttachment.Length; a++)
                {
                    mine.ByAttachment[a] += theirs.ByAttachment[a];
                }

                foreach (var (w, n) in theirs.Written)
                {
                    mine.Written[w] = mine.Written.GetValueOrDefault(w) + n;
                    _byWritten[w] = mine;
                }

                mine.Locations.AddRange(theirs.Locations);
                if (theirs.Example is { } e && (mine.Example is null || e.Location.CompareTo(mine.Example.Location) < 0))
                {
                    mine.Example = e;
                }
            }
        }

        private static NamingExample Example(AnalyzedText text, NamingLocation location)
        {
            foreach (var s in text.SentenceSpans)
            {
                if (location.Start >= s.Start && location.Start < s.End)
                {
                    return new NamingExample(location, text.Text.Substring(s.Start, s.Length), s.Start);
                }
            }

            return new NamingExample(location, text.Text, 0);
        }
    }

    /// <summary>One form's counts.</summary>
    internal sealed class FormTally
    {
        public int Count { get; set; }

        public int[] ByVoice { get; } = new int[4];

        public int[] ByAttachment { get; } = new int[3];

        public Dictionary<string, int> Written { get; } = new(StringComparer.Ordinal);

        public List<NamingLocation> Locations { get; } = [];

        public NamingExample? Example { get; set; }

        public double Valence { get; set; }

        public double Evaluative { get; set; }

        /// <summary>The most frequent written form; ties go to the ordinal-first.</summary>
        public string WrittenForm => Written.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).First().Key;

        /// <summary>The most frequent attachment; ties go to the first in enum order.</summary>
        public LabelAttachment Attachment
        {
            get
            {
                var best = 0;
                for (var a = 1; a < ByAttachment.Length; a++)
                {
                    if (ByAttachment[a] > ByAttachment[best])
                    {
                        best = a;
                    }
                }

                return (LabelAttachment)best;
            }
        }
    }
}
