using FramingAnalysis.Comparison.Statistics;
using FramingAnalysis.Stance;

namespace FramingAnalysis.Comparison;

/// <summary>The result of a comparison: per-group summaries, pairwise comparisons, distinctive language, article versus
/// audience, and the manifest of the run. Reporting formats it and computes nothing.</summary>
/// <param name="Manifest">What was run on what (versions, options, input hashes).</param>
/// <param name="Frames">Frame ids in report order.</param>
/// <param name="Targets">Stance target names in report order.</param>
/// <param name="Totals">Corpus-level counts, including rejected records.</param>
/// <param name="Groups">One summary per group, ordered by key (ordinal).</param>
/// <param name="Pairs">One comparison per pair of groups (i &lt; j in group order).</param>
/// <param name="Distinctive">Distinctive terms per group within each language.</param>
/// <param name="ArticleVersusAudience">Outlet voice versus the group's comments, for groups with comments.</param>
public sealed record ComparisonResult(
    RunManifest Manifest,
    IReadOnlyList<string> Frames,
    IReadOnlyList<string> Targets,
    CorpusTotals Totals,
    IReadOnlyList<GroupSummary> Groups,
    IReadOnlyList<PairComparison> Pairs,
    IReadOnlyList<DistinctiveTerms> Distinctive,
    IReadOnlyList<AudienceComparison> ArticleVersusAudience)
{
    /// <summary>Display names and definitions of <see cref="Frames"/>, in the same order; empty when the result was made
    /// without them (reports then show the ids).</summary>
    public IReadOnlyList<Frames.FrameDefinition> FrameDefinitions { get; init; } = [];

    /// <summary>
    /// How each group names and labels each target, per language (issue 26): the expressions and noun phrases that refer
    /// to it and the label words attached to them, with counts per voice, distinctiveness and the locations of every use.
    /// Empty without targets.
    /// </summary>
    public IReadOnlyList<Naming.TargetNaming> Naming { get; init; } = [];

    /// <summary>The headline: the largest frame differences that survive correction (<see cref="Comparison.KeyFindings.From"/>);
    /// <see cref="Comparison.KeyFindings.Empty"/> when the result was made without it.</summary>
    public KeyFindings KeyFindings { get; init; } = KeyFindings.Empty;
}

/// <summary>Corpus-level counts. Rejected records cannot be attributed to a group (a rejected record may lack a valid
/// source), so they are reported here only.</summary>
/// <param name="Articles">Articles analyzed.</param>
/// <param name="ArticlesRejected">Article records rejected by the reader.</param>
/// <param name="CommentsRejected">Comment records rejected by the reader.</param>
public sealed record CorpusTotals(int Articles, int ArticlesRejected, int CommentsRejected);

/// <summary>One group's summary.</summary>
/// <param name="Key">The group key.</param>
/// <param name="Articles">Articles in the group.</param>
/// <param name="Units">Units of every kind (titles, paragraphs, embedded posts, comments, boilerplate).</param>
/// <param name="Comments">Comment units.</param>
/// <param name="Languages">Scored units per detected language, ordered by language code.</param>
/// <param name="Frames">Frame salience per frame, in frame order.</param>
/// <param name="Stance">Stance per target and voice, target-major in target order then voice order: one row for every
/// target and voice with at least one unit scored, whether or not any of them mentions the target.</param>
/// <param name="Sentiment">Sentiment per voice (only voices with at least one unit).</param>
/// <param name="TopCues">The most frequent evidence cues per frame in the outlet's own voice.</param>
/// <param name="Trajectory">Outlet sentiment over the paragraphs of the group's articles: the mean compound score at each
/// paragraph position (1 = an article's first outlet paragraph), with a bootstrap interval over articles.</param>
/// <param name="CueExamples">For every top cue of every frame (in <see cref="TopCues"/> order), one sentence where it matched.</param>
/// <param name="StanceExamples">For every stance row (target × voice, in <see cref="Stance"/> order) with a mentioning unit
/// that has evidence, one such unit whose label matches the row's mean, with its strongest evidence cue (see
/// <see cref="StanceExample"/>); none for a row that no unit mentions.</param>
public sealed record GroupSummary(
    string Key,
    int Articles,
    int Units,
    int Comments,
    IReadOnlyList<KeyValuePair<string, int>> Languages,
    IReadOnlyList<FrameSalience> Frames,
    IReadOnlyList<StanceSummary> Stance,
    IReadOnlyList<SentimentSummary> Sentiment,
    IReadOnlyList<FrameCues> TopCues,
    IReadOnlyList<TrajectoryPoint> Trajectory,
    IReadOnlyList<CueExample> CueExamples,
    IReadOnlyList<StanceExample> StanceExamples);

/// <summary>The mean outlet sentiment at one paragraph position.</summary>
/// <param name="Paragraph">The 1-based position among an article's outlet paragraphs (titles, embedded posts and
/// boilerplate are not counted).</param>
/// <param name="Articles">Articles with a scored paragraph at this position.</param>
/// <param name="Compound">Mean compound score with a bootstrap interval over those articles.</param>
public sealed record TrajectoryPoint(int Paragraph, int Articles, ConfidenceInterval Compound);

