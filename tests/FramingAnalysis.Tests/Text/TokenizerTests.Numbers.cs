namespace FramingAnalysis.Tests.Text;

public partial class TokenizerTests
{
    [Theory]
    [InlineData("40,000", "40,000|N")]
    [InlineData("40.000", "40.000|N")]
    [InlineData("65-70", "65-70|N")]
    [InlineData("in 2026", "in|W 2026|N")]
    [InlineData("3.5%", "3.5|N %|S")]
    [InlineData("rose 30%.", "rose|W 30|N %|S .|P")]
    [InlineData("$1.2", "$|S 1.2|N")]
    [InlineData("$1.2bn deal", "$|S 1.2|N bn|W deal|W")]
    [InlineData("£5m", "£|S 5|N m|W")]
    [InlineData("US$5", "US|W $|S 5|N")]
    [InlineData("€20", "€|S 20|N")]
    [InlineData("−5", "−5|N")]
    [InlineData("fell to -5 today", "fell|W to|W -5|N today|W")]
    [InlineData("(-3)", "(|P -3|N )|P")]
    [InlineData("10:30", "10:30|N")]
    [InlineData("1,5", "1,5|N")]
    [InlineData("3rd place", "3rd|N place|W")]
    [InlineData("the 1990s", "the|W 1990s|N")]
    [InlineData("21st and 22nd", "21st|N and|W 22nd|N")]
    [InlineData("12/05/2026", "12/05/2026|N")]
    [InlineData("2026-01-15", "2026-01-15|N")]
    [InlineData("in 2026.", "in|W 2026|N .|P")]
    [InlineData("won 2-0", "won|W 2-0|N")]
    [InlineData("5G networks", "5|N G|W networks|W")]
    [InlineData("at 10am", "at|W 10|N am|W")]
    [InlineData("'90s music", "'|P 90s|N music|W")]
    [InlineData("192.168.0.1", "192.168.0.1|N")]
    [InlineData("page 3, line 4", "page|W 3|N ,|P line|W 4|N")]
    public void Numbers_KeepSeparatorsAndSplitOffSigns(string text, string expected) =>
        Assert.Equal(expected, Render(text));
}
