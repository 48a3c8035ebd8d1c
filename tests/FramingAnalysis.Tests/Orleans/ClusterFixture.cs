using FramingAnalysis.Orleans;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Configuration;
using Orleans.Hosting;
using Orleans.TestingHost;

namespace FramingAnalysis.Tests.Orleans;

/// <summary>Three in-process silos on loopback (Orleans TestingHost) hosting FramingAnalysis.Orleans, shared by a test class.</summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    public TestCluster Cluster { get; private set; } = null!;

    public async Task InitializeAsync() => Cluster = await StartAsync<SiloConfigurator>();

    public async Task DisposeAsync() => await Cluster.DisposeAsync();

    /// <summary>Starts three silos configured by <typeparamref name="T"/>, with fast failure detection and a client whose calls time out after 20 s.</summary>
    internal static async Task<TestCluster> StartAsync<T>()
        where T : ISiloConfigurator, new()
    {
        var builder = new TestClusterBuilder(3);
        builder.AddSiloBuilderConfigurator<T>();
        builder.AddClientBuilderConfigurator<ClientConfigurator>();
        var cluster = builder.Build();
        await cluster.DeployAsync();
        return cluster;
    }

    /// <summary>The silo setup of the tests: FramingAnalysis.Orleans with its default analyzer factory.</summary>
    internal sealed class SiloConfigurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder siloBuilder) => FastFailureDetection(siloBuilder.AddFramingAnalysis());
    }

    /// <summary>A lost silo is declared dead within a few seconds (the defaults take tens of seconds).</summary>
    internal static ISiloBuilder FastFailureDetection(ISiloBuilder silo) =>
        silo.Configure<ClusterMembershipOptions>(o =>
        {
            o.ProbeTimeout = TimeSpan.FromSeconds(1);
            o.NumMissedProbesLimit = 2;
            o.NumVotesForDeathDeclaration = 1;
        });

    private sealed class ClientConfigurator : IClientBuilderConfigurator
    {
        public void Configure(Microsoft.Extensions.Configuration.IConfiguration configuration, IClientBuilder clientBuilder) =>
            clientBuilder.Services.Configure<ClientMessagingOptions>(o => o.ResponseTimeout = TimeSpan.FromSeconds(20));
    }
}