/// <summary>A sentence taken from a unit, with the part that is evidence for a figure marked.</summary>
/// <param name="ArticleId">The article.</param>
/// <param name="UnitId">The unit (<c>a17/p3</c>).</param>
/// <param name="Text">The sentence (shortened around the cue when long).</param>
/// <param name="Start">Offset of the marked cue in <paramref name="Text"/>.</param>
/// <param name="Length">Length of the marked cue.</param>
public sealed record EvidenceSnippet(string ArticleId, string UnitId, string Text, int Start, int Length);

/// <summary>An example of a frame cue: the first match in article-id, unit-id and offset order.</summary>
/// <param name="Frame">The frame id.</param>
/// <param name="Cue">The dictionary cue.</param>
/// <param name="Count">How often the cue matched in the group's outlet voice.</param>
/// <param name="Snippet">The sentence with the matched text marked.</param>
public sealed record CueExample(string Frame, string Cue, int Count, EvidenceSnippet Snippet);

/// <summary>An example unit for a stance row: among the mentioning units whose label matches the sign of the row's mean
/// (favor above +0.05, against below −0.05, else neutral; any label when none matches), the one with the largest |score|
/// (ties: the first by article id and unit id).</summary>
/// <param name="Target">The target name.</param>
/// <param name="Voice">The voice.</param>
/// <param name="Label">The unit's label.</param>
/// <param name="Score">The unit's stance score.</param>
/// <param name="Cue">The type of the marked evidence cue (<c>evaluative</c>, <c>opposition</c>, …).</param>
/// <param name="Weight">The marked cue's signed contribution to the raw score.</param>
/// <param name="Snippet">The sentence with the strongest evidence cue marked.</param>
public sealed record StanceExample(string Target, Voice Voice, StanceLabel Label, double Score, string Cue, double Weight, EvidenceSnippet Snippet);

/// <summary>A frame's salience in a group.</summary>
/// <param name="Frame">The frame id.</param>
/// <param name="Salience">Mean article-level frame score with its bootstrap interval (resampled over articles).</param>
/// <param name="Share">The frame's share of the group's summed mean saliences (the distribution used for divergence).</param>
public sealed record FrameSalience(string Frame, ConfidenceInterval Salience, double Share);

/// <summary>
/// Stance toward one target in one voice. Only units that mention the target have a stance toward it
/// (<see cref="StanceResult.Mentioned"/>): the mean, the interval, the label counts and <paramref name="Articles"/> are over
/// those units, and the units of the voice that do not mention the target are counted in <paramref name="NotMentioning"/>
/// only. A row with <paramref name="Units"/> 0 (the scorer scored the voice's units, but none mentions the target) has an
/// undefined (NaN) mean and interval; reports say that no unit mentions the target.
/// </summary>
/// <param name="Target">The target name.</param>
/// <param name="Voice">The voice of the stance-bearing text.</param>
/// <param name="Units">Units whose text in this voice mentions the target (against + neutral + favor).</param>
/// <param name="NotMentioning">Units with a result for the target in this voice that do not mention it (0 for a scorer
/// that never says so); <paramref name="Units"/> / (<paramref name="Units"/> + <paramref name="NotMentioning"/>) is the
/// share of the voice's units that mention the target.</param>
/// <param name="Articles">Articles with at least one unit that mentions the target in this voice.</param>
/// <param name="Mean">Unit-weighted mean score in [-1, 1] over the mentioning units, with a bootstrap interval over
/// <paramref name="Articles"/>; NaN when no unit mentions the target.</param>
/// <param name="Against">Mentioning units labelled against.</param>
/// <param name="Neutral">Mentioning units labelled neutral.</param>
/// <param name="Favor">Mentioning units labelled in favor.</param>
public sealed record StanceSummary(string Target, Voice Voice, int Units, int NotMentioning, int Articles, ConfidenceInterval Mean, int Against, int Neutral, int Favor);

/// <summary>Sentiment in one voice.</summary>
/// <param name="Voice">The voice.</param>
/// <param name="Units">Scored units.</param>
/// <param name="Mean">Unit-weighted mean compound score in [-1, 1] with a bootstrap interval over articles.</param>
/// <param name="Negative">Units labelled negative.</param>
/// <param name="Neutral">Units labelled neutral.</param>
/// <param name="Positive">Units labelled positive.</param>
public sealed record SentimentSummary(Voice Voice, int Units, ConfidenceInterval Mean, int Negative, int Neutral, int Positive);

/// <summary>The most frequent evidence cues of one frame.</summary>
/// <param name="Frame">The frame id.</param>
/// <param name="Cues">Cue and count, by count descending then cue.</param>
public sealed record FrameCues(string Frame, IReadOnlyList<KeyValuePair<string, int>> Cues);

