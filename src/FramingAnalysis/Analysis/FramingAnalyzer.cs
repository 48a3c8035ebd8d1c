using System.Runtime.CompilerServices;
using FramingAnalysis.Frames;
using FramingAnalysis.Sentiment;
using FramingAnalysis.Stance;
using FramingAnalysis.Text;

namespace FramingAnalysis.Analysis;

/// <summary>
/// The front door: built once from options (languages, targets, frame set), then analyzes articles, one at a time or as
/// a stream. Splits each article into units, runs the text stage once per unit, and hands the result to the sentiment,
/// stance and frame scorers. Immutable and thread-safe; results do not depend on parallelism.
/// </summary>
/// <example>
/// <code>
/// var analyzer = FramingAnalyzer.Create(new AnalyzerOptions { Targets = StanceTarget.LoadJson("corpus/targets.json") });
/// foreach (var article in Corpus.Load("corpus/").Articles)
///     foreach (var unit in analyzer.Analyze(article).Units)
///         Console.WriteLine($"{unit.Unit.UnitId} {unit.Sentiment?.Compound} {unit.Frames?.PrimaryFrame}");
/// </code>
/// </example>
public sealed class FramingAnalyzer
{
    private readonly UnitSplitter _splitter = UnitSplitter.Default;

    private FramingAnalyzer(AnalyzerOptions options, TextPipeline text, SentimentScorer sentiment, StanceScorer? stance, FrameScorer frames)
    {
        Options = options;
        Text = text;
        Sentiment = sentiment;
        Stance = stance;
        Frames = frames;
    }

    /// <summary>The options it was built from.</summary>
    public AnalyzerOptions Options { get; }

    /// <summary>The text stage in use.</summary>
    public TextPipeline Text { get; }

    /// <summary>The sentiment scorer in use.</summary>
    public SentimentScorer Sentiment { get; }

    /// <summary>The stance scorer in use, or null.</summary>
    public StanceScorer? Stance { get; }

    /// <summary>The frame scorer in use.</summary>
    public FrameScorer Frames { get; }

