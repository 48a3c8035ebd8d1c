using FramingAnalysis.Lexicons;
using FramingAnalysis.Sentiment.Vader;

namespace FramingAnalysis.Tests.Sentiment.Vader;

public partial class VaderScorerTests
{
    [Fact]
    public void DefaultTables_UseThePaperConstants()
    {
        Assert.Equal(VaderScorer.BoosterIncrement, VaderOptions.DefaultBoosters["very"]);
        Assert.Equal(VaderScorer.BoosterDecrement, VaderOptions.DefaultBoosters["kind of"]);
        Assert.All(VaderOptions.DefaultBoosters.Values, v => Assert.Equal(0.293, Math.Abs(v)));
        Assert.Equal(3.0, VaderOptions.DefaultSpecialCases["the bomb"]);
        Assert.Equal(10, VaderOptions.DefaultSpecialCases.Count);
        Assert.Contains("n't", string.Join(' ', VaderOptions.DefaultNegations), StringComparison.Ordinal);
    }

    [Fact]
    public void Create_CustomTables_AreUsedCaseInsensitively()
    {
        var options = new VaderOptions
        {
            Boosters = new Dictionary<string, double> { ["Mega"] = 1.0 },
            SpecialCases = new Dictionary<string, double> { ["GOOD  grief"] = -2.0 },
            Negations = ["NAH"],
        };
        VaderScorer scorer = VaderScorer.Create(VaderTestData.Lexicon, options: options);

        Assert.Equal(2.9, scorer.ScoreWithEvidence("mega good").Tokens[1].Valence, 12);
        Assert.Equal(1.9 * -0.74, scorer.ScoreWithEvidence("nah good").Tokens[1].Valence, 12);
        Assert.Equal(-2.0, scorer.ScoreWithEvidence("oh my my good grief").Tokens[3].Valence, 12);
        Assert.Equal(1.9, scorer.ScoreWithEvidence("very good").Tokens[1].Valence, 12); // "very" is not in this table
    }

    [Fact]
    public void Create_RejectsNonFiniteTableValue() =>
        Assert.Throws<ArgumentException>(() => VaderScorer.Create(
            VaderTestData.Lexicon, options: new VaderOptions { Boosters = new Dictionary<string, double> { ["x"] = double.NaN } }));

    [Fact]
    public void Create_WithoutEmoji_LeavesEmojiAsTokens()
    {
        VaderScorer scorer = VaderScorer.Create(VaderTestData.Lexicon);

        // Without descriptions an emoji is an ordinary token (not in the lexicon, so neutral), a lone one included.
        Assert.Equal(["movie", "😀", "😀😀"], scorer.ScoreWithEvidence("movie 😀 😀😀").Tokens.Select(t => t.Token));
    }

    [Fact]
    public void LoadEmojiDescriptions_ReadsFileAndLaterLinesWin()
    {
        IReadOnlyDictionary<string, string> emoji = VaderScorer.LoadEmojiDescriptions(new StringReader("😀\tgrinning face\n\n😀\tbig grin\n"), "e.txt");

        Assert.Equal("big grin", emoji["😀"]);
        Assert.Equal("grinning face", VaderTestData.Emoji["😀"]);
    }

    [Fact]
    public void LoadEmojiDescriptions_MissingDescription_NamesFileLineAndField()
    {
        LexiconFormatException ex = Assert.Throws<LexiconFormatException>(
            () => VaderScorer.LoadEmojiDescriptions(new StringReader("😀\tgrinning face\n😢\n"), "emoji.txt"));

        Assert.StartsWith("emoji.txt:2: description:", ex.Message);
    }
}