/// <summary>The comparison of two groups.</summary>
/// <param name="GroupA">The first group key.</param>
/// <param name="GroupB">The second group key.</param>
/// <param name="FrameDivergence">Jensen–Shannon divergence (bits, in [0, 1]) of the frame distributions, with a two-group
/// bias-corrected (BC) bootstrap interval (<see cref="Bootstrap.BiasCorrectedFromReplicates"/>): JSD is biased upward in
/// resamples and BC moves the interval against that bias; when the bias exceeds the spread (few articles) the interval lies
/// below the estimate, and reports flag it.</param>
/// <param name="Frames">Per-frame differences of mean salience with permutation p-values, BH-adjusted across frames.</param>
/// <param name="Effects">Stance and sentiment differences as Cohen's d and Cliff's delta over per-article means.</param>
public sealed record PairComparison(string GroupA, string GroupB, ConfidenceInterval FrameDivergence, IReadOnlyList<FrameDifference> Frames, IReadOnlyList<EffectComparison> Effects);

/// <summary>A per-frame difference between two groups.</summary>
/// <param name="Frame">The frame id.</param>
/// <param name="MeanA">Group A's mean salience.</param>
/// <param name="MeanB">Group B's mean salience.</param>
/// <param name="Difference">MeanA − MeanB.</param>
/// <param name="PValue">Two-sided permutation p-value.</param>
/// <param name="QValue">Benjamini–Hochberg adjusted p-value across the frames of this pair.</param>
public sealed record FrameDifference(string Frame, double MeanA, double MeanB, double Difference, double PValue, double QValue)
{
    /// <summary>Framed articles in group A (articles with at least one framed outlet unit): the observations behind
    /// <see cref="MeanA"/> and the test.</summary>
    public int CountA { get; init; }

    /// <summary>Framed articles in group B.</summary>
    public int CountB { get; init; }

    /// <summary>Cliff's delta of the two groups' article-level saliences of this frame (A vs B, positive when A's articles
    /// tend to give the frame more salience), with Cliff's (1993) interval (<see cref="EffectSize.CliffsDelta"/>); all NaN
    /// when a group has no framed article, NaN bounds when a group has one.</summary>
    public ConfidenceInterval CliffsDelta { get; init; } = new(double.NaN, double.NaN, double.NaN, double.NaN);
}

/// <summary>An effect size between two samples of per-article means.</summary>
/// <param name="Measure">What is compared: <c>stance:&lt;target&gt;</c> or <c>sentiment</c>.</param>
/// <param name="Voice">The voice (for article versus audience, the outlet side; the other side is the audience).</param>
/// <param name="CountA">Articles in sample A.</param>
/// <param name="CountB">Articles in sample B.</param>
/// <param name="MeanA">Mean of A's per-article means.</param>
/// <param name="MeanB">Mean of B's per-article means.</param>
/// <param name="CohensD">Cohen's d (A − B) with its interval; NaN when undefined.</param>
/// <param name="CliffsDelta">Cliff's delta (A vs B) with its interval.</param>
public sealed record EffectComparison(string Measure, Voice Voice, int CountA, int CountB, double MeanA, double MeanB, ConfidenceInterval CohensD, ConfidenceInterval CliffsDelta);

/// <summary>Distinctive terms of one group against the rest of the corpus, within one language.</summary>
/// <param name="Group">The group key.</param>
/// <param name="Language">The language of the units counted.</param>
/// <param name="Tokens">Unigram and bigram tokens the group used in this language (after stopwords).</param>
/// <param name="Terms">
/// The most distinctive terms (z &gt; 0), by z descending. <see cref="LogOddsTerm.Term"/> is the folded key the counts are
/// kept under (<c>carceles</c>); the group's name words, author names, honorifics, byline words and page chrome are left out.
/// </param>
/// <param name="Forms">
/// For each of <paramref name="Terms"/>, at the same index, its most frequent written form in the group's text,
/// lower-cased with accents kept (<c>cárceles</c>); null when not known, in which case <see cref="Form"/> gives the key.
/// </param>
public sealed record DistinctiveTerms(string Group, string Language, long Tokens, IReadOnlyList<LogOddsTerm> Terms, IReadOnlyList<string>? Forms = null)
{
    /// <summary>The written form of <see cref="Terms"/>[<paramref name="index"/>]: the one to show a reader.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is not an index of <see cref="Terms"/>.</exception>
    public string Form(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Terms.Count);
        return Forms is { } forms && index < forms.Count ? forms[index] : Terms[index].Term;
    }
}

/// <summary>The outlet voice of a group's articles versus the group's comments.</summary>
/// <param name="Group">The group key.</param>
/// <param name="ArticlesWithComments">Articles with at least one comment.</param>
/// <param name="FrameDivergence">JSD between the outlet and audience frame distributions over articles with framed comments,
/// bootstrapped over articles (paired), with a bias-corrected (BC) interval as for <see cref="PairComparison.FrameDivergence"/>.</param>
/// <param name="Effects">Stance and sentiment, outlet (A) versus audience (B); the samples are paired by article but treated as independent.</param>
public sealed record AudienceComparison(string Group, int ArticlesWithComments, ConfidenceInterval FrameDivergence, IReadOnlyList<EffectComparison> Effects);
