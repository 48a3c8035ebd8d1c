using FramingAnalysis.Lexicons;

namespace FramingAnalysis.Tests.Lexicons;

public class SentimentLexiconTests
{
    private static readonly SentimentLexicon Lexicon = SentimentLexicon.Create(
        [new("good", 1.9), new("Bad", -2.5), new("happi*", 2.0)], "test", "1.0", "en");

    [Fact]
    public void TryGetValence_FindsExactTermBySpan()
    {
        Assert.True(Lexicon.TryGetValence("a good day".AsSpan(2, 4), out double valence));
        Assert.Equal(1.9, valence);
    }

    [Fact]
    public void TryGetValence_IsCaseSensitive()
    {
        Assert.False(Lexicon.TryGetValence("bad", out _));
        Assert.True(Lexicon.TryGetValence("Bad", out double valence));
        Assert.Equal(-2.5, valence);
    }

    [Fact]
    public void Entries_KeepSourceOrderAndMetadata()
    {
        Assert.Equal(3, Lexicon.Count);
        Assert.Equal(["good", "Bad", "happi*"], Lexicon.Entries.Select(e => e.Term));
        Assert.Equal(("test", "1.0", "en"), (Lexicon.Name, Lexicon.Version, Lexicon.Language));
    }

    [Fact]
    public void IsPrefix_FollowsTrailingStar()
    {
        Assert.True(Lexicon.Entries[2].IsPrefix);
        Assert.False(Lexicon.Entries[0].IsPrefix);
    }

    [Fact]
    public void Create_RejectsDuplicateTerm() =>
        Assert.Throws<ArgumentException>(() => SentimentLexicon.Create([new("a", 1), new("a", 2)], "dup"));

    [Fact]
    public void Create_RejectsNonFiniteValence() =>
        Assert.Throws<ArgumentException>(() => SentimentLexicon.Create([new("a", double.NaN)], "nan"));
}
