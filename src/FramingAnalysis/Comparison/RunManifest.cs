using System.Security.Cryptography;
using FramingAnalysis.Analysis;

namespace FramingAnalysis.Comparison;

/// <summary>What a comparison was run with, so that a report can be reproduced. Holds no clock time or machine path, so
/// that reruns give byte-identical reports.</summary>
/// <param name="LibraryVersion">The FramingAnalysis assembly version.</param>
/// <param name="ResourceVersions">Versions of the sentiment resources, ordered by name.</param>
/// <param name="FrameSet">The frame set's name.</param>
/// <param name="FrameSetVersion">The frame set's version, if any.</param>
/// <param name="Options">The comparison options.</param>
/// <param name="Inputs">Input files (path relative to the input given, SHA-256 in lower-case hex), ordered by path.</param>
public sealed record RunManifest(
    string LibraryVersion,
    IReadOnlyList<KeyValuePair<string, string>> ResourceVersions,
    string FrameSet,
    string? FrameSetVersion,
    ComparisonOptions Options,
    IReadOnlyList<InputFile> Inputs)
{
    /// <summary>Builds a manifest from the analyzer, the options and the input paths (files, or folders whose files are all hashed).</summary>
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
                foreach (var file in Directory.EnumerateFiles(input, "*", SearchOption.AllDirectories))
                {
                    var relative = Path.GetRelativePath(input, file).Replace('\\', '/');
                    files.Add(Hash(file, root + "/" + relative));
                }
            }
            else if (File.Exists(input))
            {
                files.Add(Hash(input, Path.GetFileName(input)));
            }
        }

        files.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        var versions = analyzer.Sentiment.ResourceVersions
            .OrderBy(kv => kv.Key, StringComparer.Ordinal)
            .ToList();
        var set = analyzer.Frames.FrameSet;
        var version = typeof(RunManifest).Assembly.GetName().Version?.ToString() ?? "unknown";
        return new RunManifest(version, versions, set.Name, set.Version, options, files);
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
