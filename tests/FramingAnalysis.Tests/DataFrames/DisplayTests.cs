using System.Reflection;
using FramingAnalysis.Analysis;
using FramingAnalysis.Charts;
using FramingAnalysis.DataFrames;
using FramingAnalysis.Frames;
using FramingAnalysis.Sentiment;
using FramingAnalysis.Stance;
using Microsoft.Data.Analysis;

namespace FramingAnalysis.Tests.DataFrames;

public class DisplayTests
{
    private static DataFrame Numbers(int rows) => new(new Int32DataFrameColumn("n", Enumerable.Range(0, rows)), new StringDataFrameColumn("s", Enumerable.Range(0, rows).Select(i => "r" + i)));

    [Fact]
    public void ToHtml_LongTable_IsTruncatedWithAVisibleNote()
    {
        var html = Numbers(234).ToHtml(maxRows: 50);
        Assert.Contains("showing 50 of 234 rows", html);
        Assert.Equal(50, CountOf(html, "<tr>") - 1); // minus the header row
        Assert.Contains(">r49<", html);
        Assert.DoesNotContain(">r50<", html);
    }

    [Fact]
    public void ToHtml_ShortTable_HasNoNote()
    {
        var html = Numbers(3).ToHtml();
        Assert.DoesNotContain("showing", html);
        Assert.Equal(4, CountOf(html, "<tr>"));
    }

    [Fact]
    public void FramingTable_PlainText_AlsoSaysRowsWereLeftOut()
    {
        var table = FramingDisplay.Table(Numbers(120), "numbers", maxRows: 10);
        Assert.Contains("(showing 10 of 120 rows)", table.ToString());
        Assert.Contains("showing 10 of 120 rows", table.ToDisplayString("text/html"));
    }

    [Fact]
    public void ToHtml_EscapesCells_AndFormatsNumbersInvariantly()
    {
        var df = new DataFrame(new StringDataFrameColumn("text", ["<script>alert(1)</script> & co"]), new DoubleDataFrameColumn("x", [1234.5]), new DoubleDataFrameColumn("y", [double.NaN]));
        var previous = Thread.CurrentThread.CurrentCulture;
        Thread.CurrentThread.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
        try
        {
            var html = df.ToHtml();
            Assert.DoesNotContain("<script>", html);
            Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; co", html);
            Assert.Contains(">1234.5<", html);
            Assert.Contains(">n/a<", html);
        }
        finally
        {
            Thread.CurrentThread.CurrentCulture = previous;
        }
    }

    [Fact]
    public void ComparisonToHtml_ShowsEveryTable_EachTruncatedVisibly()
    {
        var html = DataFramesFixture.Comparison.ToHtml(maxRows: 5);
        Assert.Contains("Frame salience per group", html);
        Assert.Contains("Article versus audience", html);
        Assert.Matches(@"showing 5 of \d+ rows", html);
    }

    [Fact]
    public void HighlightEvidence_MarksEachSpan_AndEscapesTheText()
    {
        const string text = "<b>Awful</b> & the mega-prison \"works\" for the economy";
        var unit = Unit(
            text,
            new SentimentResult(-0.5, 0, 0.5, 0.5, SentimentLabel.Negative, [], [new SentimentEvidence(3, 5, "Awful", "awful", -2.5, -2.5, default, "")]),
            [new StanceResult("Prison model", StanceLabel.Favor, 0.4, 0.8, Voice.Outlet, null, "mentioned", [new StanceEvidence(19, 11, "mega-prison", "mention", 0), new StanceEvidence(32, 5, "works", "evaluative", 0.6)])],
            new FrameResult([new FrameScore("economic", 0.3, [new FrameEvidence(47, 7, "economy", "econom*", 1)])], "economic"));
        var html = HighlightEvidence(unit);
        Assert.Contains("&lt;b&gt;<mark class=\"sentiment-neg\"", html);
        Assert.Contains(">Awful</mark>&lt;/b&gt; &amp; the ", html);
        Assert.Contains("<mark class=\"stance\" title=\"stance Prison model (outlet): mention 0\">mega-prison</mark>", html);
        Assert.Contains("&quot;<mark class=\"stance\"", html);
        Assert.Contains(">economy</mark>", html);
        Assert.Contains("class=\"frame\"", html);
        Assert.DoesNotContain("<b>", html);
        Assert.Equal(4, CountOf(html, "<mark "));
    }

