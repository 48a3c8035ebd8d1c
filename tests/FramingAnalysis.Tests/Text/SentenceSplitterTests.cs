using FramingAnalysis.Text;

namespace FramingAnalysis.Tests.Text;

/// <summary>
/// Sentence splitting as tables: each row gives the input and the exact sentence texts, separated by <c> ‖ </c>
/// (a character that never appears in the inputs).
/// </summary>
public class SentenceSplitterTests
{
    private const string Separator = " ‖ ";

    private static string Split(string text)
    {
        var tokens = new List<Token>();
        Tokenizer.Default.Tokenize(text, tokens);
        var sentences = new List<SentenceSpan>();
        SentenceSplitter.Default.Split(text, tokens.ToArray(), sentences);
        return string.Join(Separator, sentences.Select(s => s.Slice(text).ToString()));
    }

    [Theory]
    [InlineData("Crime fell. Arrests rose.", "Crime fell. ‖ Arrests rose.")]
    [InlineData("Is it legal? Nobody knows! We will see.", "Is it legal? ‖ Nobody knows! ‖ We will see.")]
    [InlineData("Really?! Yes.", "Really?! ‖ Yes.")]
    [InlineData("No way!!! It happened.", "No way!!! ‖ It happened.")]
    [InlineData("One sentence without a final mark", "One sentence without a final mark")]
    [InlineData("lol. this guy is crazy.", "lol. ‖ this guy is crazy.")]
    [InlineData("It ended in 2026. The next year was calm.", "It ended in 2026. ‖ The next year was calm.")]
    [InlineData("the end.The next", "the end. ‖ The next")]
    [InlineData("  Leading spaces. Trailing spaces.  ", "Leading spaces. ‖ Trailing spaces.")]
    [InlineData("What?. Fine.", "What?. ‖ Fine.")]
    [InlineData("Hola. 😀", "Hola. 😀")]
    public void TerminalMarks_EndSentences(string text, string expected) => Assert.Equal(expected, Split(text));

    [Theory]
    [InlineData("Mr. Smith met Dr. Jones. They talked.", "Mr. Smith met Dr. Jones. ‖ They talked.")]
    [InlineData("The U.S. Senate voted. It passed.", "The U.S. Senate voted. ‖ It passed.")]
    [InlineData("J. Smith spoke. Then he left.", "J. Smith spoke. ‖ Then he left.")]
    [InlineData("Apples, pears, etc. Then we left.", "Apples, pears, etc. ‖ Then we left.")]
    [InlineData("Apples, pears, etc. and more.", "Apples, pears, etc. and more.")]
    [InlineData("It works at Acme Inc. Its CEO resigned.", "It works at Acme Inc. ‖ Its CEO resigned.")]
    [InlineData("We met at 5 p.m. The police arrived later.", "We met at 5 p.m. ‖ The police arrived later.")]
    [InlineData("We met at 5 p.m. with the police.", "We met at 5 p.m. with the police.")]
    [InlineData("No. 10 is closed. Sorry.", "No. 10 is closed. ‖ Sorry.")]
    [InlineData("e.g. this one. And that.", "e.g. this one. ‖ And that.")]
    [InlineData("Gen. Ortega and Sen. Cruz met.", "Gen. Ortega and Sen. Cruz met.")]
    [InlineData("Roe v. Wade was overturned. Protests followed.", "Roe v. Wade was overturned. ‖ Protests followed.")]
    [InlineData("Martin Luther King Jr. Day is today.", "Martin Luther King Jr. ‖ Day is today.")]
    [InlineData("Prof. J. R. Tolkien wrote it.", "Prof. J. R. Tolkien wrote it.")]
    public void Abbreviations_DoNotEndSentencesExceptSentenceFinalOnes(string text, string expected) =>
        Assert.Equal(expected, Split(text));

