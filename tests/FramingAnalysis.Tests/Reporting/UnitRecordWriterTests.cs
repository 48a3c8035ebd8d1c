using System.Text.Json;
using FramingAnalysis.Reporting;
using FramingAnalysis.Tests.Stance;

namespace FramingAnalysis.Tests.Reporting;

/// <summary>Unit records (the output of <c>framing analyze</c>) label a target the unit does not mention
/// <c>not_mentioned</c>: no stance, which is not a neutral one.</summary>
public sealed class UnitRecordWriterTests
{
    private static string Write(bool csv)
    {
        var analyzer = ThirdPartyStanceScorerTests.Analyzer();
        using var output = new StringWriter();
        using (var writer = new UnitRecordWriter(output, csv, ["Budget", "Mayor"]))
        {
            writer.Write(analyzer.Analyze(ThirdPartyStanceScorerTests.Articles[0]));
        }

        return output.ToString();
    }

    private static JsonElement Stance(JsonElement record, string target) =>
        record.GetProperty("stance").EnumerateArray().Single(s => s.GetProperty("target").GetString() == target);

    [Fact]
    public void Jsonl_LabelsATargetTheUnitDoesNotMention_NotMentioned_AndKeepsScoreAndConfidence()
    {
        var records = Write(csv: false).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var p1 = records.Single(r => r.GetProperty("text").GetString() == "The budget is good.");
        var p2 = records.Single(r => r.GetProperty("text").GetString() == "Weather was mild today.");
        Assert.Equal("favor", Stance(p1, "Budget").GetProperty("label").GetString());
        Assert.Equal(UnitRecordWriter.NotMentionedLabel, Stance(p1, "Mayor").GetProperty("label").GetString());
        var none = Stance(p2, "Budget");
        Assert.Equal("not_mentioned", none.GetProperty("label").GetString());
        Assert.Equal((0.0, 0.0, "no mention"), (none.GetProperty("score").GetDouble(), none.GetProperty("confidence").GetDouble(), none.GetProperty("reason").GetString()));
        Assert.DoesNotContain(records.SelectMany(r => r.GetProperty("stance").EnumerateArray()), s => s.GetProperty("label").GetString() == "neutral" && s.GetProperty("reason").GetString() == "no mention");
    }

    [Fact]
    public void Csv_LabelsATargetTheUnitDoesNotMention_NotMentioned()
    {
        var lines = Write(csv: true).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains("stance_budget_label,stance_budget_score,stance_budget_confidence", lines[0], StringComparison.Ordinal);
        var header = lines[0].Split(',');
        var budget = Array.IndexOf(header, "stance_budget_label");
        var mayor = Array.IndexOf(header, "stance_mayor_label");

        // The texts have no commas or quotes, so a plain split finds the columns.
        var rows = lines.Skip(1).Select(l => l.Split(',')).ToDictionary(c => c[Array.IndexOf(header, "text")]);
        Assert.Equal(("neutral", "not_mentioned"), (rows["Budget news"][budget], rows["Budget news"][mayor]));
        Assert.Equal("favor", rows["The budget is good."][budget]);
        Assert.Equal("not_mentioned", rows["Weather was mild today."][budget]);
        Assert.Equal("favor", rows["It is good for schools."][budget]);
        Assert.Equal("not_mentioned", rows["Nice weather."][budget]);
    }
}
