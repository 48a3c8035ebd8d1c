using BenchmarkDotNet.Running;
using FramingAnalysis.Benchmarks;

// Console modes that are not BenchmarkDotNet runs are handled first.
if (args.Length > 0)
{
    switch (args[0])
    {
        case "langid-accuracy":
            return LanguageIdAccuracy.Run(args[1..]);
        case "generate":
            return GenerateCommand.Run(args[1..]);
        case "hit-rate":
            return HitRateReport.Run(args[1..]);
        case "peer-input":
            return PeerInput.Run(args[1..]);
    }
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
