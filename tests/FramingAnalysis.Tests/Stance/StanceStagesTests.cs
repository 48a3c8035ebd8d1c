using FramingAnalysis.Languages;
using FramingAnalysis.Lexicons;
using FramingAnalysis.Stance;
using FramingAnalysis.Text;

namespace FramingAnalysis.Tests.Stance;

/// <summary>The named stages of the rule stance scorer (mentions, composition, voices) and its language packs, on sentences of our own.</summary>
public class StanceStagesTests
{
    private static StanceTarget Target(string name, params string[] aliases) =>
        new(name, new Dictionary<string, IReadOnlyList<string>> { ["*"] = aliases });

    private static ResourceTable Table(string text) => ResourceTable.Read(new StringReader(text), "test.tsv");

    private static IReadOnlyList<StanceResult> Score(StanceTarget target, string text, string language, UnitKind kind = UnitKind.Paragraph, StanceContext? context = null)
    {
        var unit = new TextUnit { UnitId = "a/p1", ArticleId = "a", Source = "s", Kind = kind, Index = 1, Text = text, DeclaredLanguage = language };
        return RuleStanceScorer.Create([target]).Score(TextPipeline.Default.Analyze(text, language), unit, context);
    }

    private static StanceResult Own(StanceTarget target, string text, string language) => Score(target, text, language).Single(r => r.Voice != Voice.Quoted);

    [Theory]
    [InlineData("Hoy #PartidoPopular gana en Madrid.", "Partido Popular", "Partido Popular")]
    [InlineData("Hoy @marianorajoy habló en Madrid.", "Mariano Rajoy", "Mariano Rajoy")]
    [InlineData("El PSOE presentó su programa.", "PSOE", "Partido Socialista Obrero Español")]
    [InlineData("UPyD presentó su programa.", "UPyD", "Unión Progreso y Democracia")]
    [InlineData("Mañana habla @PPopular en Sevilla.", "Partido Popular", "Partido Popular")]
    [InlineData("Gran acto de @iunida hoy.", "Izquierda Unida", "Izquierda Unida")]
    public void Mentions_AsRealTextWritesThem_HandlesHashtagsAcronyms(string text, string name, string alias)
    {
        var result = Own(Target(name, alias), text, "es");
        Assert.True(result.Mentioned, result.Reason);
        Assert.Equal("mention", result.Evidence[0].Cue);
    }

    [Fact]
    public void Surname_IsAMention_OnlyAfterTheFullName()
    {
        var rajoy = Target("Mariano Rajoy", "Mariano Rajoy");
        var after = Own(rajoy, "Mariano Rajoy llegó tarde. Rajoy dijo que todo va bien.", "es");
        Assert.Equal(2, after.Evidence.Count(e => e.Cue == "mention"));
        Assert.False(Own(rajoy, "Rajoy dijo que todo va bien.", "es").Mentioned);

        // Named earlier in the article: the surname alone is enough.
        var context = new StanceContext(1);
        context.Mentions[0] = 1;
        Assert.True(Score(rajoy, "Rajoy dijo que todo va bien.", "es", context: context)[0].Mentioned);
    }

    [Fact]
    public void NotMentioned_HasNoStance_AndSaysSo()
    {
        var result = Own(Target("Prison", "the prison"), "The weather was terrible all week.", "en");
        Assert.False(result.Mentioned);
        Assert.Equal("no mention", result.Reason);
        Assert.Equal(0, result.Score);
        Assert.Empty(result.Evidence);
    }

