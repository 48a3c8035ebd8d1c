using FramingAnalysis.Lexicons;
using FramingAnalysis.Sentiment;
using FramingAnalysis.Text;

namespace FramingAnalysis.Tests.Sentiment;

/// <summary>Spanish tweets and comments (issue 19, item 2): derivations, colloquial idioms, negation of negative words.</summary>
public class RuleSentimentScorerSpanishSocialTests
{
    private static readonly RuleSentimentScorer Scorer = RuleSentimentScorer.CreateDefault();

    private static SentimentResult Score(string text, string language = "es") => Scorer.Score(TextPipeline.Default.Analyze(text, language));

    [Theory]
    [InlineData("Mi perro está malito hoy.", "malo", SentimentLabel.Negative)]
    [InlineData("Hoy estoy cansadita.", "cansada", SentimentLabel.Negative)]
    [InlineData("Es un chico muy envidiosillo.", "envidioso", SentimentLabel.Negative)]
    [InlineData("La tarde quedó tranquilita.", "tranquila", SentimentLabel.Positive)]
    [InlineData("Estoy enfadadísima con ellos.", "enfadada", SentimentLabel.Negative)]
    public void DiminutivesAndSuperlatives_TakeTheirBaseWordsValence(string text, string entry, SentimentLabel expected)
    {
        var result = Score(text);
        Assert.Equal(expected, result.Label);
        var derived = Assert.Single(result.Evidence, e => e.Rules.HasFlag(SentimentRules.Derivation));
        Assert.Equal(entry, derived.Entry);
    }

    [Fact]
    public void Superlative_IsStrongerThanItsBaseWord()
    {
        var plain = Assert.Single(Score("Estoy enfadada.").Evidence);
        var superlative = Assert.Single(Score("Estoy enfadadísima.").Evidence);
        Assert.True(superlative.Valence < plain.Valence);
    }

    [Fact]
    public void WordsTheLexiconKnows_AreNotTreatedAsDerivations()
    {
        // 'bonito' ends like a diminutive but is a word of its own; 'cita' is too short to hold a base word.
        Assert.DoesNotContain(Score("Qué día tan bonito.").Evidence, e => e.Rules.HasFlag(SentimentRules.Derivation));
        Assert.Empty(Score("Tengo una cita mañana.").Evidence);
    }

    [Fact]
    public void EnglishPack_HasNoDerivations()
    {
        // 'kitty' must not become a derived form of anything: derivation rules belong to a pack's own table.
        Assert.DoesNotContain(Score("What a bitty kitty.", "en").Evidence, e => e.Rules.HasFlag(SentimentRules.Derivation));
    }

    [Theory]
    [InlineData("¡Qué rabia me da!", SentimentLabel.Negative)]
    [InlineData("¡Qué pasada de concierto!", SentimentLabel.Positive)]
    [InlineData("Ese tío es un mal rollo.", SentimentLabel.Negative)]
    [InlineData("Me la suda lo que digan.", SentimentLabel.Negative)]
    [InlineData("No te preocupes, no pasa nada.", SentimentLabel.Positive)]
    [InlineData("Este político no tiene vergüenza.", SentimentLabel.Negative)]
    [InlineData("El viaje mereció la pena.", SentimentLabel.Positive)]
    [InlineData("Puf, otra vez lunes.", SentimentLabel.Negative)]
    public void ColloquialExpressions_HaveTheirOwnValence(string text, SentimentLabel expected) =>
        Assert.Equal(expected, Score(text).Label);

    [Theory]
    [InlineData("Pero bueno, mañana hablamos.")]
    [InlineData("A lo mejor voy al cine.")]
    [InlineData("Vivo en Buenos Aires desde marzo.")]
    [InlineData("No mames, ya son las diez.")]
    [InlineData("Estoy leyendo un libro.")]
    public void DiscourseMarkersPlaceNamesAndStemNeighbours_AreNeutral(string text) =>
        Assert.Equal(SentimentLabel.Neutral, Score(text).Label);

    [Fact]
    public void NegatedNegativeWord_IsWeaklyPositive_NotTheMirrorOfTheWord()
    {
        var bad = Score("La idea es mala.").Compound;
        var notBad = Score("La idea no es mala.").Compound;
        var notGood = Score("La idea no es buena.").Compound;
        Assert.True(bad < 0);
        Assert.True(notBad > 0);
        Assert.True(notBad < -bad / 2, "a negated negative word flips with the pack's smaller factor");
        Assert.True(notGood < 0);
    }

    [Fact]
    public void EnglishNegatedNegativeWord_KeepsVadersScalar()
    {
        var bad = Assert.Single(Score("The idea is bad.", "en").Evidence);
        var notBad = Assert.Single(Score("The idea is not bad.", "en").Evidence);
        Assert.Equal(bad.Valence * -0.74, notBad.Valence, 3);
    }

    [Fact]
    public void SettingsTable_RejectsUnknownSettingsAndOutOfRangeValues()
    {
        var lexicon = LexiconLoader.LoadTsv(new StringReader("term\tvalence\nmalo\t-1.9\n"), "mini").Lexicon;
        var unknown = ResourceTable.Read(new StringReader("setting\tvalue\nnegation_window\t4\n"), "settings");
        Assert.Throws<FormatException>(() => SentimentLanguagePack.Create("xx", lexicon, settings: unknown));
        var outOfRange = ResourceTable.Read(new StringReader("setting\tvalue\nnegated_negative_scalar\t0.5\n"), "settings");
        Assert.Throws<FormatException>(() => SentimentLanguagePack.Create("xx", lexicon, settings: outOfRange));
        var ok = ResourceTable.Read(new StringReader("setting\tvalue\nnegated_negative_scalar\t-0.2\n"), "settings");
        Assert.Equal(-0.2, SentimentLanguagePack.Create("xx", lexicon, settings: ok).NegatedNegativeScalar);
    }

    [Fact]
    public void DerivationTable_FromAnyPack_AppliesItsWeight()
    {
        var lexicon = LexiconLoader.LoadTsv(new StringReader("term\tvalence\ngood\t2.0\n"), "mini").Lexicon;
        var rules = ResourceTable.Read(new StringReader("suffix\tbase\tweight\nest\t\t1.5\n"), "derivations");
        var pack = SentimentLanguagePack.Create("en", lexicon, derivations: rules);
        var scorer = new RuleSentimentScorer(SentimentOptions.Default, new Dictionary<string, SentimentLanguagePack> { ["en"] = pack });
        var evidence = Assert.Single(scorer.Score(TextPipeline.Default.Analyze("the goodest dog", "en")).Evidence);
        Assert.Equal(3.0, evidence.Valence, 3);
        Assert.True(evidence.Rules.HasFlag(SentimentRules.Derivation));
    }

    [Theory]
    [InlineData("No lo sé ;)", "es")]
    [InlineData("I don't know :)", "en")]
    public void Emoticons_AreNotNegated(string text, string language)
    {
        var result = Score(text, language);
        var wink = Assert.Single(result.Evidence);
        Assert.False(wink.Rules.HasFlag(SentimentRules.Negation));
        Assert.True(wink.Valence > 0);
    }
}
