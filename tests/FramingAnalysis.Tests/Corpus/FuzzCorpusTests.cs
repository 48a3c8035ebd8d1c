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
    public void KeptFuzzInput_IsReadOrReported_NeverLost(string reader, string input)
    {
        using var dir = new TempDir();
        var bytes = File.ReadAllBytes(Path.Combine(RepoPaths.Root, input));
        string path;
        switch (reader)
        {
            case "jsonl":
                path = Path.Combine(dir.Path, "articles.jsonl");
                File.WriteAllBytes(path, bytes);
                break;
            case "csv":
                path = Path.Combine(dir.Path, "articles.csv");
                File.WriteAllBytes(path, bytes);
                break;
            default:
                var source = Directory.CreateDirectory(Path.Combine(dir.Path, "corpus", "Outlet"));
                File.WriteAllBytes(Path.Combine(source.FullName, "a1.txt"), bytes);
                path = Path.Combine(dir.Path, "corpus");
                break;
        }

        var loaded = global::FramingAnalysis.Corpus.Load(path);
        Assert.Equal(loaded.Problems.ArticlesRead, loaded.Articles.Count);
        Assert.Equal(loaded.Problems.ArticlesPresent, loaded.Problems.ArticlesRead + loaded.Problems.ArticlesRejected);
        Assert.All(loaded.Units(), u => Assert.NotNull(u.Text));
    }

    [Fact]
    public void TheSeedInputs_AreThere()
    {
        Assert.True(Inputs().Count >= 3, "fuzz/corpus/{jsonl,csv,text} hold the seed inputs of .ci/fuzz.sh");
    }
}
