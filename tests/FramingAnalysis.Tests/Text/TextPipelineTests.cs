using System.Text;
using FramingAnalysis.Analysis;
using FramingAnalysis.Internal;
using FramingAnalysis.Stance;
using FramingAnalysis.Text;

namespace FramingAnalysis.Tests.Text;

/// <summary>
/// The text stage reuses per-thread buffers: what a caller receives must never change afterwards, the reusable path
/// must not allocate once warm, and results must not depend on what was analyzed before or on another thread.
/// </summary>
public class TextPipelineTests
{
    private static readonly string[] Others =
    [
        "A much longer text about the mega-prison, the government's crackdown and the critics who condemned it. " +
            "It goes on for a while, with several sentences, so that every buffer has to grow.",
        "¡Qué vergüenza! Nadie dijo nada.",
        "",
        "🙂",
        new string('x', 70_000),
        string.Join(' ', Enumerable.Repeat("la cárcel más grande", 5_000)),
    ];

    [Fact]
    public void Analyze_ResultDoesNotChange_WhenTheThreadAnalyzesMoreTexts()
    {
        var first = TextPipeline.Default.Analyze("Los presos denunciaron abusos en la megacárcel.", "es");
        var before = Render(first);

        foreach (var other in Others)
        {
            TextPipeline.Default.Analyze(other);
            TextPipeline.Default.AnalyzeScratch(other);
        }

        Assert.Equal(before, Render(first));
        Assert.Equal("es", first.Language);
    }

    [Fact]
    public void AnalyzeScratch_GivesTheSameTokensKeysAndStems_AsAnalyze()
    {
        foreach (var text in Others.Prepend("The Government’s prisons DON'T work, critics say. Otra frase aquí."))
        {
            var expected = Render(TextPipeline.Default.Analyze(text));
            TextPipeline.Default.AnalyzeScratch("something else first, to dirty the buffers");
            Assert.Equal(expected, Render(TextPipeline.Default.AnalyzeScratch(text)));
        }
    }

    [Fact]
    public void StemIsKey_IsTrueExactlyWhenTheStemHasTheKeysCharacters()
    {
        var text = TextPipeline.Default.Analyze("The Government’s prisons DON'T work, critics say 🙂 http://example.com/a " + new string('x', 300), "en");
        var frozen = TextPipeline.Default.Analyze("Los presos denunciaron abusos en la megacárcel de El Faro.", "es");
        var shared = 0;
        var own = 0;
        foreach (var t in new[] { text, frozen })
        {
            for (var i = 0; i < t.TokenCount; i++)
            {
                Assert.Equal(t.Stem(i).SequenceEqual(t.Key(i)), t.StemIsKey(i));
                _ = t.StemIsKey(i) ? shared++ : own++;
            }
        }

        // Both kinds occur: "prisons" → "prison" and "denunciaron" have stems of their own; "the", "la" do not.
        Assert.True(shared > 0 && own > 0, $"shared {shared}, own {own}");
        Assert.Equal("prison", text.Stem(2).ToString());
        Assert.True(text.Stem(text.TokenCount - 1).IsEmpty, "a very long token has an empty stem");
    }

    [Fact]
    public void AnalyzeScratch_AllocatesNothing_OnceWarm()
    {
        const string text = "The mega-prison opened on Monday. Critics say it is a harsh, costly model; supporters disagree!";
        AllocationAssert.NoAllocationPerCall(() => TextPipeline.Default.AnalyzeScratch(text, "en"));
    }