    [Fact]
    public void HighlightEvidence_OverlappingSpans_BecomeOneMarkWithBothClasses()
    {
        const string text = "a crisis of capacity";
        var unit = Unit(
            text,
            new SentimentResult(-0.4, 0, 1, 0, SentimentLabel.Negative, [], [new SentimentEvidence(2, 6, "crisis", "crisis", -3, -3, default, "")]),
            [],
            new FrameResult([new FrameScore("capacity_and_resources", 0.5, [new FrameEvidence(2, 18, "crisis of capacity", "crisis of capacity", 1)])], "capacity_and_resources"));
        var html = HighlightEvidence(unit);
        Assert.Equal(1, CountOf(html, "<mark "));
        Assert.Contains("<mark class=\"frame sentiment-neg\"", html);
        Assert.Contains(">crisis of capacity</mark>", html);
    }

    [Fact]
    public void HighlightEvidence_OnTheCorpus_MarksRealEvidenceAtItsOffsets()
    {
        var unit = DataFramesFixture.ScoredUnits.First(u => u.Sentiment!.Evidence.Count > 0 && u.Frames!.Scores.Count > 0);
        var shown = FramingDisplay.HighlightEvidence(unit);
        var marked = System.Text.RegularExpressions.Regex.Matches(shown.Html, "<mark [^>]*>(.*?)</mark>").Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
        Assert.NotEmpty(marked);
        foreach (var e in unit.Sentiment!.Evidence)
        {
            Assert.Contains(marked, m => m.Contains(unit.Unit.Text.Substring(e.Start, e.Length), StringComparison.Ordinal));
        }

        foreach (var e in unit.Frames!.Scores.SelectMany(f => f.Evidence))
        {
            Assert.Contains(marked, m => m.Contains(e.Text, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void DisplayableTypes_CarryTheConventionAttribute_ThatDotNetInteractiveMatchesByName()
    {
        // .NET Interactive looks for an attribute *named* TypeFormatterSourceAttribute with a FormatterSourceType,
        // creates the source, calls CreateTypeFormatters(), and uses MimeType + Format(object, TextWriter). Do the same.
        var table = FramingDisplay.Table(Numbers(60), "t", 10);
        var attribute = table.GetType().GetCustomAttributes(true).Single(a => a.GetType().Name == "TypeFormatterSourceAttribute");
        var sourceType = (Type)attribute.GetType().GetProperty("FormatterSourceType")!.GetValue(attribute)!;
        var source = Activator.CreateInstance(sourceType, nonPublic: true)!;
        var formatters = ((IEnumerable<object>)sourceType.GetMethod("CreateTypeFormatters")!.Invoke(source, null)!).ToList();
        var html = formatters.Single(f => (string)f.GetType().GetProperty("MimeType")!.GetValue(f)! == "text/html");
        var writer = new StringWriter();
        var handled = (bool)html.GetType().GetMethod("Format", [typeof(object), typeof(TextWriter)])!.Invoke(html, [table, writer])!;
        Assert.True(handled);
        Assert.Contains("showing 10 of 60 rows", writer.ToString());
        Assert.All(new[] { typeof(FramingTable), typeof(FramingHtml), typeof(FramingChart) }, t =>
            Assert.Contains(t.GetCustomAttributes(true), a => a.GetType().Name == "TypeFormatterSourceAttribute"));
    }

    [Fact]
    public void RegisterWithInteractive_OutsideANotebook_DoesNothing() => Assert.False(FramingDisplay.RegisterWithInteractive());

    private static string HighlightEvidence(UnitAnalysis unit) => FramingDisplay.HighlightEvidence(unit).Html;

    private static UnitAnalysis Unit(string text, SentimentResult sentiment, IReadOnlyList<StanceResult> stance, FrameResult frames) =>
        new(new TextUnit { UnitId = "x/p1", ArticleId = "x", Source = "S", Kind = UnitKind.Paragraph, Index = 1, Text = text }, "en", 1, sentiment, stance, frames);

    private static int CountOf(string s, string part)
    {
        var n = 0;
        for (var i = s.IndexOf(part, StringComparison.Ordinal); i >= 0; i = s.IndexOf(part, i + part.Length, StringComparison.Ordinal))
        {
            n++;
        }

        return n;
    }
}
