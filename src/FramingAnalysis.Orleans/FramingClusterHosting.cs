using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Orleans.Configuration;

namespace FramingAnalysis.Orleans;

/// <summary>
/// Hosting helpers: <see cref="AddFramingAnalysis"/> makes a silo able to analyze partitions, and the
/// <c>UseFramingCluster</c> methods join a silo or a client to a cluster named by a <see cref="ClusterAddress"/>
/// (Redis membership for real clusters, localhost clustering for one machine).
/// </summary>
public static class FramingClusterHosting
{
    /// <summary>How long a partition call may take before the caller gives up (Orleans' default, 30 s, is far too short
    /// for a partition of tens of MB on one core). A lost silo is noticed by membership long before this.</summary>
    public static readonly TimeSpan ResponseTimeout = TimeSpan.FromHours(1);

    /// <summary>Registers what <see cref="IPartitionGrain"/> needs: its placement (<see cref="PartitionPlacement"/>) and
    /// the <see cref="DefaultAnalyzerFactory"/>, unless an <see cref="IAnalyzerFactory"/> of your own was registered before.</summary>
    public static ISiloBuilder AddFramingAnalysis(this ISiloBuilder silo)
    {
        ArgumentNullException.ThrowIfNull(silo);
        silo.Services.TryAddSingleton<IAnalyzerFactory, DefaultAnalyzerFactory>();
        silo.Services.AddPlacementDirector<PartitionPlacement, PartitionPlacementDirector>();
        silo.Services.Configure<SiloMessagingOptions>(o => o.ResponseTimeout = ResponseTimeout);
        return silo;
    }

    /// <summary>Joins the silo to the cluster at <paramref name="cluster"/>, listening on the given ports and advertising <paramref name="advertise"/>.</summary>
    /// <param name="silo">The silo.</param>
    /// <param name="cluster">The cluster's membership.</param>
    /// <param name="advertise">The address other silos and clients reach this silo at (a loopback address for one machine).</param>
    /// <param name="siloPort">The silo-to-silo port (default 11111; one per silo process on a machine).</param>
    /// <param name="gatewayPort">The client gateway port (default 30000; one per silo process on a machine).</param>
    public static ISiloBuilder UseFramingCluster(this ISiloBuilder silo, ClusterAddress cluster, IPAddress advertise, int siloPort = 11111, int gatewayPort = 30000)
    {
        ArgumentNullException.ThrowIfNull(silo);
        ArgumentNullException.ThrowIfNull(cluster);
        ArgumentNullException.ThrowIfNull(advertise);
        if (cluster.Redis is { } redis)
        {
            silo.UseRedisClustering(redis);
            silo.ConfigureEndpoints(advertise, siloPort, gatewayPort, listenOnAnyHostAddress: !IPAddress.IsLoopback(advertise));
        }
        else
        {
            silo.UseLocalhostClustering(siloPort, gatewayPort);
        }

        silo.Configure<ClusterOptions>(o => (o.ClusterId, o.ServiceId) = (cluster.ClusterId, cluster.ClusterId));
        return silo;
    }

    /// <summary>Connects the client to the cluster at <paramref name="cluster"/>.</summary>
    /// <param name="client">The client.</param>
    /// <param name="cluster">The cluster's membership.</param>
    /// <param name="gatewayPort">For localhost clustering, the silo's gateway port (default 30000).</param>
    public static IClientBuilder UseFramingCluster(this IClientBuilder client, ClusterAddress cluster, int gatewayPort = 30000)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(cluster);
        if (cluster.Redis is { } redis)
        {
            client.UseRedisClustering(redis);
        }
        else
        {
            client.UseLocalhostClustering(gatewayPort);
        }

        client.Configure<ClusterOptions>(o => (o.ClusterId, o.ServiceId) = (cluster.ClusterId, cluster.ClusterId));
        client.Services.Configure<ClientMessagingOptions>(o => o.ResponseTimeout = ResponseTimeout);
        return client;
    }
}

/// <summary>
/// Where a cluster's membership lives: <c>localhost</c> (one silo on this machine, Orleans' development clustering) or
/// <c>redis://HOST:PORT</c> (Redis clustering, for any number of silo processes and machines), with an optional
/// <c>#CLUSTER-ID</c> suffix to run several clusters on one Redis (default <c>framing</c>). Immutable.
/// </summary>
/// <param name="Redis">The Redis connection string (<c>HOST:PORT</c>), or null for localhost clustering.</param>
/// <param name="ClusterId">The Orleans cluster and service id.</param>
public sealed record ClusterAddress(string? Redis, string ClusterId)
{
    /// <summary>Parses <c>localhost</c>, <c>redis://HOST:PORT</c> or <c>HOST:PORT</c> (Redis), each optionally followed by <c>#CLUSTER-ID</c>.</summary>
    /// <exception cref="FormatException">Anything else, with the accepted forms in the message.</exception>
    public static ClusterAddress Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var hash = text.IndexOf('#', StringComparison.Ordinal);
        var id = hash >= 0 ? text[(hash + 1)..] : "framing";
        var where = hash >= 0 ? text[..hash] : text;
        if (id.Length == 0 || !id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            throw new FormatException($"--cluster '{text}': the cluster id after '#' must be letters, digits, '-' or '_'");
        }

        if (where.Equals("localhost", StringComparison.OrdinalIgnoreCase))
        {
            return new ClusterAddress(null, id);
        }

        if (where.StartsWith("redis://", StringComparison.OrdinalIgnoreCase))
        {
            where = where["redis://".Length..];
        }

        var colon = where.LastIndexOf(':');
        if (colon <= 0 || !int.TryParse(where.AsSpan(colon + 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var port) || port is < 1 or > 65535)
        {
            throw new FormatException($"--cluster '{text}': use localhost, or redis://HOST:PORT (e.g. redis://127.0.0.1:6379), optionally followed by #CLUSTER-ID");
        }

        return new ClusterAddress(where, id);
    }
}
