using FramingAnalysis.Fuzz;
using SharpFuzz;

// FramingAnalysis.Fuzz jsonl|csv|text          run under afl-fuzz (SharpFuzz out-of-process runner)
// FramingAnalysis.Fuzz jsonl|csv|text FILE...  replay inputs (a crash found by the fuzzer, or the seed corpus)
if (args.Length == 0 || !ReaderTarget.Kinds.Contains(args[0]))
{
    Console.Error.WriteLine($"usage: FramingAnalysis.Fuzz {string.Join('|', ReaderTarget.Kinds)} [FILE...]");
    return 2;
}

var kind = args[0];
if (args.Length > 1)
{
    foreach (var file in args[1..])
    {
        ReaderTarget.Check(kind, File.ReadAllBytes(file));
    }

    return 0;
}

Fuzzer.OutOfProcess.Run(stream =>
{
    using var buffer = new MemoryStream();
    stream.CopyTo(buffer);
    ReaderTarget.Check(kind, buffer.ToArray());
});
return 0;
