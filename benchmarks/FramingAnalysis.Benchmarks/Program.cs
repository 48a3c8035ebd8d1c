using BenchmarkDotNet.Running;
using FramingAnalysis.Benchmarks;

// Console modes that are not BenchmarkDotNet runs are handled first.
if (args.Length > 0 && args[0] == "langid-accuracy")
{
    return LanguageIdAccuracy.Run(args[1..]);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
