using FramingAnalysis.Text;

namespace FramingAnalysis.Tests.Text;

public partial class TokenizerTests
{
    [Fact]
    public void Options_ExtraAbbreviations_AreKeptWhole()
    {
        Tokenizer tokenizer = Tokenizer.Create(new TokenizerOptions { ExtraAbbreviations = ["Gob.", "S.L.", "Mtro."] });
        var tokens = new List<Token>();
        const string text = "El Gob. y el Mtro. Díaz";
        tokenizer.Tokenize(text, tokens);
        Assert.Equal(["El", "Gob.", "y", "el", "Mtro.", "Díaz"], tokens.Select(t => t.Slice(text).ToString()));
        Assert.True(tokens[1].Has(TokenFlags.Abbreviation));

        // The default tokenizer is unaffected.
        Assert.Equal("El|W Gob|W .|P y|W", Render("El Gob. y"));
    }

    [Fact]
    public void Options_ExtraTopLevelDomains_MakeBareHostsUrls()
    {
        Tokenizer tokenizer = Tokenizer.Create(new TokenizerOptions { ExtraTopLevelDomains = ["ai"] });
        var tokens = new List<Token>();
        tokenizer.Tokenize("see example.ai now", tokens);
        Assert.Equal(TokenKind.Url, tokens[1].Kind);
        Assert.Equal("see|W example|W .|P ai|W now|W", Render("see example.ai now"));
    }

    [Theory]
    [InlineData("Gob")]
    [InlineData("")]
    [InlineData(".x.")]
    [InlineData("a b.")]
    [InlineData("1st.")]
    [InlineData("ABCDE.FG.")]
    public void Options_MalformedAbbreviation_IsRejectedOnCreate(string entry) =>
        Assert.Throws<ArgumentException>(() => Tokenizer.Create(new TokenizerOptions { ExtraAbbreviations = [entry] }));

    [Theory]
    [InlineData("SV")]
    [InlineData(".sv")]
    [InlineData("")]
    public void Options_MalformedTopLevelDomain_IsRejectedOnCreate(string entry) =>
        Assert.Throws<ArgumentException>(() => Tokenizer.Create(new TokenizerOptions { ExtraTopLevelDomains = [entry] }));

    [Fact]
    public void Default_IsOneSharedInstanceWithDefaultOptions()
    {
        Assert.Same(Tokenizer.Default, Tokenizer.Default);
        Assert.Equal(TokenizerOptions.Default, Tokenizer.Default.Options);
        Assert.Same(SentenceSplitter.Default, SentenceSplitter.Default);
    }
}
