using CsCheck;
using FramingAnalysis.Analysis;
using FramingAnalysis.Stance;

namespace FramingAnalysis.Tests.Analysis;

/// <summary>
/// Property-based tests of the scorers (issue 23): for random text from the whole UTF-16 range (lone surrogates, control
/// characters, emoji, combining marks) and random mixes of words, target aliases and punctuation, no exception escapes
/// the analysis, every score is in range, stance evidence stays within the unit, and the same input gives the same
/// result. CsCheck prints the seed of any failing case and shrinks it.
/// </summary>
public class ScorerPropertyTests
{
    private static readonly StanceTarget Prison = new("Prison model", new Dictionary<string, IReadOnlyList<string>>
    {
        ["en"] = ["the prison", "mega-prison"],
        ["es"] = ["la cárcel", "megacárcel"],
        ["*"] = ["Prison model", "@CECOT", "#Bukele"],
    });

    private static readonly FramingAnalyzer Analyzer = FramingAnalyzer.Create(new AnalyzerOptions { Targets = [Prison] });

    // Pieces real text is made of, including our own cues, aliases and hostile characters.
    private static readonly string[] Words = ["the prison", "la cárcel", "@CECOT", "#Bukele", "mega-prison", "not", "no", "but", "pero", "said", "dijo", "“", "”", "\"", "excellent", "terrible",
            "reduces crime", "reduce el crimen", "violates rights", "!!!", "?", ".", ",", ";", "…", ":)", "😡", "👍🏽", "JAJAJA", "sooo", "GREAT", "—", "\n", "\r\n", " "];

    private static readonly Gen<string> Piece = Gen.Frequency(
        (4, Gen.Int[0, Words.Length - 1].Select(i => Words[i])),
        (2, Gen.String[Gen.Char.AlphaNumeric, 1, 8]),
        (1, Gen.String[Gen.Char, 0, 6]));

    private static readonly Gen<string> Text = Piece.Array[0, 40].Select(p => string.Join(' ', p));

    private static Article ArticleOf(string title, string[] paragraphs, string[] comments, string? language) => new()
    {
        Id = "a",
        Source = "S",
        Language = language,
        Title = title,
        Paragraphs = paragraphs,
        Comments = [.. comments.Select((c, i) => new Comment { Id = "c" + i, Text = c })],
    };

    private static readonly Gen<Article> Articles = Gen.Select(Text, Text.Array[0, 4], Text.Array[0, 3], Gen.Int[0, 2].Select(i => i == 0 ? null : i == 1 ? "en" : "es"), ArticleOf);

    [Fact]
    public void AnyText_NoExceptionEscapes_ScoresAreInRange_AndEvidenceIsInTheUnit()
    {
        Articles.Sample(article =>
        {
            var analysis = Analyzer.Analyze(article);
            foreach (var unit in analysis.Units)
            {
                if (unit.Sentiment is { } s)
                {
                    Assert.InRange(s.Compound, -1, 1);
                    Assert.False(double.IsNaN(s.Compound));
                }

                foreach (var r in unit.Stance)
                {
                    Assert.InRange(r.Score, -1, 1);
                    Assert.InRange(r.Confidence, 0, 1);
                    Assert.All(r.Evidence, e => Assert.True(e.Start >= 0 && e.Length >= 0 && e.Start + e.Length <= unit.Unit.Text.Length, $"evidence {e.Start}+{e.Length} in a unit of {unit.Unit.Text.Length}"));
                    if (!r.Mentioned)
                    {
                        Assert.Empty(r.Evidence);
                    }
                }

                if (unit.Frames is { } f)
                {
                    Assert.All(f.Scores, x => Assert.InRange(x.Score, 0, 1));
                }
            }
        }, iter: 300);
    }

    [Fact]
    public void AnyText_TheSameInput_GivesTheSameResult()
    {
        Articles.Sample(article =>
        {
            var a = Analyzer.Analyze(article);
            var b = Analyzer.Analyze(article);
            Assert.Equal(a.Units.Count, b.Units.Count);
            for (var i = 0; i < a.Units.Count; i++)
            {
                Assert.Equal(a.Units[i].Sentiment?.Compound, b.Units[i].Sentiment?.Compound);
                Assert.Equal(a.Units[i].Stance.Select(r => (r.Label, r.Score, r.Evidence.Count)), b.Units[i].Stance.Select(r => (r.Label, r.Score, r.Evidence.Count)));
                Assert.Equal(a.Units[i].Frames?.PrimaryFrame, b.Units[i].Frames?.PrimaryFrame);
            }
        }, iter: 100);
    }
}
