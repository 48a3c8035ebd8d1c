using FramingAnalysis.Orleans;

namespace FramingAnalysis.Cli.Commands;

/// <summary>What <c>framing compare --cluster</c> was asked for: the cluster, the partition size and the analysis spec.</summary>
/// <param name="Address">The cluster.</param>
/// <param name="PartitionBytes">The JSON Lines partition size in bytes.</param>
/// <param name="Spec">The analysis every silo runs.</param>
internal sealed record ClusterRun(ClusterAddress Address, long PartitionBytes, AnalysisSpec Spec)
{
    /// <summary>Checks the cluster options.</summary>
    /// <exception cref="FormatException">The cluster address is malformed.</exception>
    /// <exception cref="ArgumentException">The partition size is below 1 MB, or the analysis uses a scorer silos cannot build from a spec.</exception>
    public static ClusterRun Create(string address, int partitionMb, bool customScorers, AnalysisSpec spec)
    {
        var cluster = ClusterAddress.Parse(address);
        if (partitionMb < 1)
        {
            throw new ArgumentException("--partition-mb must be 1 or more");
        }

        if (customScorers)
        {
            // A silo builds its analyzer from the spec's files; a trained model or a VADER lexicon is not among them yet.
            throw new ArgumentException("--cluster runs the built-in rule scorers with --targets and --frames; --model and --sentiment vader are single-machine only");
        }

        return new ClusterRun(cluster, partitionMb * 1_000_000L, spec);
    }
}
