using FramingAnalysis.Analysis;
using FramingAnalysis.Frames;
using Microsoft.Data.Analysis;

namespace FramingAnalysis.DataFrames;

/// <summary>
/// Turns FramingAnalysis results into <see cref="DataFrame"/>s with typed columns (scores as
/// <see cref="DoubleDataFrameColumn"/>, counts as <see cref="Int32DataFrameColumn"/> or <see cref="Int64DataFrameColumn"/>,
/// text as <see cref="StringDataFrameColumn"/>) and snake_case names. Missing values are null for text and NaN for
/// scores that are undefined (for example an interval over fewer than two articles).
/// </summary>
/// <remarks>
/// Every method is a pure function of its input and is thread-safe. Cost is linear in the number of units; a DataFrame
/// holds every value in memory (about 8 bytes per number plus the text), which is fine for corpora of tens of thousands
/// of units; stream larger ones with <see cref="ParquetExport.WriteUnitsAsync"/>.
/// </remarks>
public static partial class FramingDataFrames
{
    /// <summary>The frame ids to make columns for: the built-in set's when every frame seen belongs to it, otherwise
    /// every frame seen in first-seen order.</summary>
    internal static IReadOnlyList<string> FramesOf(IReadOnlyList<UnitAnalysis> units)
    {
        var builtIn = FrameSet.PolicyFrames.Frames.Select(f => f.Id).ToList();
        var known = new HashSet<string>(builtIn, StringComparer.Ordinal);
        var seen = new List<string>();
        var seenSet = new HashSet<string>(StringComparer.Ordinal);
        foreach (var u in units)
        {
            foreach (var s in u.Frames?.Scores ?? [])
            {
                if (seenSet.Add(s.Frame))
                {
                    seen.Add(s.Frame);
                }
            }
        }

        return seen.All(known.Contains) ? builtIn : seen;
    }

    /// <summary>Target names in first-seen order.</summary>
    internal static IReadOnlyList<string> TargetsOf(IReadOnlyList<UnitAnalysis> units)
    {
        var seen = new List<string>();
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var u in units)
        {
            foreach (var s in u.Stance)
            {
                if (set.Add(s.Target))
                {
                    seen.Add(s.Target);
                }
            }
        }

        return seen;
    }
}
