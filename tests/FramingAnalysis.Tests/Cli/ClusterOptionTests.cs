using FramingAnalysis.Cli;
using FramingAnalysis.Orleans;

namespace FramingAnalysis.Tests.Cli;

/// <summary>
/// <c>framing silo</c> and <c>framing compare --cluster</c>: bad cluster options are usage errors found before any work
/// or connection (the distributed run itself is tested on an in-process cluster in <c>Orleans/</c>).
/// </summary>
public sealed class ClusterOptionTests
{
    private static async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await FramingCli.RunAsync(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Theory]
    [InlineData("compare", "nowhere", "use localhost, or redis://HOST:PORT")]
    [InlineData("compare", "redis://127.0.0.1:99999", "use localhost, or redis://HOST:PORT")]
    [InlineData("compare", "localhost#bad id", "the cluster id after '#'")]
    [InlineData("silo", "nowhere", "use localhost, or redis://HOST:PORT")]
    public async Task A_malformed_cluster_address_is_a_usage_error(string command, string cluster, string message)
    {
        var (code, output, error) = command == "silo"
            ? await RunAsync("silo", "--cluster", cluster)
            : await RunAsync("compare", RepoPaths.Corpus, "--cluster", cluster);
        Assert.Equal(FramingCli.UsageError, code);
        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, output);
    }

    [Fact]
    public async Task A_partition_size_below_one_MB_is_a_usage_error()
    {
        var (code, _, error) = await RunAsync("compare", RepoPaths.Corpus, "--cluster", "localhost", "--partition-mb", "0");
        Assert.Equal(FramingCli.UsageError, code);
        Assert.Contains("--partition-mb must be 1 or more", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("localhost", null, "framing")]
    [InlineData("localhost#run-2", null, "run-2")]
    [InlineData("redis://10.0.0.5:6379", "10.0.0.5:6379", "framing")]
    [InlineData("127.0.0.1:6380#a_b", "127.0.0.1:6380", "a_b")]
    public void Cluster_addresses_parse(string text, string? redis, string id) =>
        Assert.Equal(new ClusterAddress(redis, id), ClusterAddress.Parse(text));
}
