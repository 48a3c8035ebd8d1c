using System.Security.Cryptography;
using FramingAnalysis.Analysis;

namespace FramingAnalysis.Comparison;

/// <summary>What a comparison was run with, so that a report can be reproduced. Holds no clock time or machine path, so
/// that reruns give byte-identical reports.</summary>
/// <param name="LibraryVersion">The FramingAnalysis assembly version.</param>
/// <param name="ResourceVersions">Versions of the resources of the sentiment, stance and frame scorers (tables, models), ordered by name.</param>
/// <param name="FrameSet">The frame set's name.</param>
/// <param name="FrameSetVersion">The frame set's version, if any.</param>
/// <param name="Options">The comparison options.</param>
/// <param name="Inputs">Input files (path relative to the input given, SHA-256 in lower-case hex), ordered by path.</param>
/// <param name="Scorers">The scorer of each task, by <c>Name</c>: <c>sentiment</c>, <c>stance</c> (when scored) and <c>frames</c>, in that order.</param>
public sealed record RunManifest(
    string LibraryVersion,
    IReadOnlyList<KeyValuePair<string, string>> ResourceVersions,
    string FrameSet,
    string? FrameSetVersion,
    ComparisonOptions Options,
    IReadOnlyList<InputFile> Inputs,
    IReadOnlyList<KeyValuePair<string, string>> Scorers)
{
    /// <summary>Builds a manifest from the analyzer, the options and the input paths (files, or corpus folders, whose corpus files are hashed).</summary>
    /// <param name="analyzer">The analyzer used.</param>
    /// <param name="options">The comparison options.</param>
    /// <param name="inputs">Input files or folders.</param>
    /// <returns>The manifest.</returns>
    public static RunManifest Create(FramingAnalyzer analyzer, ComparisonOptions options, IEnumerable<string> inputs)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(inputs);
        var files = new List<InputFile>();
        foreach (var input in inputs)
        {
            if (Directory.Exists(input))
            {
                var root = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(input)));
                foreach (var file in CorpusFiles(input))
                {
                    var relative = Path.GetRelativePath(input, file).Replace('\\', '/');
                    files.Add(Hash(file, root + "/" + relative));
                }
            }
            else if (File.Exists(input))
            {
                files.Add(Hash(input, Path.GetFileName(input)));
                var comments = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(input)) ?? ".", "comments.csv");
                if (Path.GetExtension(input).Equals(".csv", StringComparison.OrdinalIgnoreCase) && File.Exists(comments) && !Path.GetFileName(input).Equals("comments.csv", StringComparison.OrdinalIgnoreCase))
                {
                    files.Add(Hash(comments, "comments.csv"));
                }
            }
        }

        files.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        // The sentiment scorer's tables and, when stance is scored, the stance scorer's (a name both use keeps the
        // sentiment scorer's version: the stance packs read the same sentiment tables).
        var all = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, v) in analyzer.Stance?.ResourceVersions ?? new Dictionary<string, string>())
        {
            all[name] = v;
        }

        foreach (var (name, v) in analyzer.Frames.ResourceVersions)
        {
            all[name] = v;
        }

        foreach (var (name, v) in analyzer.Sentiment.ResourceVersions)
        {
            all[name] = v;
        }

        List<KeyValuePair<string, string>> scorers = [new("sentiment", analyzer.Sentiment.Name)];
        if (analyzer.Stance is { } stance)
        {
            scorers.Add(new("stance", stance.Name));
        }

        scorers.Add(new("frames", analyzer.Frames.Name));

        var versions = all.ToList();
        var set = analyzer.Frames.FrameSet;
        var version = typeof(RunManifest).Assembly.GetName().Version?.ToString() ?? "unknown";
        return new RunManifest(version, versions, set.Name, set.Version, options, files, scorers);
    }

    // The files the corpus reader reads from a folder (see Corpus.ReadAsync), not every file in it.
    private static IEnumerable<string> CorpusFiles(string folder)
    {
        var articles = Path.Combine(folder, "articles.csv");
        if (File.Exists(articles))
        {
            var comments = Path.Combine(folder, "comments.csv");
            return File.Exists(comments) ? [articles, comments] : [articles];
        }

        var tsv = Path.Combine(folder, "articles.tsv");
        if (File.Exists(tsv))
        {
            var comments = Path.Combine(folder, "comments.tsv");
            return File.Exists(comments) ? [tsv, comments] : [tsv];
        }

        var jsonl = Directory.EnumerateFiles(folder, "*.jsonl").ToList();
        if (jsonl.Count > 0)
        {
            return jsonl;
        }

        var json = Path.Combine(folder, "articles.json");
        if (File.Exists(json))
        {
            return [json];
        }

        if (Corpus.DetectFormat(folder) is var format && Corpus.RegisteredReader(format) is { } reader)
        {
            return reader.InputFiles(folder);
        }

        return Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => Path.GetExtension(f).ToLowerInvariant() is ".txt" or ".md");
    }

    private static InputFile Hash(string file, string name)
    {
        using var stream = File.OpenRead(file);
        var hash = SHA256.HashData(stream);
        return new InputFile(name, Convert.ToHexStringLower(hash), stream.Length);
    }
}

/// <summary>An input file of a run.</summary>
/// <param name="Path">Path relative to the input given (forward slashes).</param>
/// <param name="Sha256">SHA-256 of the bytes, lower-case hex.</param>
/// <param name="Bytes">Size in bytes.</param>
public sealed record InputFile(string Path, string Sha256, long Bytes);
