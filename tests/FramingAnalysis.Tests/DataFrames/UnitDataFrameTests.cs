using FramingAnalysis.DataFrames;
using FramingAnalysis.Frames;
using Microsoft.Data.Analysis;

namespace FramingAnalysis.Tests.DataFrames;

public class UnitDataFrameTests
{
    [Fact]
    public void UnitTable_HasOneRowPerScoredUnit_WithTypedSnakeCaseColumns()
    {
        var df = DataFramesFixture.Analyses.ToDataFrame();
        Assert.Equal(DataFramesFixture.ScoredUnits.Count, df.Rows.Count);
        Assert.IsType<StringDataFrameColumn>(df.Columns["article_id"]);
        Assert.IsType<StringDataFrameColumn>(df.Columns["text"]);
        Assert.IsType<Int32DataFrameColumn>(df.Columns["index"]);
        Assert.IsType<DoubleDataFrameColumn>(df.Columns["sentiment_compound"]);
        Assert.IsType<DoubleDataFrameColumn>(df.Columns["sentiment_positive"]);
        foreach (var frame in FrameSet.PolicyFrames.Frames)
        {
            Assert.IsType<DoubleDataFrameColumn>(df.Columns[ColumnNames.Frame(frame.Id)]);
        }

        Assert.IsType<DoubleDataFrameColumn>(df.Columns["stance_prison_model_score"]);
        Assert.IsType<StringDataFrameColumn>(df.Columns["stance_prison_model_label"]);
        Assert.IsType<StringDataFrameColumn>(df.Columns["stance_marta_ibarra_voice"]);
        Assert.All(df.Columns, c => Assert.Matches("^[a-z0-9_]+$", c.Name));
    }

    [Fact]
    public void UnitTable_ValuesReadBackEqualTheAnalysis()
    {
        var units = DataFramesFixture.ScoredUnits;
        var df = units.ToDataFrame();
        for (var i = 0; i < units.Count; i++)
        {
            var u = units[i];
            Assert.Equal(u.Unit.ArticleId, df.Columns["article_id"][i]);
            Assert.Equal(u.Unit.Source, df.Columns["source"][i]);
            Assert.Equal(u.Unit.UnitId, df.Columns["unit_id"][i]);
            Assert.Equal(u.Unit.Text, df.Columns["text"][i]);
            Assert.Equal(u.Unit.Index, df.Columns["index"][i]);
            Assert.Equal(u.Unit.Voice.ToString().ToLowerInvariant(), df.Columns["voice"][i]);
            Assert.Equal(u.Sentiment!.Compound, (double)df.Columns["sentiment_compound"][i]!);
            Assert.Equal(u.Sentiment.Label.ToString().ToLowerInvariant(), df.Columns["sentiment_label"][i]);
            Assert.Equal(u.Frames?.PrimaryFrame, df.Columns["primary_frame"][i]);
            foreach (var score in u.Frames!.Scores)
            {
                Assert.Equal(score.Score, (double)df.Columns[ColumnNames.Frame(score.Frame)][i]!);
            }
        }
    }

    [Fact]
    public void UnitTable_StanceColumns_KeepTheOwnAndTheQuotedVoiceApart()
    {
        var units = DataFramesFixture.ScoredUnits;
        var df = units.ToDataFrame();
        var notMentioned = 0;
        var bothVoices = 0;
        foreach (var (target, slug) in new[] { ("Prison model", "prison_model"), ("Aurelio Vance", "aurelio_vance"), ("Marta Ibarra", "marta_ibarra") })
        {
            for (var i = 0; i < units.Count; i++)
            {
                var own = units[i].Stance.First(s => s.Target == target && s.Voice != Voice.Quoted);
                var quoted = units[i].Stance.FirstOrDefault(s => s.Target == target && s.Voice == Voice.Quoted);
                Assert.Equal(own.Score, (double)df.Columns[$"stance_{slug}_score"][i]!);
                Assert.Equal(own.Mentioned ? own.Label.ToString().ToLowerInvariant() : "not_mentioned", df.Columns[$"stance_{slug}_label"][i]);
                Assert.Equal(own.Voice.ToString().ToLowerInvariant(), df.Columns[$"stance_{slug}_voice"][i]);
                Assert.Equal(quoted?.Score ?? 0, (double)df.Columns[$"stance_{slug}_quoted_score"][i]!);
                Assert.Equal(quoted is { Mentioned: true } ? quoted.Label.ToString().ToLowerInvariant() : "not_mentioned", df.Columns[$"stance_{slug}_quoted_label"][i]);
                Assert.Equal(quoted?.Speaker, df.Columns[$"stance_{slug}_quoted_speaker"][i]);
                notMentioned += own.Mentioned ? 0 : 1;
                bothVoices += own.Mentioned && quoted is { Mentioned: true } ? 1 : 0;
            }
        }

        // A unit that does not mention a target has no stance toward it: labelled not_mentioned, never neutral; and a unit
        // with both its own and a quoted stance keeps both.
        Assert.True(notMentioned > 0);
        Assert.True(bothVoices > 0);
    }

    [Fact]
    public void UnitTable_OfOneArticle_IsThatArticlesRows()
    {
        var article = DataFramesFixture.Analyses[0];
        var df = article.ToDataFrame();
        Assert.Equal(article.Units.Count(u => u.Sentiment is not null), df.Rows.Count);
        Assert.All(Enumerable.Range(0, (int)df.Rows.Count), i => Assert.Equal(article.Article.Id, df.Columns["article_id"][i]));
    }

    [Fact]
    public void ArticleTable_HasOneRowPerArticleAndVoice_WithCountsThatAddUp()
    {
        var df = DataFramesFixture.Analyses.ToArticleDataFrame();
        Assert.IsType<Int32DataFrameColumn>(df.Columns["units"]);
        Assert.IsType<DoubleDataFrameColumn>(df.Columns["sentiment_mean"]);
        Assert.IsType<PrimitiveDataFrameColumn<DateTime>>(df.Columns["published"]);
        Assert.IsType<DoubleDataFrameColumn>(df.Columns["stance_aurelio_vance_mean"]);
        var outletUnits = 0;
        for (var i = 0; i < df.Rows.Count; i++)
        {
            var voice = (string)df.Columns["voice"][i]!;
            Assert.Contains(voice, new[] { "outlet", "quoted", "embedded", "audience" });
            if (voice == "outlet")
            {
                outletUnits += (int)df.Columns["units"][i]!;
                Assert.Equal((int)df.Columns["units"][i]!, (int)df.Columns["negative"][i]! + (int)df.Columns["neutral"][i]! + (int)df.Columns["positive"][i]!);
            }
        }

        Assert.Equal(DataFramesFixture.ScoredUnits.Count(u => u.Unit.Voice == Voice.Outlet), outletUnits);
        Assert.Equal(DataFramesFixture.Analyses.Count, df.Columns["voice"].Cast<string>().Count(v => v == "outlet"));
    }

    [Theory]
    [InlineData("Prison model", "prison_model")]
    [InlineData("Marta Ibarra", "marta_ibarra")]
    [InlineData("Centro de Reclusión Máxima", "centro_de_reclusion_maxima")]
    [InlineData("  --policy_prescription-and-evaluation ", "policy_prescription_and_evaluation")]
    [InlineData("¿?", "x")]
    public void Slug_IsLowerSnakeCaseAscii(string name, string expected) => Assert.Equal(expected, ColumnNames.Slug(name));
}
