using FramingAnalysis.Lexicons;
using FramingAnalysis.Sentiment.Vader;

namespace FramingAnalysis.Tests.Sentiment.Vader;

/// <summary>
/// Our own small lexicon in VADER's format (Data/test_vader_lexicon.txt, 40 words, values chosen for these tests,
/// not VADER's) and a 5-line emoji file, loaded once.
/// </summary>
internal static class VaderTestData
{
    public static string DataPath(string fileName) => Path.Combine(AppContext.BaseDirectory, "Sentiment", "Vader", "Data", fileName);

    public static SentimentLexicon Lexicon { get; } =
        LexiconLoader.LoadVader(DataPath("test_vader_lexicon.txt"), new LexiconLoadOptions { Strict = true }).Lexicon;

    public static IReadOnlyDictionary<string, string> Emoji { get; } = VaderScorer.LoadEmojiDescriptions(DataPath("test_emoji_lexicon.txt"));

    /// <summary>Reference-compatible scorer (quirks on, the default).</summary>
    public static VaderScorer Scorer { get; } = VaderScorer.Create(Lexicon, Emoji);

    /// <summary>The documented rules without the reference's accidental behaviours.</summary>
    public static VaderScorer NoQuirksScorer { get; } = VaderScorer.Create(Lexicon, Emoji, new VaderOptions { ReferenceQuirks = false });
}
