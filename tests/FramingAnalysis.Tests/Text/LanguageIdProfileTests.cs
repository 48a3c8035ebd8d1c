using FramingAnalysis.Text;

namespace FramingAnalysis.Tests.Text;

/// <summary>Building a language-identification profile for a language pack.</summary>
public sealed class LanguageIdProfileTests
{
    [Fact]
    public void Create_FoldsWords_AndKeepsTheLargerWeightOfARepeat()
    {
        var profile = LanguageIdProfile.Create([KeyValuePair.Create("Kaj", 1.0), KeyValuePair.Create("kaj", 3.0), KeyValuePair.Create("ĉar", 2.0)], ["La homoj parolas."]);
        Assert.Equal(2, profile.WordCount);
        Assert.Equal(3f, profile.Words["kaj"]);
        Assert.True(profile.Words.ContainsKey(TermNormalizer.Fold("ĉar")));
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Create_RejectsAWeightThatIsNotAPositiveNumber(double weight)
    {
        Assert.Throws<ArgumentException>(() => LanguageIdProfile.Create([KeyValuePair.Create("kaj", weight)], ["La homoj parolas."]));
    }

    [Fact]
    public void Create_RejectsAProfileWithoutWordsOrText()
    {
        Assert.Throws<ArgumentException>(() => LanguageIdProfile.Create([], []));
        Assert.Throws<ArgumentException>(() => LanguageIdProfile.Create([], ["", "123 456"]));
    }
}
