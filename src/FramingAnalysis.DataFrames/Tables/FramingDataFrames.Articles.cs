using FramingAnalysis.Analysis;
using Microsoft.Data.Analysis;

namespace FramingAnalysis.DataFrames;

public static partial class FramingDataFrames
{
    private static readonly Voice[] Voices = [Voice.Outlet, Voice.Quoted, Voice.Embedded, Voice.Audience];

    /// <summary>
    /// One row per article and voice that has at least one unit: <c>article_id</c>, <c>source</c>, <c>language</c> (declared,
    /// else the most frequent detected), <c>published</c> (UTC, null when unknown), <c>voice</c>, <c>units</c>,
    /// <c>sentiment_mean</c>, <c>negative</c> / <c>neutral</c> / <c>positive</c> unit counts, <c>frame_&lt;id&gt;</c> mean
    /// salience, and per target <c>stance_&lt;target&gt;_mean</c> (mean score over units that mention it, NaN when none)
    /// and <c>stance_&lt;target&gt;_units</c> (units that mention it).
    /// </summary>
    /// <param name="articles">The analyzed articles.</param>
    /// <param name="frames">Frame ids for the frame columns; null for the default (see <see cref="ToDataFrame(IEnumerable{UnitAnalysis}, IReadOnlyList{string}?, IReadOnlyList{string}?)"/>).</param>
    /// <param name="targets">Target names for the stance columns; null for every target seen.</param>
    /// <returns>The table.</returns>
    /// <remarks>These are plain unit means per article, for plotting and for models of your own; the comparison stage
    /// (<see cref="ToDataFrames(FramingAnalysis.Comparison.ComparisonResult)"/>) weights titles and bootstraps over
    /// articles. Quoted speech has no unit of its own: its row counts the units with a quoted stance result, and its
    /// sentiment and frame columns are NaN.</remarks>
    public static DataFrame ToArticleDataFrame(this IEnumerable<ArticleAnalysis> articles, IReadOnlyList<string>? frames = null, IReadOnlyList<string>? targets = null)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var list = articles.ToList();
        var allUnits = list.SelectMany(a => a.Units).Where(u => u.Sentiment is not null).ToList();
        frames ??= FramesOf(allUnits);
        targets ??= TargetsOf(allUnits);
        var articleId = new StringDataFrameColumn("article_id");
        var source = new StringDataFrameColumn("source");
        var language = new StringDataFrameColumn("language");
        var published = new PrimitiveDataFrameColumn<DateTime>("published");
        var voice = new StringDataFrameColumn("voice");
        var units = new Int32DataFrameColumn("units");
        var sentiment = new DoubleDataFrameColumn("sentiment_mean");
        var negative = new Int32DataFrameColumn("negative");
        var neutral = new Int32DataFrameColumn("neutral");
        var positive = new Int32DataFrameColumn("positive");
        var frameColumns = frames.Select(f => new DoubleDataFrameColumn(ColumnNames.Frame(f))).ToArray();
        var stanceMean = targets.Select(t => new DoubleDataFrameColumn(ColumnNames.Stance(t, "mean"))).ToArray();
        var stanceUnits = targets.Select(t => new Int32DataFrameColumn(ColumnNames.Stance(t, "units"))).ToArray();
        foreach (var a in list)
        {
            var scored = a.Units.Where(u => u.Sentiment is not null).ToList();
            var lang = a.Article.Language ?? scored.GroupBy(u => u.Language).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).FirstOrDefault()?.Key ?? "und";
            foreach (var v in Voices)
            {
                var own = v == Voice.Quoted ? [] : scored.Where(u => u.Unit.Voice == v).ToList();
                var stanceUnitsInVoice = scored.Where(u => u.Stance.Any(s => s.Voice == v)).ToList();
                var count = v == Voice.Quoted ? stanceUnitsInVoice.Count : own.Count;
                if (count == 0)
                {
                    continue;
                }

                articleId.Append(a.Article.Id);
                source.Append(a.Article.Source);
                language.Append(lang);
                published.Append(a.Article.Published?.UtcDateTime);
                voice.Append(ColumnNames.Lower(v));
                units.Append(count);
                sentiment.Append(own.Count == 0 ? double.NaN : own.Average(u => u.Sentiment!.Compound));
                negative.Append(own.Count(u => u.Sentiment!.Label == Sentiment.SentimentLabel.Negative));
                neutral.Append(own.Count(u => u.Sentiment!.Label == Sentiment.SentimentLabel.Neutral));
                positive.Append(own.Count(u => u.Sentiment!.Label == Sentiment.SentimentLabel.Positive));
                for (var f = 0; f < frames.Count; f++)
                {
                    var frame = frames[f];
                    frameColumns[f].Append(own.Count == 0 ? double.NaN : own.Average(u => u.Frames?.ScoreOf(frame) ?? 0));
                }

                for (var t = 0; t < targets.Count; t++)
                {
                    var target = targets[t];
                    var mentions = scored.SelectMany(u => u.Stance).Where(s => s.Voice == v && s.Target == target && s.Mentioned).ToList();
                    stanceMean[t].Append(mentions.Count == 0 ? double.NaN : mentions.Average(s => s.Score));
                    stanceUnits[t].Append(mentions.Count);
                }
            }
        }

        var columns = new List<DataFrameColumn> { articleId, source, language, published, voice, units, sentiment, negative, neutral, positive };
        columns.AddRange(frameColumns);
        for (var t = 0; t < targets.Count; t++)
        {
            columns.Add(stanceMean[t]);
            columns.Add(stanceUnits[t]);
        }

        return new DataFrame(columns);
    }
}
