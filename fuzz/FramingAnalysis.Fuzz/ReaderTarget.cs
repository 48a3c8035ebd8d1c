namespace FramingAnalysis.Fuzz;

/// <summary>
/// One fuzz input through one corpus reader, as a user's file: written to a temporary folder, read whole, its units
/// split. Any exception that escapes is a crash for the fuzzer; so is a broken count: the articles counted as read
/// must be the articles returned, and read + rejected = present. <c>FuzzCorpusTests</c> replays the kept inputs
/// through this same check.
/// </summary>
public static class ReaderTarget
{
    /// <summary>The readers under test, by the name the fuzzer is started with.</summary>
    public static readonly IReadOnlySet<string> Kinds = new HashSet<string>(["jsonl", "csv", "text"], StringComparer.Ordinal);

    /// <summary>Reads <paramref name="bytes"/> as a file of the <paramref name="kind"/> reader; throws on any broken contract.</summary>
    public static void Check(string kind, byte[] bytes)
    {
        var dir = Directory.CreateTempSubdirectory("framing-fuzz-");
        try
        {
            string path;
            switch (kind)
            {
                case "jsonl":
                    path = Path.Combine(dir.FullName, "articles.jsonl");
                    File.WriteAllBytes(path, bytes);
                    break;
                case "csv":
                    path = Path.Combine(dir.FullName, "articles.csv");
                    File.WriteAllBytes(path, bytes);
                    break;
                default:
                    var source = Directory.CreateDirectory(Path.Combine(dir.FullName, "corpus", "Outlet"));
                    File.WriteAllBytes(Path.Combine(source.FullName, "a1.txt"), bytes);
                    path = Path.Combine(dir.FullName, "corpus");
                    break;
            }

            var loaded = Corpus.Load(path);
            if (loaded.Problems.ArticlesRead != loaded.Articles.Count)
            {
                throw new InvalidOperationException($"{kind}: {loaded.Problems.ArticlesRead} articles counted as read, {loaded.Articles.Count} returned");
            }

            if (loaded.Problems.ArticlesPresent != loaded.Problems.ArticlesRead + loaded.Problems.ArticlesRejected)
            {
                throw new InvalidOperationException($"{kind}: {loaded.Problems.ArticlesPresent} articles present, but {loaded.Problems.ArticlesRead} read and {loaded.Problems.ArticlesRejected} rejected");
            }

            foreach (var unit in loaded.Units())
            {
                if (unit.Text is null)
                {
                    throw new InvalidOperationException($"{kind}: unit {unit.UnitId} has no text");
                }
            }
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
