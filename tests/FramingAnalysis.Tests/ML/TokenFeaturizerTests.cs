using FramingAnalysis.ML;

namespace FramingAnalysis.Tests.ML;

public class TokenFeaturizerTests
{
    [Theory]
    [InlineData("This is not a good idea.", "en", "NEG_good", "good")]
    [InlineData("I don't support the mine, frankly.", "en", "NEG_support", "NEG_frank")]
    [InlineData("Never again. The reform works.", "en", "NEG_again", "NEG_reform")]
    [InlineData("No es buena idea.", "es", "NEG_buen", "buen")]
    [InlineData("Nunca jamás apoyaré la mina.", "es", "NEG_mina", "mina")]
    [InlineData("Sin embargo, la mina sigue.", "es", "BUT_mina", "NEG_mina")]
    [InlineData("Sin embargo, la mina sigue.", "es", "embarg", "BUT_embarg")]
    [InlineData("Ni la mina ni el río.", "es", "NEG_rio", "rio")]
    public void NegationAndContrastScope_MarkTheRightWords(string text, string language, string present, string absent)
    {
        var row = TokenFeaturizer.Featurize(text, language, null, FeatureSettings.Default);
        Assert.Contains(present, row.Tokens);
        Assert.DoesNotContain(absent, row.Tokens);
    }

    [Theory]
    [InlineData("The government's plan costs 40,000 dollars! See https://x.test/a 😡", "en", new[] { "govern", "<num>", "!", "<url>", "😡" })]
    [InlineData("¡Qué VERGÜENZA! @AurelioVanceCS #ManoFirme", "es", new[] { "@aureliovancecs", "#manofirme", "!" })]
    public void Tokens_AreFoldedStemmedAndPlaceholdered(string text, string language, string[] expected)
    {
        var row = TokenFeaturizer.Featurize(text, language, null, FeatureSettings.Default);
        Assert.All(expected, e => Assert.Contains(e, row.Tokens));
    }

    [Fact]
    public void TargetInteractions_CrossEveryToken_WhenTurnedOn()
    {
        var settings = FeatureSettings.Default with { TargetInteractions = true };
        var row = TokenFeaturizer.Featurize("Raise taxes.", "en", "Tax reform", settings);
        Assert.Equal("tax_reform", row.Target);
        Assert.Equal(row.Tokens.Select(t => "T=tax_reform|" + t), row.TargetTokens);
    }
}
