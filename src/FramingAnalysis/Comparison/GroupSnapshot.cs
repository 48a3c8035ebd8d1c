using FramingAnalysis.Naming;

namespace FramingAnalysis.Comparison;

/// <summary>
/// What the statistics read of one group, fixed: made by <see cref="GroupAccumulator.Snapshot"/> when accumulation is
/// over, with the articles in canonical order (by id). Immutable: the accumulator hands its tables over and is spent (it
/// refuses further adds and merges), so nothing changes them afterwards; nothing is copied, which keeps a 1 GB run's
/// memory peak where it was. <see cref="ComparisonStatistics"/> computes every figure from snapshots and the layout.
/// </summary>
internal sealed class GroupSnapshot
{
    internal GroupSnapshot(GroupAccumulator group)
    {
        Key = group.Key;
        Articles = group.SortedArticles();
        UnitsByKind = group.UnitsByKind;
        StanceLabels = group.StanceLabels;
        StanceNotMentioning = group.StanceNotMentioning;
        SentimentLabels = group.SentimentLabels;
        UnitLanguages = group.UnitLanguages;
        Cues = group.Cues;
        Terms = group.Terms;
        AuthorWords = group.AuthorWords;
        CueExamples = group.CueExamples;
        StanceExamples = group.StanceExamples;
        Naming = group.Naming;
    }

    /// <summary>The group key.</summary>
    public string Key { get; }

    /// <summary>The group's per-article summaries, sorted by article id.</summary>
    public ArticleStore Articles { get; }

    /// <summary>How many articles the group has.</summary>
    public int ArticleCount => Articles.Count;

    /// <summary>Units per <see cref="UnitKind"/>.</summary>
    public IReadOnlyList<int> UnitsByKind { get; }

    /// <summary>Units that mention the target, per (target × voice) × label (against, neutral, favor).</summary>
    public IReadOnlyList<int> StanceLabels { get; }

    /// <summary>Stance results whose unit does not mention the target, per target × voice (counted only).</summary>
    public IReadOnlyList<int> StanceNotMentioning { get; }

    /// <summary>Sentiment labels per voice × label.</summary>
    public IReadOnlyList<int> SentimentLabels { get; }

    /// <summary>Units per language.</summary>
    public IReadOnlyDictionary<string, int> UnitLanguages { get; }

    /// <summary>Frame cue counts: frame id → cue → count.</summary>
    public IReadOnlyDictionary<string, Dictionary<string, int>> Cues { get; }

    /// <summary>Word and word-pair counts of the outlet units, by language.</summary>
    public IReadOnlyDictionary<string, TermCounter> Terms { get; }

    /// <summary>The folded words of the authors' names, which distinctive language leaves out.</summary>
    public IReadOnlySet<string> AuthorWords { get; }

    /// <summary>The best example sentence per frame and cue.</summary>
    public IReadOnlyDictionary<string, Dictionary<string, ExampleCandidate>> CueExamples { get; }

    /// <summary>Best example per (target × voice) × label, indexed like <see cref="StanceLabels"/>.</summary>
    public IReadOnlyList<ExampleCandidate?> StanceExamples { get; }

    /// <summary>How the group's units name and label each target (the naming table's tallies).</summary>
    public NamingAccumulator Naming { get; }
}
