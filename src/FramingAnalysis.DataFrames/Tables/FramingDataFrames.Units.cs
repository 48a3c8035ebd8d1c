using FramingAnalysis.Analysis;
using FramingAnalysis.Stance;
using Microsoft.Data.Analysis;

namespace FramingAnalysis.DataFrames;

public static partial class FramingDataFrames
{
    /// <summary>
    /// One row per scored unit (boilerplate is left out, as in <c>framing analyze</c>): <c>article_id</c>, <c>source</c>,
    /// <c>language</c>, <c>language_confidence</c>, <c>unit_id</c>, <c>kind</c>, <c>voice</c>, <c>index</c>, <c>text</c>,
    /// <c>sentiment_compound</c>, <c>sentiment_label</c>, <c>sentiment_positive</c>, <c>sentiment_negative</c>,
    /// <c>sentiment_neutral</c>, <c>primary_frame</c>, one <c>frame_&lt;id&gt;</c> score per frame (0 when the frame's cues
    /// did not match), and per target two column sets, as in the CSV output of <c>framing analyze</c>: the unit's own voice
    /// (<c>stance_&lt;target&gt;_score</c>, <c>_label</c>, <c>_voice</c>) and the speech it quotes
    /// (<c>stance_&lt;target&gt;_quoted_score</c>, <c>_quoted_label</c>, <c>_quoted_speaker</c>). A label is
    /// <c>not_mentioned</c> when that voice does not mention the target: it has no stance toward it.
    /// </summary>
    /// <param name="units">The unit analyses, in the order the rows should have.</param>
    /// <param name="frames">Frame ids for the frame columns; null for the built-in Policy Frames set (or, with a custom
    /// frame set, every frame seen).</param>
    /// <param name="targets">Target names for the stance columns; null for every target seen, in first-seen order.</param>
    /// <returns>The table.</returns>
    /// <remarks>A paragraph can carry two stance results for one target, the outlet's own words and the speech it quotes,
    /// and each keeps its columns. Per-article figures by voice are in <see cref="ToArticleDataFrame"/>.</remarks>
    public static DataFrame ToDataFrame(this IEnumerable<UnitAnalysis> units, IReadOnlyList<string>? frames = null, IReadOnlyList<string>? targets = null)
    {
        ArgumentNullException.ThrowIfNull(units);
        var scored = units.Where(u => u.Sentiment is not null).ToList();
        frames ??= FramesOf(scored);
        targets ??= TargetsOf(scored);
        var n = scored.Count;
        var articleId = new StringDataFrameColumn("article_id", n);
        var source = new StringDataFrameColumn("source", n);
        var language = new StringDataFrameColumn("language", n);
        var languageConfidence = new DoubleDataFrameColumn("language_confidence", n);
        var unitId = new StringDataFrameColumn("unit_id", n);
        var kind = new StringDataFrameColumn("kind", n);
        var voice = new StringDataFrameColumn("voice", n);
        var index = new Int32DataFrameColumn("index", n);
        var text = new StringDataFrameColumn("text", n);
        var compound = new DoubleDataFrameColumn("sentiment_compound", n);
        var label = new StringDataFrameColumn("sentiment_label", n);
        var positive = new DoubleDataFrameColumn("sentiment_positive", n);
        var negative = new DoubleDataFrameColumn("sentiment_negative", n);
        var neutral = new DoubleDataFrameColumn("sentiment_neutral", n);
        var primary = new StringDataFrameColumn("primary_frame", n);
        var frameColumns = frames.Select(f => new DoubleDataFrameColumn(ColumnNames.Frame(f), n)).ToArray();
        var stanceScore = targets.Select(t => new DoubleDataFrameColumn(ColumnNames.Stance(t, "score"), n)).ToArray();
        var stanceLabel = targets.Select(t => new StringDataFrameColumn(ColumnNames.Stance(t, "label"), n)).ToArray();
        var stanceVoice = targets.Select(t => new StringDataFrameColumn(ColumnNames.Stance(t, "voice"), n)).ToArray();
        var quotedScore = targets.Select(t => new DoubleDataFrameColumn(ColumnNames.Stance(t, "quoted_score"), n)).ToArray();
        var quotedLabel = targets.Select(t => new StringDataFrameColumn(ColumnNames.Stance(t, "quoted_label"), n)).ToArray();
        var quotedSpeaker = targets.Select(t => new StringDataFrameColumn(ColumnNames.Stance(t, "quoted_speaker"), n)).ToArray();
        for (var i = 0; i < n; i++)
        {
            var u = scored[i];
            var s = u.Sentiment!;
            articleId[i] = u.Unit.ArticleId;
            source[i] = u.Unit.Source;
            language[i] = u.Language;
            languageConfidence[i] = u.LanguageConfidence;
            unitId[i] = u.Unit.UnitId;
            kind[i] = u.Unit.Kind.ToString();
            voice[i] = ColumnNames.Lower(u.Unit.Voice);
            index[i] = u.Unit.Index;
            text[i] = u.Unit.Text;
            compound[i] = s.Compound;
            label[i] = s.Label.ToString().ToLowerInvariant();
            positive[i] = s.Positive;
            negative[i] = s.Negative;
            neutral[i] = s.Neutral;
            primary[i] = u.Frames?.PrimaryFrame;
            for (var f = 0; f < frames.Count; f++)
            {
                frameColumns[f][i] = u.Frames?.ScoreOf(frames[f]) ?? 0;
            }

            for (var t = 0; t < targets.Count; t++)
            {
                var (own, quoted) = u.StanceToward(targets[t]);
                stanceScore[t][i] = own?.Score ?? 0;
                stanceLabel[t][i] = Label(own);
                stanceVoice[t][i] = own is null ? null : ColumnNames.Lower(own.Voice);
                quotedScore[t][i] = quoted?.Score ?? 0;
                quotedLabel[t][i] = Label(quoted);
                quotedSpeaker[t][i] = quoted?.Speaker;
            }
        }

        var columns = new List<DataFrameColumn>
        {
            articleId, source, language, languageConfidence, unitId, kind, voice, index, text,
            compound, label, positive, negative, neutral, primary,
        };
        columns.AddRange(frameColumns);
        for (var t = 0; t < targets.Count; t++)
        {
            columns.Add(stanceScore[t]);
            columns.Add(stanceLabel[t]);
            columns.Add(stanceVoice[t]);
            columns.Add(quotedScore[t]);
            columns.Add(quotedLabel[t]);
            columns.Add(quotedSpeaker[t]);
        }

        return new DataFrame(columns);
    }

