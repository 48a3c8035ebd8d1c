using FramingAnalysis.ML;

namespace FramingAnalysis.Benchmarks.Validity;

/// <summary>
/// One learning protocol on a real set: train on <see cref="Train"/> and test on <see cref="Test"/>, or, without a test
/// split, stratified <see cref="Folds"/>-fold cross-validation on <see cref="Train"/>.
/// </summary>
internal sealed record LearnedSet(string Name, string Protocol, LearningTask Task, IReadOnlyList<LabeledExample> Train, IReadOnlyList<LabeledExample>? Test, int Folds = 5)
{
    /// <summary>The set's labels: the stance labels, or the frame ids its gold uses.</summary>
    public IReadOnlyList<string>? Labels { get; init; }
}

/// <summary>
/// How the real sets in <c>../shared/devdata/</c> become learning protocols (issue 21): the reported ones (NewsMTSC
/// train → test rows with subset rw; VAST dev → test; TASS general entities, 5-fold CV; congressional tweets frames
/// train → dev) and the tuning ones, which never touch a reported test split (NewsMTSC train → dev rw; VAST dev 5-fold
/// CV; the tuning half of TASS entities, 5-fold CV; congressional tweets train, 5-fold CV).
/// </summary>
internal static class LearnedSets
{
    private static readonly Dictionary<string, string> Polarity = new(StringComparer.Ordinal)
    {
        ["positive"] = "favor",
        ["negative"] = "against",
        ["neutral"] = "neutral",
        ["favor"] = "favor",
        ["against"] = "against",
    };

    /// <summary>The reported protocols.</summary>
    public static IEnumerable<LearnedSet> Reported(string data)
    {
        var news = DevData.Read(data, "newsmtsc");
        yield return new("NewsMTSC train → test rw (en)", "train on the 8,739 training sentences, test on the 803 test rows with subset=rw", LearningTask.Stance,
            Stance(news.Where(r => r["split"] == "train"), "en"), Stance(news.Where(r => r["split"] == "test" && r["subset"] == "rw"), "en"));
        var vast = DevData.Read(data, "vast_en");
        yield return new("VAST dev → test (en)", "train on the 2,062 dev comments, test on the 3,006 test comments", LearningTask.Stance,
            Stance(vast.Where(r => r["split"] == "dev"), "en"), Stance(vast.Where(r => r["split"] == "test"), "en"));
        var tass = DevData.Read(data, "tass_general_entities_es");
        yield return new("TASS general entities, 5-fold CV (es)", "stratified 5-fold cross-validation on all 5,343 rows (one split only); pooled predictions", LearningTask.Stance,
            Stance(tass, "es"), null);
        var congress = DevData.Read(data, "congress_tweets_frames_en");
        var labels = FrameLabels(congress);
        yield return new("Congressional tweets frames train → dev (en)", "train on the 1,636 training tweets, test on the 408 dev tweets; multi-label", LearningTask.Frames,
            Frames(congress.Where(r => r["split"] == "train")), Frames(congress.Where(r => r["split"] == "dev"))) { Labels = labels };
    }

    /// <summary>The tuning protocols: no reported test row is in any of them.</summary>
    public static IEnumerable<LearnedSet> Tuning(string data)
    {
        var news = DevData.Read(data, "newsmtsc");
        yield return new("NewsMTSC train → dev rw", "", LearningTask.Stance,
            Stance(news.Where(r => r["split"] == "train"), "en"), Stance(news.Where(r => r["split"] == "dev" && r["subset"] == "rw"), "en"));
        var vast = DevData.Read(data, "vast_en");
        yield return new("VAST dev, 5-fold CV", "", LearningTask.Stance, Stance(vast.Where(r => r["split"] == "dev"), "en"), null);
        var tass = DevData.Read(data, "tass_general_entities_es");
        yield return new("TASS entities tuning half, 5-fold CV", "", LearningTask.Stance, Stance(tass.Where(r => ValiditySets.IsTuningHalf(r["tweet_id"])), "es"), null);
        var congress = DevData.Read(data, "congress_tweets_frames_en");
        yield return new("Congressional tweets train, 5-fold CV", "", LearningTask.Frames, Frames(congress.Where(r => r["split"] == "train")), null) { Labels = FrameLabels(congress) };
    }

    private static List<LabeledExample> Stance(IEnumerable<Dictionary<string, string>> rows, string language) =>
        [.. rows.Select(r => new LabeledExample(r["text"], language, r["target"], [Polarity[r["label"]]]))];

    private static List<LabeledExample> Frames(IEnumerable<Dictionary<string, string>> rows) =>
        [.. rows.Select(r => new LabeledExample(r["text"], r["language"], null, r["label"].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))];

    private static List<string> FrameLabels(List<Dictionary<string, string>> rows) =>
        [.. rows.SelectMany(r => r["label"].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
}
