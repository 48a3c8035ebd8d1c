using FramingAnalysis.Frames;
using FramingAnalysis.Languages;
using FramingAnalysis.Text;

namespace FramingAnalysis.Tests.Languages;

/// <summary>The registry: order, lookups, replacement and what registration changes downstream.</summary>
[Collection(LanguageRegistryCollection.Name)]
public sealed class LanguagePacksTests
{
    [Fact]
    public void BuiltInPacks_AreTheFirstTwoRegistrations_EnglishFirst()
    {
        Assert.Equal(["en", "es"], LanguagePacks.All.Take(2).Select(p => p.Code));
        Assert.Equal("en", LanguagePacks.Default.Code);
        Assert.Same(LanguagePacks.Get("es").Stopwords, Stopwords.For("es"));
        Assert.Same(LanguagePacks.Get("es").Stemmer, TextPipeline.StemmerFor("es"));
    }

    [Theory]
    [InlineData("es", "es")]
    [InlineData("ES", "es")]
    [InlineData("es-MX", "es")]
    [InlineData("en_GB", "en")]
    [InlineData("und", null)]
    [InlineData("fr", null)]
    [InlineData("", null)]
    public void Find_NormalizesTagsToTheirPrimarySubtag(string tag, string? expected)
    {
        Assert.Equal(expected, LanguagePacks.Find(tag)?.Code);
        Assert.Equal(expected ?? "en", LanguagePacks.FindOrDefault(tag).Code);
    }

    [Theory]
    [InlineData("EO")]
    [InlineData("eo-XX")]
    [InlineData("und")]
    [InlineData("zz")]
    [InlineData("")]
    public void Register_RejectsCodesThatAreNotLowerCasePrimarySubtags(string code)
    {
        Assert.Throws<ArgumentException>(() => LanguagePacks.Register(new NamedPack(code)));
        Assert.DoesNotContain(LanguagePacks.All, p => p is NamedPack);
    }

    [Fact]
    public void Register_AppendsInOrder_ReplacesInPlace_AndUpdatesTheBuiltInFrameSet()
    {
        var before = FrameSet.PolicyFrames;
        var first = new ToyEsperantoPack();
        var other = new NamedPack("qu");
        LanguagePacks.Register(first);
        LanguagePacks.Register(other);
        try
        {
            Assert.Equal(["en", "es", "eo", "qu"], LanguagePacks.All.Select(p => p.Code));
            var replacement = new ToyEsperantoPack();
            LanguagePacks.Register(replacement);
            Assert.Equal(["en", "es", "eo", "qu"], LanguagePacks.All.Select(p => p.Code));
            Assert.Same(replacement, LanguagePacks.Get("eo"));

            var set = FrameSet.PolicyFrames;
            Assert.NotSame(before, set);
            Assert.Equal("Economic / Económico / Ekonomia", set.Find("economic")!.DisplayName());
            Assert.Equal(["en", "es"], set.Find("political")!.Texts.Select(t => t.Key));
            Assert.Contains(set.Cues, c => c.Language == "eo" && c.Cue == "budgeto~");
            Assert.Same(set, FrameSet.PolicyFrames);
        }
        finally
        {
            Assert.True(LanguagePacks.Unregister("eo"));
            Assert.True(LanguagePacks.Unregister("qu"));
        }

        Assert.False(LanguagePacks.Unregister("en"));
        Assert.Equal(["en", "es"], LanguagePacks.All.Select(p => p.Code));
        Assert.Equal(before.Cues, FrameSet.PolicyFrames.Cues);
    }

    [Fact]
    public void All_IsASnapshot_ThatLaterRegistrationsDoNotChange()
    {
        var snapshot = LanguagePacks.All;
        LanguagePacks.Register(new NamedPack("qu"));
        try
        {
            Assert.Equal(2, snapshot.Count);
            Assert.Equal(3, LanguagePacks.All.Count);
        }
        finally
        {
            LanguagePacks.Unregister("qu");
        }
    }

    /// <summary>A pack that borrows everything from English: enough to test the registry.</summary>
    private sealed class NamedPack(string code) : LanguagePack
    {
        public override string Code => code;

        public override string Name => "Test";

        public override IStemmer Stemmer => LanguagePacks.Default.Stemmer;

        public override Stopwords Stopwords => LanguagePacks.Default.Stopwords;

        public override FramingAnalysis.Sentiment.SentimentLanguagePack Sentiment => LanguagePacks.Default.Sentiment;

        public override FramingAnalysis.Stance.StanceLanguagePack Stance => LanguagePacks.Default.Stance;
    }
}