    [Fact]
    public void Analyzer_GivesTheSameResults_InParallelAndAfterOtherArticles()
    {
        var corpus = FramingAnalysis.Corpus.Load(RepoPaths.Corpus);
        var analyzer = SampleCorpusAnalyzer();
        var articles = corpus.Articles.ToArray();

        // Each article alone, on a fresh thread (fresh buffers).
        var alone = new string[articles.Length];
        for (var i = 0; i < articles.Length; i++)
        {
            var article = articles[i];
            var thread = new Thread(() => alone[i] = Render(analyzer.Analyze(article)));
            thread.Start();
            thread.Join();
        }

        // All of them in reverse order on one thread, then in parallel.
        var sequential = new string[articles.Length];
        for (var i = articles.Length - 1; i >= 0; i--)
        {
            sequential[i] = Render(analyzer.Analyze(articles[i]));
        }

        var parallel = new string[articles.Length];
        Parallel.For(0, articles.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => parallel[i] = Render(analyzer.Analyze(articles[i])));

        Assert.Equal(alone, sequential);
        Assert.Equal(alone, parallel);
    }

    [Fact]
    public void Analyzer_ArticleByStages_EqualsUnitByUnitWithACarriedContext()
    {
        // Analyze runs each stage over all units of an article before the next stage; AnalyzeUnit runs one unit through
        // every stage. With the stance context carried in unit order, both must give the same results.
        var corpus = FramingAnalysis.Corpus.Load(RepoPaths.Corpus);
        var analyzer = SampleCorpusAnalyzer();
        var carried = 0;
        foreach (var article in corpus.Articles)
        {
            var units = UnitSplitter.Default.Split(article);
            var context = new StanceContext(analyzer.Stance!.Targets.Count);
            var oneByOne = new ArticleAnalysis(article, [.. units.Select(u => analyzer.AnalyzeUnit(u, context))]);
            var staged = analyzer.Analyze(article);
            Assert.Equal(Render(oneByOne), Render(staged));
            carried += staged.Units.Sum(u => u.Stance.Count(s => s.Evidence.Any(e => e.Cue == "carry")));
        }

        Assert.True(carried > 0, "the sample corpus should carry a target through an anaphor somewhere");
    }

    [Fact]
    public void Analyzer_Stance_EqualsTheStanceScorerOnATextOfItsOwn()
    {
        // In the analyzer the stance scorer reads the text stage's reusable, per-thread text; a text from
        // TextPipeline.Analyze is a frozen copy. Nothing is lent between scorers through the text (it is immutable), so
        // scores, labels and evidence must be the same either way.
        var corpus = FramingAnalysis.Corpus.Load(RepoPaths.Corpus);
        var analyzer = SampleCorpusAnalyzer();
        var clauses = 0;
        foreach (var article in corpus.Articles)
        {
            var units = UnitSplitter.Default.Split(article);
            var staged = analyzer.Analyze(article);
            var context = new StanceContext(analyzer.Stance!.Targets.Count);
            for (var i = 0; i < units.Count; i++)
            {
                if (!units[i].IsScored)
                {
                    continue;
                }

                var alone = analyzer.Stance.Score(TextPipeline.Default.Analyze(units[i].Text, units[i].DeclaredLanguage), units[i], context);
                Assert.Equal(Render(alone), Render(staged.Units[i].Stance));
                clauses += alone.Sum(r => r.Evidence.Count(e => e.Cue is "word-sentiment" or "sentence-sentiment"));
            }
        }

        Assert.True(clauses > 50, $"the sample corpus should have word- and sentence-sentiment evidence (found {clauses})");
    }

    [Fact]
    public void TextStage_HashesEveryTokenAsTheMatchersWould()
    {
        // The matchers test the text stage's per-token hashes instead of hashing keys and stems themselves.
        foreach (var t in Others.Append("The government's mega-prisons, #CárcelYa and a very long https://example.org/a/b/c link"))
        {
            var text = TextPipeline.Default.Analyze(t);
            for (var i = 0; i < text.TokenCount; i++)
            {
                var expected = TokenHashes.Of(text.Key(i), text.Stem(i), text.StemIsKey(i));
                var actual = text.HashesAt(i);
                Assert.Equal((expected.KeyHash, expected.StemHash, expected.PrefixHash, expected.PairBits), (actual.KeyHash, actual.StemHash, actual.PrefixHash, actual.PairBits));
                Assert.Equal(KeyFilter.Hash(text.Key(i)), actual.KeyHash);
                Assert.Equal(KeyFilter.Hash(text.Stem(i)), actual.StemHash);
            }
        }
    }

