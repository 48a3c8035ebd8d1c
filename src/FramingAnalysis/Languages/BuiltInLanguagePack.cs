using FramingAnalysis.Frames;
using FramingAnalysis.Sentiment;
using FramingAnalysis.Stance;
using FramingAnalysis.Text;

namespace FramingAnalysis.Languages;

/// <summary>
/// A pack whose tables are the library's embedded resources named after its code (<c>stopwords.{code}.tsv</c>,
/// <c>sentiment.{code}.tsv</c>, <c>stance-cues.{code}.tsv</c>, <c>frames/{code}/*.tsv</c>, the <c>name_{code}</c> and
/// <c>definition_{code}</c> columns of <c>frames/frames.tsv</c>, the rows of <c>page-text.tsv</c> whose language is the
/// code …). Each table is loaded once, on first use, and the
/// same instance is returned to every caller. The built-in English and Spanish packs derive from it; a built-in
/// Portuguese pack would too, with its resources beside theirs.
/// </summary>
internal abstract class BuiltInLanguagePack : LanguagePack
{
    private readonly Lazy<Stopwords> _stopwords;
    private readonly Lazy<SentimentLanguagePack> _sentiment;
    private readonly Lazy<StanceLanguagePack> _stance;
    private readonly Lazy<IReadOnlyList<FrameCue>> _frameCues;
    private readonly Lazy<IReadOnlyDictionary<string, FrameText>> _frameTexts;
    private readonly Lazy<PageTextCues> _pageText;

    protected BuiltInLanguagePack()
    {
        _stopwords = new(() => Stopwords.LoadBuiltIn(Code));
        _sentiment = new(() => SentimentLanguagePack.LoadBuiltIn(Code, Stemmer, Stopwords, Clitics, Comparisons));
        _stance = new(() => StanceLanguagePack.LoadBuiltIn(Code, Sentiment, Stemmer));
        _frameCues = new(() => FrameSet.LoadBuiltInCues(Code));
        _frameTexts = new(() => FrameSet.LoadBuiltInTexts(Code));
        _pageText = new(() => PageTextCues.BuiltInFor(Code));
    }

    /// <inheritdoc/>
    public override Stopwords Stopwords => _stopwords.Value;

    /// <inheritdoc/>
    public override SentimentLanguagePack Sentiment => _sentiment.Value;

    /// <inheritdoc/>
    public override StanceLanguagePack Stance => _stance.Value;

    /// <inheritdoc/>
    public override IReadOnlyList<FrameCue> PolicyFrameCues => _frameCues.Value;

    /// <inheritdoc/>
    public override IReadOnlyDictionary<string, FrameText> PolicyFrameTexts => _frameTexts.Value;

    /// <inheritdoc/>
    public override PageTextCues PageText => _pageText.Value;
}
