using FramingAnalysis.DataFrames;
using Microsoft.Data.Analysis;

namespace FramingAnalysis.Tests.DataFrames;

public class ComparisonDataFrameTests
{
    [Fact]
    public void FramesTable_HasOneRowPerGroupAndFrame_WithIntervalColumnsEqualToTheResult()
    {
        var result = DataFramesFixture.Comparison;
        var df = result.ToDataFrames().Frames;
        Assert.Equal(result.Groups.Sum(g => g.Frames.Count), df.Rows.Count);
        Assert.Equal(new[] { "group", "frame", "salience", "lower", "upper", "level", "share" }, df.Columns.Select(c => c.Name));
        Assert.IsType<DoubleDataFrameColumn>(df.Columns["lower"]);
        var row = 0;
        foreach (var g in result.Groups)
        {
            foreach (var f in g.Frames)
            {
                Assert.Equal(g.Key, df.Columns["group"][row]);
                Assert.Equal(f.Frame, df.Columns["frame"][row]);
                Assert.Equal(f.Salience.Estimate, (double)df.Columns["salience"][row]!);
                Assert.Equal(f.Salience.Lower, (double)df.Columns["lower"][row]!);
                Assert.Equal(f.Salience.Upper, (double)df.Columns["upper"][row]!);
                row++;
            }
        }
    }

    [Fact]
    public void EveryComparisonTable_IsTyped_AndMatchesTheResultsCounts()
    {
        var result = DataFramesFixture.Comparison;
        var t = result.ToDataFrames();
        Assert.Equal(result.Groups.Count, t.Groups.Rows.Count);
        Assert.IsType<Int32DataFrameColumn>(t.Groups.Columns["articles"]);
        Assert.Equal(result.Groups.Sum(g => g.Stance.Count), t.Stance.Rows.Count);
        Assert.IsType<Int32DataFrameColumn>(t.Stance.Columns["favor"]);
        Assert.Equal(result.Groups.Sum(g => g.Sentiment.Count), t.Sentiment.Rows.Count);
        Assert.Equal(result.Pairs.Sum(p => p.Frames.Count), t.Pairs.Rows.Count);
        Assert.IsType<DoubleDataFrameColumn>(t.Pairs.Columns["q"]);
        Assert.Equal(result.Pairs.Sum(p => p.Effects.Count) + result.ArticleVersusAudience.Sum(a => a.Effects.Count), t.Effects.Rows.Count);
        Assert.Equal(result.Distinctive.Sum(d => d.Terms.Count), t.Distinctive.Rows.Count);
        Assert.IsType<Int64DataFrameColumn>(t.Distinctive.Columns["tokens"]);
        Assert.Equal(result.ArticleVersusAudience.Count, t.ArticleVersusAudience.Rows.Count);
        Assert.True(t.Stance.Rows.Count > 0 && t.Distinctive.Rows.Count > 0 && t.ArticleVersusAudience.Rows.Count > 0);
        Assert.Contains("quoted", t.Stance.Columns["voice"].Cast<string>());
    }
}
