using FramingAnalysis.Cli;

return await FramingCli.RunAsync(args, Console.Out, Console.Error).ConfigureAwait(false);
