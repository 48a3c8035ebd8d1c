using FramingAnalysis.Frames;
using FramingAnalysis.Text;

namespace FramingAnalysis.Tests.Frames;

/// <summary>
/// How a frame cue matches (issue 19, part 4): an exact word unless it says otherwise (<c>word~</c> for the stem,
/// <c>word*</c> for a prefix), never a name unless written as one, hashtags by their words, currency signs.
/// </summary>
public class FrameCueMatchingTests
{
    private static readonly FrameSet Set = FrameSet.Create("test", "1", [Def("a"), Def("b"), Def("c"), Def("d")],
    [
        new FrameCue("a", "en", "tourism", 1),
        new FrameCue("a", "en", "investment~", 1),
        new FrameCue("a", "en", "budget*", 1),
        new FrameCue("a", "es", "inversión~", 1),
        new FrameCue("a", "es", "plazas", 1),
        new FrameCue("b", "en", "right", 1),
        new FrameCue("b", "en", "due process", 1),
        new FrameCue("b", "en", "war on women", 1),
        new FrameCue("c", "en", "Congress", 1),
        new FrameCue("c", "en", "Senat*", 1),
        new FrameCue("c", "en", "repeal*", 1),
        new FrameCue("d", "en", "$", 1),
        new FrameCue("d", "en", "Right", 1),
    ]);

    private static readonly DictionaryFrameScorer Scorer = new(Set);

    private static FrameDefinition Def(string id) => new(id);

    private static List<FrameEvidence> Evidence(string text, string language = "en") =>
        [.. Scorer.Score(TextPipeline.Default.Analyze(text, language)).Scores.SelectMany(s => s.Evidence).OrderBy(e => e.Start)];

    private static List<string> Matched(string text, string language = "en") => [.. Evidence(text, language).Select(e => e.Text)];

    [Theory]
    [InlineData("Tourism grew.", "Tourism")]
    [InlineData("We love tourism.", "tourism")]
    [InlineData("We love the tour.", null)]
    [InlineData("We love tours.", null)]
    [InlineData("Tourists came.", null)]
    public void ExactWord_MatchesOnlyItself(string text, string? expected) =>
        Assert.Equal(expected is null ? [] : [expected], Matched(text));

    [Theory]
    [InlineData("New investments came.", "en", "investments")]
    [InlineData("The investment came.", "en", "investment")]
    [InlineData("Llegaron las inversiones.", "es", "inversiones")]
    [InlineData("Llegó la inversion.", "es", "inversion")]
    public void StemCue_MatchesWhatTheStemmerJoins(string text, string language, string expected) =>
        Assert.Equal([expected], Matched(text, language));

    [Fact]
    public void ExactCue_DoesNotMatchWhatTheStemmerJoins()
    {
        // The Spanish stemmer gives "plazo" and "plazas" the same stem; the cue "plazas" is exact.
        Assert.Empty(Matched("Vence el plazo.", "es"));
        Assert.Equal(["plazas"], Matched("Faltan plazas.", "es"));
    }

    [Theory]
    [InlineData("The budgetary rules.", "budgetary")]
    [InlineData("Budgets rose.", "Budgets")]
    public void PrefixCue_MatchesWordsThatStartWithIt(string text, string expected) =>
        Assert.Equal([expected], Matched(text));

    [Theory]
    [InlineData("Right after the vote, they left.", true)]       // the sentence's first word
    [InlineData("They did it right.", true)]
    [InlineData("They did it: Right or wrong.", true)]           // after a colon
    [InlineData("He said “Right now we wait.”", true)]           // after an opening quotation mark
    [InlineData("They did it RIGHT.", true)]                     // ALL CAPS is emphasis, not a name
    [InlineData("Groups On The Right Rally Against New Rules", true)] // a headline in title case
    [InlineData("The crowd cheered when Right Said Fred played.", false)]
    public void LowerCaseCue_DoesNotMatchAName(string text, bool matches)
    {
        var hits = Evidence(text).Where(e => e.Cue == "right").ToList();
        Assert.Equal(matches, hits.Count == 1);
    }

    [Fact]
    public void NameCue_MatchesInAnyCaseAndPosition()
    {
        Assert.Equal(["Congress"], Matched("The bill went to Congress on Monday."));
        Assert.Equal(["congress"], Matched("the bill went to congress"));
        Assert.Equal(["Senators"], Matched("Two Senators objected."));

        // "Right" written with a capital is its own cue (frame d): it matches the band's name, which "right" does not.
        var band = Evidence("The crowd cheered when Right Said Fred played.");
        Assert.Equal("Right", Assert.Single(band).Cue);
    }