    [Fact]
    public void AnalyzePooled_KeepsEverySlotValid_UntilItsSlotIsReused()
    {
        string[] texts = ["Critics condemned the prison.", "La cárcel es un modelo polémico.", "🙂 ok", Others[0]];
        var expected = texts.Select(t => Render(TextPipeline.Default.Analyze(t))).ToArray();
        var pooled = texts.Select((t, i) => TextPipeline.Default.AnalyzePooled(i, t)).ToArray();
        TextPipeline.Default.AnalyzeScratch("something else, in the other reusable buffer");
        TextPipeline.Default.Analyze(Others[1]);
        Assert.Equal(expected, pooled.Select(Render).ToArray());

        // Slot 1 refilled: slot 0 and 2 keep their texts.
        TextPipeline.Default.AnalyzePooled(1, Others[1]);
        Assert.Equal(expected[0], Render(pooled[0]));
        Assert.Equal(expected[2], Render(pooled[2]));
    }

    private static string Render(AnalyzedText text)
    {
        var b = new StringBuilder();
        b.Append(text.Language).Append('|').Append(text.LanguageConfidence).Append('|').Append(text.SentenceCount).Append('\n');
        for (var i = 0; i < text.TokenCount; i++)
        {
            var token = text.TokenAt(i);
            b.Append(token.Start).Append(',').Append(token.Length).Append(',').Append(token.Kind).Append(',')
                .Append(text.Key(i)).Append(',').Append(text.Stem(i)).Append('\n');
        }

        foreach (var sentence in text.Sentences)
        {
            b.Append(sentence).Append('\n');
        }

        return b.ToString();
    }

    /// <summary>The analyzer with the sample corpus's stance targets.</summary>
    private static FramingAnalyzer SampleCorpusAnalyzer() =>
        FramingAnalyzer.Create(new AnalyzerOptions { Targets = StanceTarget.LoadJson(Path.Combine(RepoPaths.Corpus, "targets.json")) });

    private static string Render(IReadOnlyList<StanceResult> stance) =>
        string.Join('\n', stance.Select(r => $"{r.Target} {r.Label} {r.Score} {r.Confidence} {r.Voice} {r.Speaker} {r.Reason} "
            + string.Join(' ', r.Evidence.Select(e => $"[{e.Start} {e.Length} {e.Text} {e.Cue} {e.Weight}]"))));

    private static string Render(ArticleAnalysis analysis)
    {
        var b = new StringBuilder();
        foreach (var unit in analysis.Units)
        {
            b.Append(unit.Unit.UnitId).Append(' ').Append(unit.Language).Append(' ').Append(unit.LanguageConfidence);
            if (unit.Sentiment is { } s)
            {
                b.Append(" s=").Append(s.Compound).Append('/').Append(s.Positive).Append('/').Append(s.Negative);
                foreach (var e in s.Evidence)
                {
                    b.Append(" [").Append(e.Start).Append(' ').Append(e.Text).Append(' ').Append(e.Entry).Append(' ').Append(e.Valence).Append(' ').Append(e.Rules).Append(' ').Append(e.Modifiers).Append(']');
                }
            }

            foreach (var stance in unit.Stance)
            {
                b.Append(" t=").Append(stance.Target).Append(' ').Append(stance.Voice).Append(' ').Append(stance.Score).Append(' ').Append(stance.Evidence.Count);
            }

            if (unit.Frames is { } f)
            {
                b.Append(" f=").Append(f.PrimaryFrame);
                foreach (var score in f.Scores)
                {
                    b.Append(' ').Append(score.Frame).Append(':').Append(score.Score).Append(':').Append(score.Evidence.Count);
                }
            }

            b.Append('\n');
        }

        return b.ToString();
    }
}