    /// <summary>One row per scored unit of one article (see <see cref="ToDataFrame(IEnumerable{UnitAnalysis}, IReadOnlyList{string}?, IReadOnlyList{string}?)"/>).</summary>
    /// <param name="article">The analyzed article.</param>
    /// <param name="frames">Frame ids for the frame columns; null for the default.</param>
    /// <param name="targets">Target names for the stance columns; null for every target seen.</param>
    /// <returns>The table.</returns>
    public static DataFrame ToDataFrame(this ArticleAnalysis article, IReadOnlyList<string>? frames = null, IReadOnlyList<string>? targets = null)
    {
        ArgumentNullException.ThrowIfNull(article);
        return article.Units.ToDataFrame(frames, targets);
    }

    /// <summary>One row per scored unit of every article, in article then reading order.</summary>
    /// <param name="articles">The analyzed articles.</param>
    /// <param name="frames">Frame ids for the frame columns; null for the default.</param>
    /// <param name="targets">Target names for the stance columns; null for every target seen.</param>
    /// <returns>The table.</returns>
    public static DataFrame ToDataFrame(this IEnumerable<ArticleAnalysis> articles, IReadOnlyList<string>? frames = null, IReadOnlyList<string>? targets = null)
    {
        ArgumentNullException.ThrowIfNull(articles);
        return articles.SelectMany(a => a.Units).ToDataFrame(frames, targets);
    }

    private static string Label(StanceResult? r) => r is { Mentioned: true } ? r.Label.ToString().ToLowerInvariant() : Reporting.UnitRecordWriter.NotMentionedLabel;
}
