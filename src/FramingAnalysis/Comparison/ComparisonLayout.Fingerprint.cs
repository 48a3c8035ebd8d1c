using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace FramingAnalysis.Comparison;

sealed partial class ComparisonLayout
{
    private string? _fingerprint;

    /// <summary>
    /// A SHA-256 hex digest of what an accumulator's state depends on besides the articles: the frame ids, the target
    /// names, whether the naming table is counted, and every comparison option. Two
    /// processes that build their layouts from the same options get the same fingerprint; a <see cref="ComparisonShard"/>
    /// carries it, and reading a shard against a layout with another fingerprint is refused. The text pipeline is not
    /// part of it, nor are the cue dictionaries and the targets' aliases: both sides must build their analyzers from the
    /// same files and library version (the run manifest records those).
    /// </summary>
    public string Fingerprint => _fingerprint ??= ComputeFingerprint();

    private string ComputeFingerprint()
    {
        var text = new StringBuilder("FramingAnalysis.ComparisonLayout/1\n");
        void Line(string name, object? value) => text.Append(name).Append('=').Append(Convert.ToString(value, CultureInfo.InvariantCulture)).Append('\n');
        Line("frames", Frames.Count);
        foreach (var f in Frames)
        {
            Line("frame", f);
        }

        Line("targets", Targets.Count);
        foreach (var t in Targets)
        {
            Line("target", t);
        }

        Line("naming", Naming is not null);

        var o = Options;
        Line("groupBy", o.GroupBy.Name);
        Line("timeWindow", o.TimeWindow?.Name() ?? "(none)");
        Line("seed", o.Seed);
        Line("resamples", o.Resamples);
        Line("permutations", o.Permutations);
        Line("confidence", BitConverter.DoubleToInt64Bits(o.ConfidenceLevel));
        Line("titleWeight", BitConverter.DoubleToInt64Bits(o.TitleWeight));
        Line("topCues", o.TopCues);
        Line("topTerms", o.TopTerms);
        Line("minTermCount", o.MinTermCount);
        Line("priorSize", BitConverter.DoubleToInt64Bits(o.PriorSize));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