    [Fact]
    public void PrefixWrittenInLowerCaseAndAsAName_AreTwoCues()
    {
        var set = FrameSet.Create("t", null, [Def("common"), Def("name")], [new FrameCue("common", "en", "senat*", 1), new FrameCue("name", "en", "Senat*", 1)]);
        var scorer = new DictionaryFrameScorer(set);
        Assert.Equal("name", scorer.Score(TextPipeline.Default.Analyze("Two Senators objected.", "en")).PrimaryFrame);
        Assert.Equal("common", scorer.Score(TextPipeline.Default.Analyze("Two senators objected.", "en")).PrimaryFrame);
    }

    [Fact]
    public void PhraseCue_MatchesAPhraseWrittenAsAName()
    {
        Assert.Equal(["Due Process"], Matched("The ruling cited the Due Process Clause."));
    }

    [Theory]
    [InlineData("Join us #tourism", "tourism", "tourism")]
    [InlineData("Join us #BudgetCuts", "Budget", "budget*")]
    [InlineData("Stop the #WarOnWomen now", "WarOnWomen", "war on women")]
    [InlineData("Time to #RepealObamacare", "Repeal", "repeal*")]
    public void Hashtag_MatchesByItsWords(string text, string matched, string cue)
    {
        var e = Assert.Single(Evidence(text));
        Assert.Equal(cue, e.Cue);
        Assert.Equal(matched, e.Text);
        Assert.Equal(matched, text.Substring(e.Start, e.Length));
    }

    [Fact]
    public void Hashtag_WholeBodyDoesNotMatchAPrefixOfItsFirstWord()
    {
        // A body of one word matches a prefix cue as a whole; a camel-case body is read word by word.
        Assert.Equal(["budgetcuts"], Matched("#budgetcuts"));
        Assert.Equal(["Tourism"], Matched("#TourismWeek"));
    }

    [Fact]
    public void CurrencySign_IsACue()
    {
        Assert.Equal(["$"], Matched("It cost $40 million."));
    }

    [Theory]
    [InlineData("in*vest", "'*' may only end the last word")]
    [InlineData("human* rights", "'*' may only end the last word")]
    [InlineData("inver~sión", "'~' may only end a word")]
    [InlineData("*", "must follow at least one letter")]
    [InlineData("~", "must follow at least one letter")]
    [InlineData("  ", "the cue is empty")]
    public void Syntax_RejectsMisplacedMarkers(string cue, string message) =>
        Assert.Contains(message, FrameCueSyntax.Check(cue), StringComparison.Ordinal);

    [Theory]
    [InlineData("tourism")]
    [InlineData("inversión~")]
    [InlineData("invest*")]
    [InlineData("human right*")]
    [InlineData("right~ to vote")]
    [InlineData("$")]
    public void Syntax_AcceptsWellFormedCues(string cue) => Assert.Null(FrameCueSyntax.Check(cue));

    [Fact]
    public void Loader_ReportsAMisplacedStemMarker_AndReadsAGoodOne()
    {
        var result = FrameDictionaryLoader.LoadTable(new StringReader("frame\tcue\ncost\tinver~sión\ncost\tinversión~\n"), "d.tsv");
        var problem = Assert.Single(result.Problems);
        Assert.Equal((2, "cue"), (problem.Line, problem.Field));
        Assert.Equal("inversión~", Assert.Single(result.FrameSet.Cues).Cue);
        var scored = new DictionaryFrameScorer(result.FrameSet).Score(TextPipeline.Default.Analyze("Las inversiones crecieron.", "es"));
        Assert.True(scored.ScoreOf("cost") > 0);
    }

    [Theory]
    [InlineData("RepealObamacare", "Repeal|Obamacare")]
    [InlineData("WarOnWomen", "War|On|Women")]
    [InlineData("LGBTEquality", "LGBT|Equality")]
    [InlineData("Pride2016", "Pride|2016")]
    [InlineData("gunviolence", "gunviolence")]
    [InlineData("ACA", "ACA")]
    [InlineData("stand_with_us", "stand|with|us")]
    public void CamelCase_SplitsHashtagBodies(string body, string expected) =>
        Assert.Equal(expected, string.Join('|', FrameCueMatcher.SplitCamelCase(body).Select(p => body.Substring(p.Start, p.Length))));
}
