using FramingAnalysis.Internal;
using FramingAnalysis.Text;

namespace FramingAnalysis.Tests.Text;

public class StopwordsTests
{
    [Theory]
    [InlineData("FramingAnalysis.Resources.stopwords.en.tsv")]
    [InlineData("FramingAnalysis.Resources.stopwords.es.tsv")]
    [InlineData("FramingAnalysis.Resources.langid.en.tsv")]
    [InlineData("FramingAnalysis.Resources.langid.es.tsv")]
    [InlineData("FramingAnalysis.Resources.langid.other.tsv")]
    [InlineData("FramingAnalysis.Resources.langid.sentences.tsv")]
    public void EmbeddedResource_HasExpectedManifestName(string name)
    {
        Assert.Contains(name, EmbeddedTsv.ResourceNames());
    }

    [Theory]
    [InlineData("en", "the", true)]
    [InlineData("en", "of", true)]
    [InlineData("en", "don't", true)]
    [InlineData("en", "not", true)]
    [InlineData("en", "government", false)]
    [InlineData("en", "police", false)]
    [InlineData("es", "de", true)]
    [InlineData("es", "el", true)]
    [InlineData("es", "mas", true)]
    [InlineData("es", "tambien", true)]
    [InlineData("es", "aqui", true)]
    [InlineData("es", "gobierno", false)]
    [InlineData("es", "carcel", false)]
    [InlineData("es", "estado", false)]
    public void Contains_FindsFoldedFunctionWords(string language, string folded, bool expected)
    {
        Assert.Equal(expected, Stopwords.For(language).Contains(folded));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("es")]
    public void BuiltInList_HasBetween150And250FoldedEntries(string language)
    {
        Stopwords list = Stopwords.For(language);
        Assert.InRange(list.Count, 150, 250);
        Assert.All(list.Words, w => Assert.Equal(TermNormalizer.Fold(w), w));
    }

    [Fact]
    public void For_IsCaseInsensitiveAndShared()
    {
        Assert.Same(Stopwords.For("ES"), Stopwords.For("es"));
    }

    [Fact]
    public void For_UnknownLanguage_Throws()
    {
        Assert.Throws<ArgumentException>(() => Stopwords.For("pt"));
    }

    [Fact]
    public void Create_FoldsCallerWords()
    {
        Stopwords list = Stopwords.Create("es", ["Según", "ÉL", " "]);
        Assert.True(list.Contains("segun"));
        Assert.True(list.Contains("el"));
        Assert.Equal(2, list.Count);
    }
}
