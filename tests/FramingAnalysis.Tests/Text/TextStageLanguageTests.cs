using FramingAnalysis.Text;

namespace FramingAnalysis.Tests.Text;

/// <summary>
/// The text stage identifies the language from the keys it has already folded; the standalone identifier folds each
/// word itself. Both must give the same guess, to the last bit of the confidence.
/// </summary>
public class TextStageLanguageTests
{
    public static TheoryData<string> EdgeCases => new()
    {
        "The Government's far-right crackdown isn't working, critics say.",
        "El Gobierno de Costa Serena defendió la megacárcel: «¡Es un éxito!»",
        "#CárcelYa @user https://example.com/a b.ly/x mail@example.org 3er 10am xD :)",
        "students' rights o' the don'ts 'til rock'n'roll O'Brien",
        "Ça va très bien, merci. Straße. Ñandú. NEVER AGAIN!!!",
        "Привет мир and some English words",
        "U.S. EE.UU. Sr. Pérez e.g. etc.",
        "",
        "🙂🙂 42 %",
    };

    [Theory]
    [MemberData(nameof(EdgeCases))]
    public void TextStage_DetectsLikeTheStandaloneIdentifier_OnEdgeCases(string text) => AssertSame(text);

    [Fact]
    public void TextStage_DetectsLikeTheStandaloneIdentifier_OnCorpusUnitsAndShortComments()
    {
        var texts = LanguageIdentifierTests.ReadShortComments().Select(r => r.Text).ToList();
        foreach (var article in FramingAnalysis.Corpus.Load(RepoPaths.Corpus).Articles)
        {
            texts.AddRange(FramingAnalysis.UnitSplitter.Default.Split(article).Select(u => u.Text));
        }

        Assert.True(texts.Count > 200, $"only {texts.Count} texts");
        foreach (var text in texts)
        {
            AssertSame(text);
        }
    }

    private static void AssertSame(string text)
    {
        var standalone = LanguageIdentifier.Default.Identify(text);
        var staged = TextPipeline.Default.Analyze(text);
        Assert.Equal(standalone.Language, staged.Language);
        Assert.Equal(standalone.Confidence, staged.LanguageConfidence);
    }
}
