using System.Runtime.InteropServices;
using FramingAnalysis.Analysis;
using FramingAnalysis.Stance;
using FramingAnalysis.Text;

namespace FramingAnalysis.Comparison;

/// <summary>
/// Collects what a comparison needs from one group's analyzed articles, and merges with another accumulator of the same
/// group (for example from another shard or thread).
/// </summary>
/// <remarks>
/// <para>
/// Memory: one compact per-article summary (the non-zero values of a 2F + 8T + 10-value data array for F frames and T
/// targets, see <see cref="ComparisonLayout"/>, kept contiguously by <see cref="ArticleStore"/>), needed because intervals
/// are bootstrapped over articles; integer unit, label and cue
/// counts (stance results whose unit does not mention the target are only counted, never summed into a stance mean); and term counts per language, which grow with the vocabulary, not with the number of articles. Besides the
/// compound score of each outlet paragraph (for the sentiment trajectory), the only text kept is a bounded set of example
/// sentences: one per frame cue that matched (bounded by the cue dictionaries) and one per target × voice × label.
/// </para>
/// <para>
/// Merge law: <c>a.Merge(b)</c> then <see cref="ComparisonBuilder.Build"/> gives the same result as adding all of
/// <c>a</c>'s and <c>b</c>'s articles to one accumulator, in any order, because every double is computed per article and
/// the summaries are sorted by article id before any statistic is computed; everything else is an integer count, and
/// each example sentence is the best candidate under a total order (first by article id, unit id and offset; for stance,
/// largest |score| first), so keeping the better of two is order-free.
/// Not thread-safe: use one accumulator per thread and merge.
/// </para>
/// </remarks>
internal sealed partial class GroupAccumulator
{
    private readonly double[] _data;
    private readonly List<double> _trajectory = [];
    private readonly ArticleStore _articles;
    private readonly int[] _unitsByKind = new int[5];
    private readonly int[] _stanceLabels;
    private readonly int[] _stanceNotMentioning;
    private readonly int[] _sentimentLabels = new int[ComparisonLayout.VoiceCount * 3];
    private readonly Dictionary<string, int> _unitLanguages = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, int>> _cues = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TermCounter> _terms = new(StringComparer.Ordinal);
    private readonly HashSet<string> _authorWords = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, ExampleCandidate>> _cueExamples = new(StringComparer.Ordinal);
    private readonly ExampleCandidate?[] _stanceExamples;
    private readonly Dictionary<string, int> _targetIndex;
    private readonly Dictionary<string, int> _frameIndex;
    private readonly FramingAnalysis.Naming.NamingAccumulator _naming = new();