    [Theory]
    [InlineData("El Sr. Pérez llegó. La Sra. López no.", "El Sr. Pérez llegó. ‖ La Sra. López no.")]
    [InlineData("EE.UU. y México firmaron. Hubo protestas.", "EE.UU. y México firmaron. ‖ Hubo protestas.")]
    [InlineData("Asistieron aprox. 300 personas. Luego se fueron.", "Asistieron aprox. 300 personas. ‖ Luego se fueron.")]
    [InlineData("Ver pág. 12 del informe. Es claro.", "Ver pág. 12 del informe. ‖ Es claro.")]
    [InlineData("La Dra. Ruiz y el Lic. Torres hablaron.", "La Dra. Ruiz y el Lic. Torres hablaron.")]
    [InlineData("Frutas, verduras, etc. Luego, carne.", "Frutas, verduras, etc. ‖ Luego, carne.")]
    [InlineData("¿Qué pasó? Nadie sabe.", "¿Qué pasó? ‖ Nadie sabe.")]
    [InlineData("¡Viva México! Gritaron todos.", "¡Viva México! ‖ Gritaron todos.")]
    [InlineData("¿Vienes? dijo él.", "¿Vienes? dijo él.")]
    [InlineData("¡Basta! gritó la multitud. Todos callaron.", "¡Basta! gritó la multitud. ‖ Todos callaron.")]
    [InlineData("¡¿En serio?! No lo creo.", "¡¿En serio?! ‖ No lo creo.")]
    [InlineData("Hola, ¿qué tal? Bien.", "Hola, ¿qué tal? ‖ Bien.")]
    [InlineData("El 1.º de mayo hubo 40.000 personas. Fue histórico.", "El 1.º de mayo hubo 40.000 personas. ‖ Fue histórico.")]
    [InlineData("Creció un 3,5 %. Es poco.", "Creció un 3,5 %. ‖ Es poco.")]
    [InlineData("D. Juan llegó tarde. Nadie lo esperaba.", "D. Juan llegó tarde. ‖ Nadie lo esperaba.")]
    public void Spanish_AbbreviationsAndInvertedMarks(string text, string expected) => Assert.Equal(expected, Split(text));

    [Theory]
    [InlineData("He said: “We will win.” Then he left.", "He said: “We will win.” ‖ Then he left.")]
    [InlineData("“Why?” he asked.", "“Why?” he asked.")]
    [InlineData("“Stop!” Then silence.", "“Stop!” ‖ Then silence.")]
    [InlineData("Dijo: «No vamos a negociar.» Luego se fue.", "Dijo: «No vamos a negociar.» ‖ Luego se fue.")]
    [InlineData("«No vamos a negociar», dijo. Luego se fue.", "«No vamos a negociar», dijo. ‖ Luego se fue.")]
    [InlineData("«¿Vienes?», preguntó. No contesté.", "«¿Vienes?», preguntó. ‖ No contesté.")]
    [InlineData("He wrote \"It is over.\" Nobody believed him.", "He wrote \"It is over.\" ‖ Nobody believed him.")]
    [InlineData("(This is an aside.) The story goes on.", "(This is an aside.) ‖ The story goes on.")]
    [InlineData("She said ‘never.’ We agreed.", "She said ‘never.’ ‖ We agreed.")]
    [InlineData("«Sí». Y se fue.", "«Sí». ‖ Y se fue.")]
    public void Quotes_ClosingQuoteBelongsToTheSentenceThatEnds(string text, string expected) =>
        Assert.Equal(expected, Split(text));

    [Theory]
    [InlineData("I don't know… Maybe tomorrow.", "I don't know… ‖ Maybe tomorrow.")]
    [InlineData("I don't know… maybe tomorrow.", "I don't know… maybe tomorrow.")]
    [InlineData("Wait... What happened?", "Wait... ‖ What happened?")]
    [InlineData("Wait... what happened?", "Wait... what happened?")]
    [InlineData("No sé… ¿Vienes?", "No sé… ‖ ¿Vienes?")]
    [InlineData("pero… ¿por qué?", "pero… ¿por qué?")]
    [InlineData("Mano dura… “Funciona”, dicen.", "Mano dura… ‖ “Funciona”, dicen.")]
    [InlineData("So... 2026 was strange.", "So... 2026 was strange.")]
    public void Ellipsis_EndsSentenceOnlyBeforeACapital(string text, string expected) =>
        Assert.Equal(expected, Split(text));

