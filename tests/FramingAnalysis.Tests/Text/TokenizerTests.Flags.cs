using FramingAnalysis.Text;

namespace FramingAnalysis.Tests.Text;

public partial class TokenizerTests
{
    [Theory]
    [InlineData("NEVER", "AllCaps")]
    [InlineData("Bukele", "Capitalized")]
    [InlineData("iPhone", "None")]
    [InlineData("I", "Capitalized")]
    [InlineData("A", "Capitalized")]
    [InlineData("prison", "None")]
    [InlineData("EE.UU.", "AllCaps, Abbreviation")]
    [InlineData("U.S.", "AllCaps, Abbreviation")]
    [InlineData("Sr.", "Capitalized, Abbreviation")]
    [InlineData("e.g.", "Abbreviation")]
    [InlineData("don't", "Apostrophe, NegationClitic")]
    [InlineData("ain't", "Apostrophe, NegationClitic")]
    [InlineData("isn’t", "Apostrophe, NegationClitic, NonAscii")]
    [InlineData("CAN'T", "AllCaps, Apostrophe, NegationClitic")]
    [InlineData("Salvador’s", "Capitalized, Apostrophe, NonAscii")]
    [InlineData("far-right", "Hyphenated")]
    [InlineData("COVID-19", "AllCaps, Hyphenated")]
    [InlineData("Éxito", "Capitalized, NonAscii")]
    [InlineData("ÉXITO", "AllCaps, NonAscii")]
    [InlineData("año", "NonAscii")]
    [InlineData("Ñandú", "Capitalized, NonAscii")]
    [InlineData("ÑANDÚ", "AllCaps, NonAscii")]
    [InlineData("Straße", "Capitalized, NonAscii")]
    [InlineData("Ǆemal", "Capitalized, NonAscii")]
    [InlineData("ΑΘΗΝΑ", "AllCaps, NonAscii")]
    [InlineData("#ManoFirme", "Capitalized")]
    [InlineData("😀", "NonAscii")]
    [InlineData("GOVERNMENTCORRUPTIONSCANDAL", "AllCaps")]
    [InlineData("Governmentcorruptionscandal", "Capitalized")]
    [InlineData("governmentCorruptionScandal", "None")]
    [InlineData("NYC's", "Capitalized, Apostrophe")]
    [InlineData("الرئيس", "NonAscii")]
    public void Flags_DescribeTheSurface(string text, string expectedFlags)
    {
        var tokens = new List<Token>();
        Tokenizer.Default.Tokenize(text, tokens);
        Token token = Assert.Single(tokens);
        Assert.Equal(Enum.Parse<TokenFlags>(expectedFlags), token.Flags);
    }
}