    [Theory]
    [InlineData("The prison lowered homicide rates.", "the prison", "en", StanceLabel.Favor, "good-for: lowered + homicide rates")]
    [InlineData("Hoy visitamos el CECOT, una de las claves contra el crimen organizado.", "CECOT", "es", StanceLabel.Favor, "good-for: contra + crimen organizado")]
    [InlineData("The government suspended constitutional rights.", "the government", "en", StanceLabel.Against, "bad-for: suspended + constitutional rights")]
    [InlineData("Con el nuevo plan de Valdoria el desempleo baja por fin.", "Valdoria", "es", StanceLabel.Favor, "good-for: baja + desempleo")]
    public void GoodForBadFor_JudgesTheAgent(string text, string alias, string language, StanceLabel expected, string rule)
    {
        var result = Own(Target("T", alias), text, language);
        Assert.Equal(expected, result.Label);
        var effect = Assert.Single(result.Evidence, e => e.Cue == "effect");
        Assert.Equal(rule, effect.Text);
        Assert.Equal(expected == StanceLabel.Favor, effect.Weight > 0);
    }

    [Fact]
    public void TopicWords_AloneAreNotStance()
    {
        // "crime" and "violence" name the subject; their sentiment valence is not counted toward the target.
        var result = Own(Target("Prison", "the prison"), "The prison was built in a region with crime and violence.", "en");
        Assert.DoesNotContain(result.Evidence, e => e.Cue == "word-sentiment" && e.Text is "crime" or "violence");
        Assert.Equal(StanceLabel.Neutral, result.Label);
    }

    [Theory]
    [InlineData("Cooperation between nations can be valuable, but it's crucial that human rights are respected.", "en")]
    [InlineData("This raises some red flags. I hope they carefully evaluate the consequences.", "en")]
    [InlineData("Me preocupa mucho lo que pueda pasar.", "es")]
    public void ConcernLanguageInComments_IsAgainst(string text, string language)
    {
        var context = new StanceContext(1);
        context.Mentions[0] = 1;
        var result = Score(Target("Model", "the model"), text, language, UnitKind.Comment, context).Single();
        Assert.Equal("carried from article", result.Reason);
        Assert.Equal(StanceLabel.Against, result.Label);
    }

    [Theory]
    [InlineData("El caso salvadoreño se convirtió en un referente ineludible.", "El caso salvadoreño", "es", StanceLabel.Favor)]
    [InlineData("Critics condemned the controversial mega-prison.", "mega-prison", "en", StanceLabel.Against)]
    public void EvaluationAttachedToTheMention_Decides(string text, string alias, string language, StanceLabel expected) =>
        Assert.Equal(expected, Own(Target("T", alias), text, language).Label);

    [Fact]
    public void ReportedSpeech_IsQuotedOnlyWhereTheAttributionGovernsIt()
    {
        var reform = Target("Reform", "the reform");

        // The mention in the attribution's complement is the quoted voice; the outlet's own voice does not name it.
        var governed = Score(reform, "Officials from the ministry said the reform is a disaster.", "en");
        Assert.True(governed.Single(r => r.Voice == Voice.Quoted).Mentioned);
        Assert.Equal("mentioned only in quotes", governed.Single(r => r.Voice == Voice.Outlet).Reason);

        // In the attribution's subject it stays the outlet's.
        var subject = Score(reform, "Supporters of the reform said the vote was delayed.", "en");
        Assert.True(subject.Single(r => r.Voice == Voice.Outlet).Mentioned);
    }

    [Fact]
    public void WhatASpeakerSays_IsNotStanceTowardTheSpeaker()
    {
        // The speaker stands outside the reported speech: its mood is theirs, not an evaluation of them.
        var coburn = Target("Coburn", "Coburn");
        var speaker = Own(coburn, "Coburn, a physician, said the execution was a terrible, tragic error.", "en");
        Assert.Equal(StanceLabel.Neutral, speaker.Label);
        Assert.Equal(StanceLabel.Against, Own(coburn, "Coburn made a terrible, tragic error.", "en").Label);
    }

    [Fact]
    public void CommentThatNeverNamesTheTarget_ItsMoodCountsLessThanItsStanceCues()
    {
        var context = new StanceContext(1);
        context.Mentions[0] = 1;
        var model = Target("Model", "the model");
        var mood = Score(model, "What a wonderful sunny day, I am so happy.", "en", UnitKind.Comment, context).Single();
        var named = Score(model, "The model is wonderful, I am so happy.", "en", UnitKind.Comment, context).Single();
        Assert.Equal("carried from article", mood.Reason);
        Assert.True(Math.Abs(mood.Score) < Math.Abs(named.Score) / 2, $"{mood.Score} vs {named.Score}");
    }

