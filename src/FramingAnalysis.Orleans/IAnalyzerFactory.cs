using FramingAnalysis.Analysis;
using FramingAnalysis.Frames;
using FramingAnalysis.Sentiment;
using FramingAnalysis.Stance;

namespace FramingAnalysis.Orleans;

/// <summary>
/// Builds the analyzer of an <see cref="AnalysisSpec"/>, on every silo and on the coordinator. Register your own in the
/// silo's and the coordinator's services to use scorers a spec cannot name (a trained model, a lexicon of your own);
/// both sides must build the same analyzer, or reports will differ from a single-machine run. Implementations must be
/// thread-safe.
/// </summary>
public interface IAnalyzerFactory
{
    /// <summary>The analyzer for <paramref name="spec"/>; may be cached and shared (analyzers are thread-safe).</summary>
    FramingAnalyzer Create(AnalysisSpec spec);
}

/// <summary>
/// The default <see cref="IAnalyzerFactory"/>: the analyzer <c>framing compare</c> builds (rule sentiment without
/// word-level evidence, which the comparison never reads; stance toward the spec's targets; the spec's frame dictionary
/// or the built-in Policy Frames), one per distinct set of input files (path, size, time written), cached. Thread-safe.
/// </summary>
public sealed class DefaultAnalyzerFactory : IAnalyzerFactory
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<FramingAnalyzer>> _cache = new(StringComparer.Ordinal);

    /// <inheritdoc />
    /// <exception cref="FileNotFoundException">The targets or frames file is missing on this machine.</exception>
    public FramingAnalyzer Create(AnalysisSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        // A long-lived silo serves many runs: a file changed since it was loaded gets a new analyzer.
        var key = $"{Stamp(spec.TargetsPath)}\n{Stamp(spec.FramesPath)}";
        return _cache.GetOrAdd(key, _ => new Lazy<FramingAnalyzer>(() => Build(spec))).Value;
    }

    private static string Stamp(string? path) =>
        path is null ? "-" : File.Exists(path) ? $"{path}|{new FileInfo(path).Length}|{File.GetLastWriteTimeUtc(path).Ticks}" : path;

    private static FramingAnalyzer Build(AnalysisSpec spec)
    {
        var options = new AnalyzerOptions { Sentiment = RuleSentimentScorer.CreateDefault(new SentimentOptions { IncludeEvidence = false }) };
        if (spec.TargetsPath is { } targets)
        {
            options = options with { Targets = StanceTarget.LoadJson(targets) };
        }

        if (spec.FramesPath is { } frames)
        {
            var loaded = FrameDictionaryLoader.Load(frames);
            if (loaded.FrameSet.Frames.Count == 0 || loaded.FrameSet.Cues.Count == 0)
            {
                throw new InvalidDataException($"{frames}: the frame dictionary defines no frame with a cue");
            }

            options = options with { Frames = new DictionaryFrameScorer(loaded.FrameSet) };
        }

        return FramingAnalyzer.Create(options);
    }
}
