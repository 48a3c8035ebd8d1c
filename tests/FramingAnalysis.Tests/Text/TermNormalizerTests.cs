using FramingAnalysis.Text;

namespace FramingAnalysis.Tests.Text;

public class TermNormalizerTests
{
    [Theory]
    [InlineData("éxito", "exito")]
    [InlineData("Éxito", "exito")]
    [InlineData("EXITO", "exito")]
    [InlineData("exito", "exito")]
    [InlineData("Salvador’s", "salvador's")]
    [InlineData("Salvador's", "salvador's")]
    [InlineData("‘quote", "'quote")]
    [InlineData("Oʼ", "o'")]
    [InlineData("año", "año")]
    [InlineData("AÑO", "año")]
    [InlineData("ano", "ano")]
    [InlineData("an\u0303o", "año")]
    [InlineData("e\u0301xito", "exito")]
    [InlineData("Ñandú", "ñandu")]
    [InlineData("pingüino", "pinguino")]
    [InlineData("PINGÜINO", "pinguino")]
    [InlineData("Français", "francais")]
    [InlineData("straße", "strasse")]
    [InlineData("Œuvre", "oeuvre")]
    [InlineData("Łódź", "lodz")]
    [InlineData("Ærø", "aero")]
    [InlineData("São", "sao")]
    [InlineData("naïve", "naive")]
    [InlineData("co\u00ADoperation", "cooperation")]
    [InlineData("COVID-19", "covid-19")]
    [InlineData("", "")]
    [InlineData("123", "123")]
    [InlineData("Μεγάλη", "μεγάλη")]
    [InlineData("😀Hola", "😀hola")]
    public void Fold_LowercasesAndRemovesAccentsButKeepsEnye(string input, string expected)
    {
        Assert.Equal(expected, TermNormalizer.Fold(input));

        Span<char> buffer = stackalloc char[input.Length * TermNormalizer.MaxExpansion];
        int length = TermNormalizer.Fold(input, buffer);
        Assert.Equal(expected, buffer[..length].ToString());
    }

    [Fact]
    public void Fold_AsciiNeedsOnlyTokenLength()
    {
        Span<char> buffer = stackalloc char[6];
        Assert.Equal(6, TermNormalizer.Fold("POLICE", buffer));
        Assert.Equal("police", buffer.ToString());
    }

    [Fact]
    public void Fold_ThrowsWhenDestinationTooShort()
    {
        char[] small = new char[3];
        Assert.Throws<ArgumentException>(() => TermNormalizer.Fold("POLICE", small));
        Assert.Throws<ArgumentException>(() => TermNormalizer.Fold("straße", new char[6]));
    }

    [Fact]
    public void Fold_OfFoldedAsciiStringReturnsSameInstance()
    {
        string s = "already folded";
        Assert.Same(s, TermNormalizer.Fold(s));
    }

    [Fact]
    public void Fold_IsIdempotentOverLatinRange()
    {
        for (char c = '\u00C0'; c <= '\u017F'; c++)
        {
            string once = TermNormalizer.Fold(c.ToString());
            Assert.Equal(once, TermNormalizer.Fold(once));
        }
    }

    [Fact]
    public void Fold_DoesNotAllocateOnAsciiOrAccentedInput()
    {
        AllocationAssert.NoAllocationPerCall(() =>
        {
            Span<char> buffer = stackalloc char[64];
            TermNormalizer.Fold("Calentamiento", buffer);
            TermNormalizer.Fold("Vulneración", buffer);
        });
    }

    [Theory]
    [InlineData("government's", "government")]
    [InlineData("students'", "students")]
    [InlineData("salvador's", "salvador")]
    [InlineData("bukele's", "bukele")]
    [InlineData("it's", "it's")]
    [InlineData("he's", "he's")]
    [InlineData("she's", "she's")]
    [InlineData("that's", "that's")]
    [InlineData("let's", "let's")]
    [InlineData("what's", "what's")]
    [InlineData("there's", "there's")]
    [InlineData("goin'", "goin'")]
    [InlineData("pa'", "pa'")]
    [InlineData("'s", "'s")]
    [InlineData("s'", "s'")]
    [InlineData("police", "police")]
    public void StripPossessive_RemovesPossessiveButKeepsContractions(string folded, string expected)
    {
        Assert.Equal(expected, TermNormalizer.StripPossessive(folded).ToString());
    }
}
