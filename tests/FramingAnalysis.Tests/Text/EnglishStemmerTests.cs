using FramingAnalysis.Languages;
using FramingAnalysis.Text;

namespace FramingAnalysis.Tests.Text;

public class EnglishStemmerTests
{
    internal static string Stem(IStemmer stemmer, string word)
    {
        string folded = TermNormalizer.Fold(word);
        Span<char> buffer = stackalloc char[folded.Length];
        int length = stemmer.Stem(folded, buffer);
        return buffer[..length].ToString();
    }

    [Theory]
    [InlineData("controversial", "controversi")]
    [InlineData("controversy", "controversi")]
    [InlineData("controversies", "controversi")]
    [InlineData("controversially", "controversi")]
    [InlineData("criticize", "critic")]
    [InlineData("criticized", "critic")]
    [InlineData("criticizing", "critic")]
    [InlineData("criticise", "critic")]
    [InlineData("criticised", "critic")]
    [InlineData("criticism", "critic")]
    [InlineData("criticisms", "critic")]
    [InlineData("critics", "critic")]
    [InlineData("critical", "critic")]
    [InlineData("critically", "critic")]
    [InlineData("prisons", "prison")]
    [InlineData("prison", "prison")]
    [InlineData("arrested", "arrest")]
    [InlineData("arrests", "arrest")]
    [InlineData("arresting", "arrest")]
    [InlineData("abuses", "abus")]
    [InlineData("abused", "abus")]
    [InlineData("abuse", "abus")]
    [InlineData("investment", "invest")]
    [InlineData("investments", "invest")]
    [InlineData("invest", "invest")]
    [InlineData("successful", "success")]
    [InlineData("successfully", "success")]
    [InlineData("success", "success")]
    [InlineData("government's", "govern")]
    [InlineData("governments", "govern")]
    [InlineData("policies", "polici")]
    [InlineData("policy", "polici")]
    [InlineData("police", "polic")]
    [InlineData("stopped", "stop")]
    [InlineData("planning", "plan")]
    [InlineData("voted", "vote")]
    [InlineData("vote", "vote")]
    [InlineData("hoping", "hope")]
    [InlineData("hopping", "hop")]
    [InlineData("based", "base")]
    [InlineData("agreed", "agree")]
    [InlineData("agreement", "agree")]
    [InlineData("boxes", "box")]
    [InlineData("churches", "church")]
    [InlineData("classes", "class")]
    [InlineData("cities", "citi")]
    [InlineData("ties", "tie")]
    [InlineData("allegedly", "alleg")]
    [InlineData("alleged", "alleg")]
    [InlineData("quickly", "quick")]
    [InlineData("terrorism", "terror")]
    [InlineData("terrorists", "terror")]
    [InlineData("national", "nation")]
    [InlineData("crimes", "crim")]
    [InlineData("crisis", "crisis")]
    [InlineData("census", "census")]
    [InlineData("news", "news")]
    [InlineData("bias", "bias")]
    [InlineData("new", "new")]
    [InlineData("it's", "it's")]
    [InlineData("COVID-19", "covid-19")]
    [InlineData("Arrested", "arrest")]
    public void Stem_GivesExpectedStem(string word, string expected)
    {
        Assert.Equal(expected, Stem(EnglishStemmer.Instance, word));
    }

    [Theory]
    [InlineData("news", "new")]
    [InlineData("crime", "crimea")]
    [InlineData("police", "policy")]
    [InlineData("union", "unit")]
    [InlineData("general", "generous")]
    [InlineData("office", "official")]
    [InlineData("party", "part")]
    [InlineData("army", "arm")]
    [InlineData("fact", "factory")]
    [InlineData("present", "president")]
    [InlineData("media", "medium")]
    [InlineData("state", "station")]
    [InlineData("data", "date")]
    [InlineData("comment", "come")]
    [InlineData("moment", "mom")]
    [InlineData("evening", "even")]
    [InlineData("nothing", "not")]
    [InlineData("hundred", "hundr")]
    [InlineData("care", "car")]
    [InlineData("hope", "hop")]
    [InlineData("social", "soc")]
    [InlineData("assist", "ass")]
    [InlineData("family", "fame")]
    [InlineData("state", "statement")]
    [InlineData("department", "depart")]
    public void Stem_DoesNotMergeUnrelatedWords(string a, string b)
    {
        Assert.NotEqual(Stem(EnglishStemmer.Instance, a), Stem(EnglishStemmer.Instance, b));
    }

    [Theory]
    [InlineData("a")]
    [InlineData("is")]
    [InlineData("was")]
    [InlineData("sing")]
    [InlineData("used")]
    [InlineData("bed")]
    [InlineData("dies")]
    [InlineData("ring")]
    [InlineData("needs")]
    public void Stem_NeverShorterThanThreeLettersUnlessInputIs(string word)
    {
        string stem = Stem(EnglishStemmer.Instance, word);
        Assert.True(stem.Length >= Math.Min(3, word.Length), $"{word} → {stem}");
    }

    [Fact]
    public void Stem_IsStableOnItsOwnOutputForCoreVocabulary()
    {
        foreach (string word in new[] { "arrest", "prison", "critic", "invest", "success", "govern" })
        {
            Assert.Equal(word, Stem(EnglishStemmer.Instance, word));
        }
    }

    [Fact]
    public void Stem_DoesNotAllocate()
    {
        AllocationAssert.NoAllocationPerCall(() =>
        {
            Span<char> buffer = stackalloc char[32];
            EnglishStemmer.Instance.Stem("controversies", buffer);
            EnglishStemmer.Instance.Stem("criticized", buffer);
        });
    }

    [Fact]
    public void Stem_ThrowsWhenDestinationTooShort()
    {
        Assert.Throws<ArgumentException>(() => EnglishStemmer.Instance.Stem("prisons", new char[3]));
    }
}
