using System.Text;
using FramingAnalysis.Sentiment.Vader;

namespace FramingAnalysis.Tests.Sentiment.Vader;

public partial class VaderScorerTests
{
    private static void AssertInRange(VaderScores scores)
    {
        Assert.InRange(scores.Compound, -1.0, 1.0);
        Assert.InRange(scores.Positive, 0.0, 1.0);
        Assert.InRange(scores.Negative, 0.0, 1.0);
        Assert.InRange(scores.Neutral, 0.0, 1.0);
    }

    [Fact]
    public void Score_Null_Throws() => Assert.Throws<ArgumentNullException>(() => Scorer.Score(null!));

    [Fact]
    public void Score_HundredThousandExclamations_IsOneNeutralToken()
    {
        VaderScores scores = Scorer.Score(new string('!', 100_000));

        Assert.Equal(new VaderScores(0, 0, 0, 1), scores);
    }

    [Fact]
    public void Score_MillionWords_StaysInRange()
    {
        var builder = new StringBuilder(7_000_000);
        string[] words = ["good", "NOT", "bad", "very", "but", "no", "great!!", "the", "kind", "of", "😀", "??"];
        for (int i = 0; i < 1_000_000; i++)
        {
            builder.Append(words[i % words.Length]).Append(' ');
        }

        VaderScores scores = Scorer.Score(builder.ToString());

        AssertInRange(scores);
        Assert.True(Math.Abs(scores.Compound) > 0.99); // a sum this large normalizes to ±1
    }

    [Theory]
    [InlineData("\0\u0001\u001F\uFFFF")]
    [InlineData("\uD800 lone \uDC00 surrogates")]
    [InlineData("!!!???!!!???")]
    [InlineData("GOOD BAD NOT VERY")]
    [InlineData("no no no no no")]
    [InlineData("but but but good")]
    [InlineData("İSTANBUL ǅ titlecase ß")]
    public void Score_OddInput_StaysInRange(string text) => AssertInRange(Scorer.Score(text));

    [Fact]
    public void Score_InParallel_EqualsSequential()
    {
        string[] texts = ["The movie was good", "It is without joy", "I am sorry for your 💔", "The food was VERY bad!!", "kind of great but no good"];
        VaderScores[] expected = texts.Select(Scorer.Score).ToArray();

        VaderScores[] parallel = new VaderScores[texts.Length * 200];
        Parallel.For(0, parallel.Length, i => parallel[i] = Scorer.Score(texts[i % texts.Length]));

        for (int i = 0; i < parallel.Length; i++)
        {
            Assert.Equal(expected[i % texts.Length], parallel[i]);
        }
    }
}
