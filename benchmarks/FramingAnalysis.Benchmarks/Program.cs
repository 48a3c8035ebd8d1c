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
        case "stage-profile":
            return StageProfile.Run(args[1..]);
        case "compare-profile":
            return CompareProfile.Run(args[1..]);
        case "analyze-profile":
            return AnalyzeProfile.Run(args[1..]);
        case "validity":
            return FramingAnalysis.Benchmarks.Validity.ValidityCommand.Run(args[1..]);
    }
}

// A benchmark that throws, or a build or validation failure, makes the exit code non-zero, so a CI smoke run fails.
var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
bool failed = summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success));
return failed ? 1 : 0;
