using Orleans.Placement;
using Orleans.Runtime.Placement;

namespace FramingAnalysis.Orleans;

/// <summary>
/// Places a partition grain on the silo the coordinator chose for it, named in the grain key
/// (<c>run/attempt/SILO/partition</c>): the coordinator knows how many partitions each silo is analyzing and sends the
/// next one to the least busy, which spreads CPU-bound partitions evenly (Orleans' load-based placements see statistics
/// that lag by seconds). A key that names no live compatible silo falls back to a random compatible one.
/// </summary>
[GenerateSerializer, Immutable]
public sealed class PartitionPlacement : PlacementStrategy
{
    /// <summary>The one instance.</summary>
    public static PartitionPlacement Instance { get; } = new();

    /// <summary>The grain key of a partition's attempt, naming the silo it should run on.</summary>
    public static string Key(string run, int attempt, string silo, string partitionId) => $"{run}/{attempt}/{silo}/{partitionId}";

    /// <summary>The silo a key names, or null.</summary>
    public static string? SiloOf(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var parts = key.Split('/', 4);
        return parts.Length == 4 ? parts[2] : null;
    }
}

/// <summary>Marks a grain class as placed by <see cref="PartitionPlacement"/>.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class PartitionPlacementAttribute : PlacementAttribute
{
    /// <summary>Creates the attribute.</summary>
    public PartitionPlacementAttribute()
        : base(PartitionPlacement.Instance)
    {
    }
}

/// <summary>The silo side of <see cref="PartitionPlacement"/> (registered by <see cref="FramingClusterHosting.AddFramingAnalysis"/>). Thread-safe.</summary>
internal sealed class PartitionPlacementDirector : IPlacementDirector
{
    public Task<SiloAddress> OnAddActivation(PlacementStrategy strategy, PlacementTarget target, IPlacementContext context)
    {
        var silos = context.GetCompatibleSilos(target);
        if (PartitionPlacement.SiloOf(target.GrainIdentity.Key.ToString()!) is { } wanted)
        {
            foreach (var silo in silos)
            {
                if (silo.ToString() == wanted)
                {
                    return Task.FromResult(silo);
                }
            }
        }

        return Task.FromResult(silos[Random.Shared.Next(silos.Length)]);
    }
}