    /// <summary>Creates an empty accumulator.</summary>
    /// <param name="key">The group key (e.g. the source name).</param>
    /// <param name="layout">The layout shared by the comparison.</param>
    public GroupAccumulator(string key, ComparisonLayout layout)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(layout);
        Key = key;
        Layout = layout;
        _stanceLabels = new int[layout.TargetCount * ComparisonLayout.VoiceCount * 3];
        _stanceNotMentioning = new int[layout.TargetCount * ComparisonLayout.VoiceCount];
        _stanceExamples = new ExampleCandidate?[_stanceLabels.Length];
        _targetIndex = Index(layout.Targets);
        _frameIndex = Index(layout.Frames);
        _data = new double[layout.DataLength];
        _articles = new ArticleStore(layout.DataLength);
    }

    /// <summary>The group key.</summary>
    public string Key { get; }

    /// <summary>The layout.</summary>
    public ComparisonLayout Layout { get; }

    /// <summary>Articles added so far.</summary>
    public int ArticleCount => _articles.Count;

    internal ArticleStore Articles => _articles;

    /// <summary>The articles in canonical order (by id, then content), which does not depend on the order they were added
    /// or merged in: a read-only view, valid until the next <see cref="Add(ArticleAnalysis)"/> or <see cref="Merge"/>.</summary>
    internal ArticleStore SortedArticles() => _articles.Sorted();

    internal int[] UnitsByKind => _unitsByKind;

    /// <summary>Units that mention the target, per (target × voice) × label (against, neutral, favor).</summary>
    internal int[] StanceLabels => _stanceLabels;

    /// <summary>Units with a stance result that does not mention the target (<see cref="StanceResult.Mentioned"/> false),
    /// per target × voice: counted here only, never in the means, labels or examples.</summary>
    internal int[] StanceNotMentioning => _stanceNotMentioning;

    internal int[] SentimentLabels => _sentimentLabels;

    internal Dictionary<string, int> UnitLanguages => _unitLanguages;

    internal Dictionary<string, Dictionary<string, int>> Cues => _cues;

    /// <summary>Word and word-pair counts of the outlet units, by language.</summary>
    internal Dictionary<string, TermCounter> Terms => _terms;

    /// <summary>
    /// The folded words of the authors' names (the article's <c>author</c> metadata, the comments' authors), which
    /// distinctive language leaves out (<see cref="TermExclusions"/>). Grows with the distinct name words only.
    /// </summary>
    internal HashSet<string> AuthorWords => _authorWords;

    internal Dictionary<string, Dictionary<string, ExampleCandidate>> CueExamples => _cueExamples;

    /// <summary>Best example per (target × voice) × label, indexed like the stance label counts.</summary>
    internal ExampleCandidate?[] StanceExamples => _stanceExamples;

    /// <summary>How the group's units name and label each target (the naming table).</summary>
    internal FramingAnalysis.Naming.NamingAccumulator Naming => _naming;

    /// <summary>
    /// Ends accumulation and hands the group's tables over as an immutable <see cref="GroupSnapshot"/> (articles sorted by
    /// id). The accumulator is spent: <see cref="Add(ArticleAnalysis)"/> and <see cref="Merge"/> throw afterwards, and a
    /// second call returns the same snapshot.
    /// </summary>
    internal GroupSnapshot Snapshot() => _snapshot ??= new GroupSnapshot(this);

    private GroupSnapshot? _snapshot;

    private void ThrowIfSpent()
    {
        if (_snapshot is not null)
        {
            throw new InvalidOperationException($"Group '{Key}' was already built into a comparison; add and merge before building.");
        }
    }

    /// <summary>Adds one analyzed article.</summary>
    /// <param name="analysis">The article's analysis.</param>
    public void Add(ArticleAnalysis analysis) => Add(analysis, null);

    /// <summary>
    /// Adds one analyzed article; <paramref name="texts"/>, when given, holds each unit's text stage (from the layout's
    /// pipeline, in unit order), which is then read instead of running the text stage again.
    /// </summary>
    internal void Add(ArticleAnalysis analysis, IReadOnlyList<AnalyzedText>? texts)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ThrowIfSpent();
        if (texts is not null && texts.Count != analysis.Units.Count)
        {
            throw new ArgumentException("One text per unit is needed.", nameof(texts));
        }

        var layout = Layout;
        var data = _data;
        Array.Clear(data);
        var titleWeight = layout.Options.TitleWeight;
        var trajectory = _trajectory;
        trajectory.Clear();
        var articleId = analysis.Article.Id;
        AddAuthors(analysis.Article);
        var units = analysis.Units;
        for (var u = 0; u < units.Count; u++)
        {
            var ua = units[u];
            var unit = ua.Unit;
            _unitsByKind[(int)unit.Kind]++;
            if (!unit.IsScored)
            {
                continue;
            }

            Increment(_unitLanguages, ua.Language);
            var voice = (int)unit.Voice;
            // Term counts and example snippets read the unit's text stage: the analyzer's own when the caller kept it,
            // otherwise outlet units go through it again (language already decided, into this thread's reusable buffers).
            AnalyzedText? analyzed = texts is not null ? texts[u]
                : unit.Voice == Voice.Outlet ? layout.Text.AnalyzeScratch(unit.Text, ua.Language, ua.LanguageConfidence) : null;
            if (ua.Sentiment is { } sentiment)
            {
                var s = layout.SentimentIndex(voice);
                data[s] += sentiment.Compound;
                data[s + 1]++;
                _sentimentLabels[(voice * 3) + (int)sentiment.Label]++;
                if (unit.Kind == UnitKind.Paragraph)
                {
                    trajectory.Add(sentiment.Compound);
                }
            }

            foreach (var stance in ua.Stance)
            {
                if (!_targetIndex.TryGetValue(stance.Target, out var t))
                {
                    continue;
                }

                var v = (int)stance.Voice;
                if (!stance.Mentioned)
                {
                    // A unit that does not refer to the target has no stance toward it: not a neutral 0 in the mean.
                    _stanceNotMentioning[(t * ComparisonLayout.VoiceCount) + v]++;
                    continue;
                }

                if (layout.Naming is { } naming && FramingAnalysis.Naming.NamingWords.HasMention(stance.Evidence))
                {
                    analyzed ??= layout.Text.AnalyzeScratch(unit.Text, ua.Language, ua.LanguageConfidence);
                    naming.Count(_naming, t, stance, articleId, unit.UnitId, analyzed);
                }

                var s = layout.StanceIndex(t, v);
                data[s] += stance.Score;
                data[s + 1]++;
                var l = (((t * ComparisonLayout.VoiceCount) + v) * 3) + (int)stance.Label;
                _stanceLabels[l]++;
                if (Strongest(stance.Evidence) is { } cue && ExampleCandidate.IsBetterStance(stance.Score, articleId, unit.UnitId, cue.Start, _stanceExamples[l]))
                {
                    analyzed ??= layout.Text.AnalyzeScratch(unit.Text, ua.Language, ua.LanguageConfidence);
                    _stanceExamples[l] = new ExampleCandidate(articleId, unit.UnitId, cue.Start, stance.Score, stance.Label, cue.Cue, cue.Weight,
                        ExampleCandidate.MakeSnippet(articleId, unit.UnitId, analyzed, cue.Start, cue.Length));
                }
            }

            if (ua.Frames is { } frames)
            {
                if (unit.Voice == Voice.Outlet)
                {
                    // The outlet frame vector itself is computed once per article below, by ArticleFrames.
                    foreach (var score in frames.Scores)
                    {
                        if (score.Evidence.Count > 0)
                        {
                            AddCues(score, articleId, unit.UnitId, analyzed!);
                        }
                    }
                }
                else if (unit.Voice == Voice.Audience)
                {
                    AddFrames(data, layout.AudienceFramesOffset, frames.Scores, 1.0);
                    data[layout.AudienceCountIndex]++;
                }
            }

            if (analyzed is not null && unit.Voice == Voice.Outlet)
            {
                CountTerms(analyzed);
            }
        }

        data[layout.OutletWeightIndex] = Frames.ArticleFrames.Accumulate(analysis.Units, _frameIndex, titleWeight, data, 0);
        Normalize(data, layout.AudienceFramesOffset, data[layout.AudienceCountIndex]);
        _articles.Add(articleId, data, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(trajectory));
    }

    /// <summary>Adds everything another accumulator of the same group and layout has collected.</summary>
    /// <param name="other">The other accumulator; it is not changed.</param>
    /// <exception cref="ArgumentException">The key or layout differs.</exception>
    public void Merge(GroupAccumulator other)
    {
        ArgumentNullException.ThrowIfNull(other);
        ThrowIfSpent();
        if (!string.Equals(other.Key, Key, StringComparison.Ordinal) || !Layout.SameAs(other.Layout))
        {
            throw new ArgumentException("Only accumulators of the same group and layout can be merged.", nameof(other));
        }

        _articles.AddRange(other._articles);
        AddInto(_unitsByKind, other._unitsByKind);
        AddInto(_stanceLabels, other._stanceLabels);
        AddInto(_stanceNotMentioning, other._stanceNotMentioning);
        AddInto(_sentimentLabels, other._sentimentLabels);
        MergeCounts(_unitLanguages, other._unitLanguages);
        MergeNested(_cues, other._cues);
        _authorWords.UnionWith(other._authorWords);
        _naming.Merge(other._naming);
        foreach (var (language, counter) in other._terms)
        {
            if (!_terms.TryGetValue(language, out var mine))
            {
                _terms[language] = mine = new TermCounter();
            }

            mine.Merge(counter);
        }

        foreach (var (frame, examples) in other._cueExamples)
        {
            if (!_cueExamples.TryGetValue(frame, out var mine))
            {
                _cueExamples[frame] = mine = new Dictionary<string, ExampleCandidate>(StringComparer.Ordinal);
            }

            foreach (var (cue, candidate) in examples)
            {
                if (candidate.IsBetterCueThan(mine.GetValueOrDefault(cue)))
                {
                    mine[cue] = candidate;
                }
            }
        }

        for (var i = 0; i < _stanceExamples.Length; i++)
        {
            if (other._stanceExamples[i] is { } candidate && candidate.IsBetterStanceThan(_stanceExamples[i]))
            {
                _stanceExamples[i] = candidate;
            }
        }
    }

    /// <summary>
    /// Counts the cues of one outlet frame score and keeps, per cue, the first example by article id, unit id and offset.
    /// The frame's two tables are found once per score and each cue costs one lookup in each.
    /// </summary>
    private void AddCues(Frames.FrameScore score, string articleId, string unitId, AnalyzedText text)
    {
        if (!_cues.TryGetValue(score.Frame, out var cues))
        {
            _cues[score.Frame] = cues = new Dictionary<string, int>(StringComparer.Ordinal);
        }

        if (!_cueExamples.TryGetValue(score.Frame, out var examples))
        {
            _cueExamples[score.Frame] = examples = new Dictionary<string, ExampleCandidate>(StringComparer.Ordinal);
        }

        foreach (var evidence in score.Evidence)
        {
            CollectionsMarshal.GetValueRefOrAddDefault(cues, evidence.Cue, out _)++;
            ref var example = ref CollectionsMarshal.GetValueRefOrAddDefault(examples, evidence.Cue, out _);
            if (ExampleCandidate.IsBetterCue(articleId, unitId, evidence.Start, example))
            {
                example = new ExampleCandidate(articleId, unitId, evidence.Start, 0, StanceLabel.Neutral, evidence.Cue, evidence.Weight,
                    ExampleCandidate.MakeSnippet(articleId, unitId, text, evidence.Start, evidence.Length));
            }
        }
    }

    /// <summary>The evidence cue that moved the score most (a mention only when nothing else fired); ties: the first.</summary>
    private static StanceEvidence? Strongest(IReadOnlyList<StanceEvidence> evidence)
    {
        StanceEvidence? best = null;
        for (var i = 0; i < evidence.Count; i++)
        {
            var e = evidence[i];
            var isMention = e.Cue is "mention" or "carry";
            if (best is not { } b)
            {
                best = e;
                continue;
            }

            var bestIsMention = b.Cue is "mention" or "carry";
            if ((bestIsMention && !isMention) || (bestIsMention == isMention && Math.Abs(e.Weight) > Math.Abs(b.Weight)))
            {
                best = e;
            }
        }

        return best;
    }

    private void AddFrames(double[] data, int offset, IReadOnlyList<Frames.FrameScore> scores, double weight)
    {
        for (var i = 0; i < scores.Count; i++)
        {
            var score = scores[i];
            if (_frameIndex.TryGetValue(score.Frame, out var f))
            {
                data[offset + f] += weight * score.Score;
            }
        }
    }

    private void Normalize(double[] data, int offset, double total)
    {
        if (total <= 0)
        {
            return;
        }

        for (var f = 0; f < Layout.FrameCount; f++)
        {
            data[offset + f] /= total;
        }
    }

    /// <summary>
    /// Counts the content words and adjacent content-word pairs of an outlet unit. Lookups go by span, so a string is
    /// made only the first time the group sees a word; pairs are counted by the ids of their words.
    /// </summary>
    private void CountTerms(AnalyzedText text)
    {
        var language = text.Language;
        var stopwords = Stopwords.ForOrNone(language);
        if (!_terms.TryGetValue(language, out var counts))
        {
            _terms[language] = counts = new TermCounter();
        }

        var tokens = text.TokenSpan;
        var previous = -1;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (tokens[i].Kind != TokenKind.Word)
            {
                previous = -1;
                continue;
            }

            var key = text.Key(i);
            if (key.Length < 2 || stopwords.Contains(key))
            {
                previous = -1;
                continue;
            }

            var id = counts.AddWord(key, tokens[i].Slice(text.Text));
            if (previous >= 0)
            {
                counts.AddPair(previous, id);
            }

            previous = id;
        }
    }

    private void AddAuthors(FramingAnalysis.Article article)
    {
        var words = _authorWords.GetAlternateLookup<ReadOnlySpan<char>>();
        if (article.Metadata.TryGetValue("author", out var author))
        {
            TermExclusions.AddNameWords(words, author);
        }

        foreach (var comment in article.Comments)
        {
            if (comment.Author is { Length: > 0 } name)
            {
                TermExclusions.AddNameWords(words, name);
            }
        }
    }


    private static Dictionary<string, int> Index(IReadOnlyList<string> names)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < names.Count; i++)
        {
            index.TryAdd(names[i], i);
        }

        return index;
    }

    private static void Increment(Dictionary<string, int> counts, string key) =>
        CollectionsMarshal.GetValueRefOrAddDefault(counts, key, out _)++;

    private static void AddInto(int[] target, int[] source)
    {
        for (var i = 0; i < target.Length; i++)
        {
            target[i] += source[i];
        }
    }

    private static void MergeCounts(Dictionary<string, int> target, Dictionary<string, int> source)
    {
        foreach (var (k, v) in source)
        {
            target[k] = target.GetValueOrDefault(k) + v;
        }
    }

    private static void MergeNested(Dictionary<string, Dictionary<string, int>> target, Dictionary<string, Dictionary<string, int>> source)
    {
        foreach (var (k, v) in source)
        {
            if (!target.TryGetValue(k, out var inner))
            {
                target[k] = inner = new Dictionary<string, int>(StringComparer.Ordinal);
            }

            MergeCounts(inner, v);
        }
    }
}