    [Fact]
    public void QuotationAfterTheAttribution_BelongsToItsWholeComplement()
    {
        // "Kelly" stands outside the quotation marks but inside what Trump said.
        var result = Score(Target("Kelly", "Kelly"), "After the debate, Trump said Kelly “behaved very nasty and rude to me.”", "en");
        var quoted = Assert.Single(result, r => r.Voice == Voice.Quoted);
        Assert.Equal(StanceLabel.Against, quoted.Label);
    }

    [Fact]
    public void Negation_FlipsAnAttachedEvaluation()
    {
        var reform = Target("Reform", "the reform");
        Assert.Equal(StanceLabel.Favor, Own(reform, "The reform is a success.", "en").Label);
        Assert.Equal(StanceLabel.Against, Own(reform, "The reform is not a success.", "en").Label);
    }

    [Fact]
    public void BuiltInPacks_RecordTheirTableVersions()
    {
        foreach (var language in new[] { "en", "es" })
        {
            var pack = LanguagePacks.Get(language).Stance;
            Assert.Equal(language, pack.Language);
            Assert.Equal(3, pack.Versions.Count);
            Assert.Same(pack, StanceLanguagePack.Find(language));
        }
    }

    [Fact]
    public void PackTables_RejectAnUnknownType_WithTheLine()
    {
        var cues = Table("cue\ttype\tweight\ngreat\tevaluative\t0.8\n");
        var effects = Table("cue\ttype\tweight\nfix\tmaybe\t0.8\n");
        var words = Table("word\trole\nnot\tnegator\n");
        var error = Assert.Throws<FormatException>(() => StanceLanguagePack.Create("xx", cues, effects, words, FramingAnalysis.Sentiment.SentimentLanguagePack.BuiltIn("en"), TextPipeline.StemmerFor("en")));
        Assert.Contains("test.tsv:2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void APackOfOnesOwn_IsReadForItsLanguage_WithoutTheRegistry()
    {
        var cues = Table("# name: own cues\n# version: 9\ncue\ttype\tweight\nchévere\tevaluative\t0.9\n");
        var effects = Table("cue\ttype\tweight\nataja\tbadfor\t1\ncorruptela\tbad\t1\n");
        var words = Table("word\trole\nno\tnegator\n");
        var pack = StanceLanguagePack.Create("es", cues, effects, words, FramingAnalysis.Sentiment.SentimentLanguagePack.BuiltIn("es"), TextPipeline.StemmerFor("es"));
        var target = Target("Plan", "el plan");
        var scorer = RuleStanceScorer.Create([target], null, [pack]);
        const string text = "El plan es chévere y ataja la corruptela.";
        var unit = new TextUnit { UnitId = "a/p1", ArticleId = "a", Source = "s", Kind = UnitKind.Paragraph, Index = 1, Text = text, DeclaredLanguage = "es" };
        var result = scorer.Score(TextPipeline.Default.Analyze(text, "es"), unit).Single();
        Assert.Contains(result.Evidence, e => e.Cue == "evaluative" && e.Text == "chévere");
        Assert.Contains(result.Evidence, e => e.Cue == "effect" && e.Text == "good-for: ataja + corruptela");
        Assert.Equal("9", pack.Versions["own cues"]);

        // The built-in pack knows neither entry.
        var builtIn = RuleStanceScorer.Create([target]).Score(TextPipeline.Default.Analyze(text, "es"), unit).Single();
        Assert.DoesNotContain(builtIn.Evidence, e => e.Cue == "evaluative" && e.Text == "chévere");
        Assert.DoesNotContain(builtIn.Evidence, e => e.Cue == "effect");
    }
}
