using System.CommandLine;
using System.Net;
using FramingAnalysis.Orleans;
using Microsoft.Extensions.Hosting;

namespace FramingAnalysis.Cli.Commands;

/// <summary>
/// <c>framing silo --cluster …</c>: runs an Orleans silo that analyzes partitions for <c>framing compare --cluster</c>
/// until interrupted (Ctrl+C or SIGTERM). See docs/distributed.md.
/// </summary>
internal static class SiloCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var cluster = new Option<string>("--cluster") { Description = "The cluster's membership: localhost (one silo on this machine) or redis://HOST:PORT[#CLUSTER-ID].", Required = true };
        var port = new Option<int>("--port") { Description = "Silo-to-silo port (one per silo process on a machine).", DefaultValueFactory = _ => 11111 };
        var gateway = new Option<int>("--gateway-port") { Description = "Port clients (framing compare --cluster) connect to (one per silo process on a machine).", DefaultValueFactory = _ => 30000 };
        var advertise = new Option<string>("--advertise") { Description = "The address other machines reach this silo at (with Redis clustering; default loopback, for one machine).", DefaultValueFactory = _ => "127.0.0.1" };
        var command = new Command("silo", "Run an Orleans silo that analyzes corpus partitions for `framing compare --cluster` (see docs/distributed.md); stops on Ctrl+C.")
        {
            cluster, port, gateway, advertise,
        };
        command.SetAction(async (parse, ct) =>
        {
            ClusterAddress address;
            IPAddress ip;
            try
            {
                address = ClusterAddress.Parse(parse.GetValue(cluster)!);
                ip = IPAddress.Parse(parse.GetValue(advertise)!);
                if (parse.GetValue(port) is < 1 or > 65535 || parse.GetValue(gateway) is < 1 or > 65535)
                {
                    throw new FormatException("--port and --gateway-port must be from 1 to 65535");
                }
            }
            catch (FormatException ex)
            {
                await error.WriteLineAsync($"framing silo: {ex.Message}").ConfigureAwait(false);
                return FramingCli.UsageError;
            }

            using var host = new HostBuilder()
                .UseOrleans(silo => silo.UseFramingCluster(address, ip, parse.GetValue(port), parse.GetValue(gateway)).AddFramingAnalysis())
                .Build();
            try
            {
                await host.StartAsync(ct).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                await error.WriteLineAsync($"framing silo: could not join cluster {parse.GetValue(cluster)}: {ex.Message}").ConfigureAwait(false);
                return FramingCli.InputProblems;
            }

            await error.WriteLineAsync($"framing silo: joined cluster {parse.GetValue(cluster)} on {ip}:{parse.GetValue(port)} (gateway {parse.GetValue(gateway)}); Ctrl+C to stop").ConfigureAwait(false);
            try
            {
                await Task.Delay(Timeout.Infinite, ct).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
            }

            await host.StopAsync(CancellationToken.None).ConfigureAwait(false);
            await error.WriteLineAsync("framing silo: stopped").ConfigureAwait(false);
            return FramingCli.Ok;
        });
        return command;
    }
}
