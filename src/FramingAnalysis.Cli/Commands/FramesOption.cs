using System.CommandLine;
using FramingAnalysis.Frames;

namespace FramingAnalysis.Cli.Commands;

/// <summary>The <c>--frames FILE</c> option shared by <c>analyze</c> and <c>compare</c>: a user frame dictionary that replaces the built-in set.</summary>
internal static class FramesOption
{
    public static Option<string?> Create() => new("--frames")
    {
        Description = "A frame dictionary replacing the built-in 15 Policy Frames: .tsv/.csv (frame, cue, weight, language), LIWC .dic, or quanteda-style .yml.",
    };

    /// <summary>
    /// Loads the dictionary; every problem line is printed to <paramref name="error"/> as a warning and loading goes on.
    /// </summary>
    /// <exception cref="ArgumentException">The file defines no frame with a cue.</exception>
    public static DictionaryFrameScorer Load(string path, TextWriter error, string command)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"frame dictionary '{path}' not found", path);
        }

        var loaded = FrameDictionaryLoader.Load(path);
        foreach (var problem in loaded.Problems)
        {
            error.WriteLine($"{problem}");
        }

        if (loaded.FrameSet.Frames.Count == 0 || loaded.FrameSet.Cues.Count == 0)
        {
            throw new ArgumentException($"--frames {path}: the dictionary defines no frame with a cue");
        }

        error.WriteLine($"framing {command}: frame set '{loaded.FrameSet.Name}' with {loaded.FrameSet.Frames.Count} frames and {loaded.FrameSet.Cues.Count} cues from {path}");
        return new DictionaryFrameScorer(loaded.FrameSet);
    }
}