    /// <summary>Builds an analyzer; loads the built-in resources the options leave unset (cost: tens of milliseconds once).</summary>
    public static FramingAnalyzer Create(AnalyzerOptions? options = null)
    {
        options ??= new AnalyzerOptions();
        if (options.Parallelism < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), "Parallelism must be at least 1.");
        }

        var stance = options.Stance ?? (options.Targets is { Count: > 0 } targets ? RuleStanceScorer.Create(targets) : null);
        return new FramingAnalyzer(
            options,
            options.Text ?? TextPipeline.Default,
            options.Sentiment ?? RuleSentimentScorer.CreateDefault(),
            stance,
            options.Frames ?? DictionaryFrameScorer.Default);
    }

    /// <summary>Analyzes one article.</summary>
    public ArticleAnalysis Analyze(Article article) => Analyze(article, null);

    /// <summary>
    /// Analyzes one article and, when <paramref name="texts"/> is given, clears it and adds each unit's text stage in
    /// unit order, for a caller that reads more from the text (term counts, snippets) without running the text stage
    /// again. The texts are this thread's reusable instances: valid until the next such call on the same thread, and
    /// never to be kept or shared.
    /// </summary>
    internal ArticleAnalysis Analyze(Article article, List<AnalyzedText>? texts)
    {
        ArgumentNullException.ThrowIfNull(article);
        var units = _splitter.Split(article);
        var count = units.Count;

        // Stage by stage over the article's units (the text stage of every unit, then each scorer over all of them), so
        // that each stage's code and tables stay warm; stance still sees the units in order, so carried targets are
        // the same as unit by unit. The caller's list, when given, is the working list.
        var analyzed = texts ?? (t_texts ??= []);
        analyzed.Clear();
        for (var i = 0; i < count; i++)
        {
            analyzed.Add(Text.AnalyzePooled(i, units[i].Text, units[i].DeclaredLanguage));
        }

        var sentiment = new SentimentResult?[count];
        for (var i = 0; i < count; i++)
        {
            sentiment[i] = units[i].IsScored ? Sentiment.Score(analyzed[i]) : null;
        }

        var stance = new IReadOnlyList<StanceResult>[count];
        var context = Stance is null ? null : new StanceContext(Stance.Targets.Count);
        var handOff = context is not null && Sentiment is RuleSentimentScorer;
        for (var i = 0; i < count; i++)
        {
            if (handOff)
            {
                // The rule stance scorer reads the unit's sentence compounds instead of scoring its sentiment again.
                context!.UnitSentiment = sentiment[i];
                context.UnitSentimentScorer = (RuleSentimentScorer)Sentiment;
            }

            stance[i] = units[i].IsScored ? Stance?.Score(analyzed[i], units[i], context) ?? [] : [];
        }

        if (handOff)
        {
            context!.UnitSentiment = null;
            context.UnitSentimentScorer = null;
        }

        var results = new UnitAnalysis[count];
        for (var i = 0; i < count; i++)
        {
            var text = analyzed[i];
            results[i] = units[i].IsScored
                ? new UnitAnalysis(units[i], text.Language, text.LanguageConfidence, sentiment[i], stance[i], Frames.Score(text))
                : new UnitAnalysis(units[i], text.Language, text.LanguageConfidence, null, [], null);
        }

        if (texts is null)
        {
            analyzed.Clear();
        }

        return new ArticleAnalysis(article, results);
    }

    [ThreadStatic]
    private static List<AnalyzedText>? t_texts;

    /// <summary>Analyzes one unit on its own (no stance carried from other units of its article).</summary>
    public UnitAnalysis AnalyzeUnit(TextUnit unit) => AnalyzeUnit(unit, null);

    /// <summary>Analyzes one unit of an article read in order; <paramref name="context"/> carries stance targets between units.</summary>
    public UnitAnalysis AnalyzeUnit(TextUnit unit, StanceContext? context)
    {
        ArgumentNullException.ThrowIfNull(unit);

        // The per-thread scratch text: no scorer result keeps a reference to it, so it is refilled for the next unit.
        var text = Text.AnalyzeScratch(unit.Text, unit.DeclaredLanguage);
        if (!unit.IsScored)
        {
            return new UnitAnalysis(unit, text.Language, text.LanguageConfidence, null, [], null);
        }

        return new UnitAnalysis(
            unit,
            text.Language,
            text.LanguageConfidence,
            Sentiment.Score(text),
            Stance?.Score(text, unit, context) ?? [],
            Frames.Score(text));
    }

    /// <summary>
    /// Analyzes a stream of articles with up to <see cref="AnalyzerOptions.Parallelism"/> at once, yielding results in
    /// input order. A failure on one article is reported through <paramref name="onError"/> and the stream goes on.
    /// </summary>
    public async IAsyncEnumerable<ArticleAnalysis> AnalyzeAsync(IAsyncEnumerable<Article> articles, Action<Article, Exception>? onError = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var window = new Queue<(Article Article, Task<ArticleAnalysis?> Task)>();
        await foreach (var article in articles.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            var a = article;
            window.Enqueue((a, Task.Run(() => Safe(a, onError), cancellationToken)));
            if (window.Count >= Options.Parallelism * 4)
            {
                var done = await window.Dequeue().Task.ConfigureAwait(false);
                if (done is not null)
                {
                    yield return done;
                }
            }
        }

        while (window.Count > 0)
        {
            var done = await window.Dequeue().Task.ConfigureAwait(false);
            if (done is not null)
            {
                yield return done;
            }
        }
    }

    private ArticleAnalysis? Safe(Article article, Action<Article, Exception>? onError)
    {
        try
        {
            return Analyze(article);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            onError?.Invoke(article, ex);
            return null;
        }
    }
}
