namespace FramingAnalysis.Naming;

/// <summary>
/// How the groups of a comparison name and label one target in one language (the naming table, issue 26): per group,
/// the expressions that refer to the target, the noun phrases around them, and the label words attached to them, with
/// their distinctiveness against the other groups of the same language.
/// </summary>
/// <param name="Target">The target's name.</param>
/// <param name="Language">The language of the units counted (labels are compared within one language only).</param>
/// <param name="Tested">
/// Whether two or more groups attach labels to the target in this language, two or more distinct ones, so that
/// <see cref="NamingLabel.Z"/> compares each group with the others; false otherwise, for example in a language only one
/// group writes in (its labels are listed by count, side by side with the other languages' tables, without a test).
/// </param>
/// <param name="Groups">The groups that refer to the target in this language, in group order.</param>
public sealed record TargetNaming(string Target, string Language, bool Tested, IReadOnlyList<GroupNaming> Groups);

/// <summary>One group's naming of one target in one language.</summary>
/// <param name="Group">The group key.</param>
/// <param name="References">References found (every voice), pronouns included.</param>
/// <param name="Voices">References per voice.</param>
/// <param name="Expressions">The most frequent expressions that matched (name, alias or noun-phrase anaphor; pronouns are counted in <paramref name="References"/> only), by count.</param>
/// <param name="Phrases">The most frequent noun phrases around them, by count.</param>
/// <param name="Labels">The group's characteristic label words: by z (most distinctive first) when tested, else by count.</param>
public sealed record GroupNaming(string Group, int References, VoiceCounts Voices, IReadOnlyList<NamingForm> Expressions, IReadOnlyList<NamingForm> Phrases, IReadOnlyList<NamingLabel> Labels);

/// <summary>An expression or phrase that refers to a target, counted by its folded form and shown in its most frequent written form.</summary>
/// <param name="Text">The most frequent written form (ties: ordinal order).</param>
/// <param name="Count">How many references used it.</param>
/// <param name="Voices">The count per voice.</param>
/// <param name="Example">The first use (by article id, unit id, offset), with its sentence.</param>
/// <param name="Locations">Every use, by article id, unit id and offset.</param>
public sealed record NamingForm(string Text, int Count, VoiceCounts Voices, NamingExample Example, IReadOnlyList<NamingLocation> Locations);

/// <summary>A label word a group attaches to a target.</summary>
/// <param name="Label">The most frequent written form (<c>exitosa</c>, <c>controversial</c>).</param>
/// <param name="Key">The folded form it is counted by.</param>
/// <param name="Count">How many times the group attached it to the target.</param>
/// <param name="Voices">The count per voice.</param>
/// <param name="Attachment">How it was attached most often (ties: modifier, apposition, predicate).</param>
/// <param name="Valence">Its valence in the language's sentiment lexicon (about −4…4; 0 when absent).</param>
/// <param name="Evaluative">The weight of the evaluative stance cue it starts (positive: favourable; 0 when none).</param>
/// <param name="Z">
/// The weighted log-odds z-score of the word for this group against the other groups of the language (Monroe, Colaresi
/// &amp; Quinn 2008, informative Dirichlet prior from the language's label counts); null when not tested.
/// </param>
/// <param name="Example">The first use (by article id, unit id, offset), with its sentence.</param>
/// <param name="Locations">Every use, by article id, unit id and offset.</param>
public sealed record NamingLabel(string Label, string Key, int Count, VoiceCounts Voices, LabelAttachment Attachment, double Valence, double Evaluative, double? Z,
    NamingExample Example, IReadOnlyList<NamingLocation> Locations);

/// <summary>Where a count came from: the unit and the offset of the word or expression in its text.</summary>
/// <param name="ArticleId">The article.</param>
/// <param name="UnitId">The unit.</param>
/// <param name="Start">Offset in the unit text.</param>
/// <param name="Length">Length.</param>
public readonly record struct NamingLocation(string ArticleId, string UnitId, int Start, int Length) : IComparable<NamingLocation>
{
    /// <summary>Orders by article id, unit id (ordinal), then offset: the order of every list of locations.</summary>
    public int CompareTo(NamingLocation other)
    {
        var c = string.CompareOrdinal(ArticleId, other.ArticleId);
        if (c == 0)
        {
            c = string.CompareOrdinal(UnitId, other.UnitId);
        }

        return c != 0 ? c : Start.CompareTo(other.Start);
    }
}

/// <summary>A use of a label or expression with the sentence it is in, for readers.</summary>
/// <param name="Location">Where it is.</param>
/// <param name="Sentence">The sentence, as written.</param>
/// <param name="SentenceStart">Offset of the sentence in the unit text (the use is at <c>Location.Start - SentenceStart</c> in it).</param>
public sealed record NamingExample(NamingLocation Location, string Sentence, int SentenceStart);

/// <summary>Counts per voice.</summary>
/// <param name="Outlet">The outlet's own words.</param>
/// <param name="Quoted">Speech the outlet quotes.</param>
/// <param name="Embedded">Embedded posts.</param>
/// <param name="Audience">Reader comments.</param>
public readonly record struct VoiceCounts(int Outlet, int Quoted, int Embedded, int Audience)
{
    internal static VoiceCounts From(ReadOnlySpan<int> byVoice) => new(byVoice[0], byVoice[1], byVoice[2], byVoice[3]);
}