    [Theory]
    [InlineData("First paragraph ends here\n\nSecond starts here", "First paragraph ends here ‖ Second starts here")]
    [InlineData("Title without a period\r\n\r\nBody text.", "Title without a period ‖ Body text.")]
    [InlineData("A line that wraps\nand continues.", "A line that wraps\nand continues.")]
    [InlineData("Security is the priority\n— President Bukele", "Security is the priority ‖ — President Bukele")]
    [InlineData("Main points\n- lower crime\n- more jobs", "Main points ‖ - lower crime ‖ - more jobs")]
    [InlineData("Steps\n1. Vote\n2. Wait", "Steps ‖ 1. Vote ‖ 2. Wait")]
    [InlineData("Puntos\n• seguridad\n• empleo", "Puntos ‖ • seguridad ‖ • empleo")]
    [InlineData("One\u2029Two", "One ‖ Two")]
    [InlineData("Mr.\n\nSmith", "Mr. ‖ Smith")]
    public void Newlines_BlankLineOrListItemEndsASentence(string text, string expected) =>
        Assert.Equal(expected, Split(text));

    [Theory]
    [InlineData("Read https://x.com/a.b?c=d. Then reply.", "Read https://x.com/a.b?c=d. ‖ Then reply.")]
    [InlineData("It grew 3.5 percent. Prices fell.", "It grew 3.5 percent. ‖ Prices fell.")]
    [InlineData("Visit www.gob.sv for details. Thanks.", "Visit www.gob.sv for details. ‖ Thanks.")]
    [InlineData("Great game! 😀 See you.", "Great game! 😀 ‖ See you.")]
    [InlineData("Lost again :( Next time.", "Lost again :( Next time.")]
    [InlineData("So sad. :( Anyway.", "So sad. :( ‖ Anyway.")]
    [InlineData("At 10:30 a.m. the vote began. It ended at 11.", "At 10:30 a.m. the vote began. ‖ It ended at 11.")]
    [InlineData("Email press@gob.sv. No calls.", "Email press@gob.sv. ‖ No calls.")]
    [InlineData("RT @el_faro: Bukele gana. #ÚltimaHora", "RT @el_faro: Bukele gana. ‖ #ÚltimaHora")]
    [InlineData("The vote is 65-70. Close.", "The vote is 65-70. ‖ Close.")]
    public void Tokens_UrlsNumbersAndEmoticonsNeverSplit(string text, string expected) => Assert.Equal(expected, Split(text));

    [Fact]
    public void Split_NoTokens_AddsNothing()
    {
        var sentences = new List<SentenceSpan>();
        Assert.Equal(0, SentenceSplitter.Default.Split("   ", [], sentences));
        Assert.Empty(sentences);
    }

    [Fact]
    public void Split_SentencesCoverEveryTokenOnceInOrder()
    {
        const string text = "El Sr. Pérez dijo: «¡No!» ¿Y ahora? Nadie sabe… Ver https://x.com/a. Fin.\n\n— Fuente";
        var tokens = new List<Token>();
        Tokenizer.Default.Tokenize(text, tokens);
        var sentences = new List<SentenceSpan>();
        int added = SentenceSplitter.Default.Split(text, tokens.ToArray(), sentences);

        Assert.Equal(sentences.Count, added);
        int nextToken = 0;
        foreach (SentenceSpan sentence in sentences)
        {
            Assert.Equal(nextToken, sentence.FirstToken);
            Assert.True(sentence.TokenCount > 0);
            Assert.Equal(tokens[sentence.FirstToken].Start, sentence.Start);
            Assert.Equal(tokens[sentence.FirstToken + sentence.TokenCount - 1].End, sentence.End);
            nextToken += sentence.TokenCount;
        }

        Assert.Equal(tokens.Count, nextToken);
    }

    [Fact]
    public void Split_AppendsToTheListAndReturnsTheCount()
    {
        const string text = "One. Two.";
        var tokens = new List<Token>();
        Tokenizer.Default.Tokenize(text, tokens);
        var sentences = new List<SentenceSpan> { default };
        Assert.Equal(2, SentenceSplitter.Default.Split(text, tokens.ToArray(), sentences));
        Assert.Equal(new SentenceSpan(5, 4, 2, 2), sentences[2]);
    }
}
