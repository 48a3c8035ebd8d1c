using System.Text;
using FramingAnalysis.Text;

namespace FramingAnalysis.Tests.Text;

/// <summary>
/// Tokenizer behaviour as tables. Each row gives the input and the exact tokens as <c>text|Kind</c> pairs separated
/// by single spaces, with short kind names: W Word, N Number, P Punctuation, S Symbol; the other kinds by name.
/// Split by concern: English news here, then Spanish, Social, Numbers, Flags and Invariants.
/// </summary>
public partial class TokenizerTests
{
    internal static string Render(string text)
    {
        var builder = new StringBuilder();
        foreach (Token token in Tokenizer.Default.Enumerate(text))
        {
            if (builder.Length > 0)
            {
                builder.Append(' ');
            }

            builder.Append(token.Slice(text)).Append('|').Append(KindCode(token.Kind));
        }

        return builder.ToString();
    }

    private static string KindCode(TokenKind kind) => kind switch
    {
        TokenKind.Word => "W",
        TokenKind.Number => "N",
        TokenKind.Punctuation => "P",
        TokenKind.Symbol => "S",
        _ => kind.ToString(),
    };

    [Theory]
    [InlineData("The mega-prison opened.", "The|W mega-prison|W opened|W .|P")]
    [InlineData("a far-right President-elect", "a|W far-right|W President-elect|W")]
    [InlineData("a tough-on-crime, anti-gang co-founder", "a|W tough-on-crime|W ,|P anti-gang|W co-founder|W")]
    [InlineData("COVID-19 cases rose", "COVID-19|W cases|W rose|W")]
    [InlineData("a 19-year-old suspect", "a|W 19-year-old|W suspect|W")]
    [InlineData("a 19th-century law", "a|W 19th-century|W law|W")]
    [InlineData("pre- and post-war", "pre|W -|P and|W post-war|W")]
    [InlineData("Crime fell - officials said", "Crime|W fell|W -|P officials|W said|W")]
    [InlineData("Crime fell--officials said", "Crime|W fell|W --|P officials|W said|W")]
    [InlineData("non\u2011binding vote", "non\u2011binding|W vote|W")]
    public void Hyphens_JoinWordPartsButNotSpacedOrDoubled(string text, string expected) =>
        Assert.Equal(expected, Render(text));

    [Theory]
    [InlineData("El Salvador’s president", "El|W Salvador’s|W president|W")]
    [InlineData("Salvador's prisons", "Salvador's|W prisons|W")]
    [InlineData("I’m sure they don't", "I’m|W sure|W they|W don't|W")]
    [InlineData("can't, won't, isn’t", "can't|W ,|P won't|W ,|P isn’t|W")]
    [InlineData("at six o'clock", "at|W six|W o'clock|W")]
    [InlineData("C'mon y'all", "C'mon|W y'all|W")]
    [InlineData("rock 'n' roll", "rock|W 'n'|W roll|W")]
    [InlineData("rock ’n’ roll", "rock|W ’n’|W roll|W")]
    [InlineData("'hello'", "'|P hello|W '|P")]
    [InlineData("‘Tough on crime’ works", "‘|P Tough|W on|W crime|W ’|P works|W")]
    [InlineData("the citizens’ rights", "the|W citizens|W ’|P rights|W")]
    [InlineData("the 'bad guys' won", "the|W '|P bad|W guys|W '|P won|W")]
    public void Apostrophes_KeepContractionsWholeAndSplitQuotes(string text, string expected) =>
        Assert.Equal(expected, Render(text));

    [Theory]
    [InlineData("He said—again—no", "He|W said|W —|P again|W —|P no|W")]
    [InlineData("2019–2024 term", "2019|N –|P 2024|N term|W")]
    [InlineData("“We will win,” he said.", "“|P We|W will|W win|W ,|P ”|P he|W said|W .|P")]
    [InlineData("\"Yes\"", "\"|P Yes|W \"|P")]
    [InlineData("Wait... what?!", "Wait|W ...|P what|W ?!|P")]
    [InlineData("Really!!!", "Really|W !!!|P")]
    [InlineData("No way?!?", "No|W way|W ?!?|P")]
    [InlineData("Well…", "Well|W …|P")]
    [InlineData("(see above)", "(|P see|W above|W )|P")]
    [InlineData("[sic]", "[|P sic|W ]|P")]
    [InlineData("him/her", "him|W /|S her|W")]
    [InlineData("AT&T", "AT|W &|S T|W")]
    [InlineData("snake_case", "snake|W _|P case|W")]
    [InlineData("a + b = c", "a|W +|S b|W =|S c|W")]
    [InlineData("Rights © 2026 Acme™", "Rights|W ©|S 2026|N Acme|W ™|S")]
    [InlineData("5 * 3 | 2", "5|N *|S 3|N ||S 2|N")]
    [InlineData("the end.The next", "the|W end|W .|P The|W next|W")]
    public void Punctuation_DashesQuotesAndRuns(string text, string expected) =>
        Assert.Equal(expected, Render(text));

    [Theory]
    [InlineData("Mr. Smith met Dr. Jones.", "Mr.|W Smith|W met|W Dr.|W Jones|W .|P")]
    [InlineData("Mrs. Ms. Prof. Gen. Sen. Rep. Gov. Lt. Col.", "Mrs.|W Ms.|W Prof.|W Gen.|W Sen.|W Rep.|W Gov.|W Lt.|W Col.|W")]
    [InlineData("the U.S. and the U.K. at the U.N.", "the|W U.S.|W and|W the|W U.K.|W at|W the|W U.N.|W")]
    [InlineData("e.g. this, i.e. that", "e.g.|W this|W ,|P i.e.|W that|W")]
    [InlineData("Jan. 5, Feb. 6, Sept. 7 and Dec. 8", "Jan.|W 5|N ,|P Feb.|W 6|N ,|P Sept.|W 7|N and|W Dec.|W 8|N")]
    [InlineData("Trump vs. Biden", "Trump|W vs.|W Biden|W")]
    [InlineData("No. 10 Downing St.", "No.|W 10|N Downing|W St.|W")]
    [InlineData("I said no. Then", "I|W said|W no|W .|P Then|W")]
    [InlineData("Apple Inc. and Acme Corp.", "Apple|W Inc.|W and|W Acme|W Corp.|W")]
    [InlineData("King Jr. spoke", "King|W Jr.|W spoke|W")]
    [InlineData("at 10 a.m. or 5 p.m.", "at|W 10|N a.m.|W or|W 5|N p.m.|W")]
    [InlineData("J. Smith and J. R. R. Tolkien", "J.|W Smith|W and|W J.|W R.|W R.|W Tolkien|W")]
    [InlineData("Plan B. Then", "Plan|W B.|W Then|W")]
    [InlineData("vitamin b. then", "vitamin|W b|W .|P then|W")]
    [InlineData("Roe v. Wade", "Roe|W v.|W Wade|W")]
    [InlineData("a Ph.D. student", "a|W Ph.D.|W student|W")]
    [InlineData("The U.S.-backed plan", "The|W U.S.|W -|P backed|W plan|W")]
    [InlineData("Etc. and so on", "Etc.|W and|W so|W on|W")]
    [InlineData("the salary cap. Then", "the|W salary|W cap|W .|P Then|W")]
    public void Abbreviations_English_KeepTheirDot(string text, string expected) =>
        Assert.Equal(expected, Render(text));
}
