namespace FramingAnalysis.Tests.Corpus;

/// <summary>
/// Replays the fuzzer's kept inputs (issue 23): the seeds and the inputs AFL++ found interesting in <c>fuzz/corpus/</c>,
/// and any crash <c>.ci/fuzz.sh</c> copied to <c>fuzz/crashes/</c>, each through its reader as a user's file. No
/// exception escapes, every article counted as read is returned, and read + rejected = present.
/// </summary>
public class FuzzCorpusTests
{
    public static TheoryData<string, string> Inputs()
    {
        var data = new TheoryData<string, string>();
        foreach (var folder in new[] { "corpus", "crashes" })
        {
            foreach (var reader in new[] { "jsonl", "csv", "text" })
            {
                var dir = Path.Combine(RepoPaths.Root, "fuzz", folder, reader);
                if (!Directory.Exists(dir))
                {
                    continue;
                }

                foreach (var file in Directory.EnumerateFiles(dir).Order(StringComparer.Ordinal))
                {
                    data.Add(reader, Path.GetRelativePath(RepoPaths.Root, file));
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void KeptFuzzInput_IsReadOrReported_NeverLost(string reader, string input) =>
        // The fuzz target's own check: no exception escapes, every article counted as read is returned, and
        // read + rejected = present.
        global::FramingAnalysis.Fuzz.ReaderTarget.Check(reader, File.ReadAllBytes(Path.Combine(RepoPaths.Root, input)));

    [Fact]
    public void TheSeedInputs_AreThere()
    {
        Assert.True(Inputs().Count >= 3, "fuzz/corpus/{jsonl,csv,text} hold the seed inputs of .ci/fuzz.sh");
    }
}
