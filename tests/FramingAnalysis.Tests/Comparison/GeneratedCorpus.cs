using FramingAnalysis.Benchmarks.Data;

namespace FramingAnalysis.Tests.Comparison;

/// <summary>A generated JSON Lines corpus with a few bad records among the articles, for partitioned-run tests.</summary>
internal static class GeneratedCorpus
{
    /// <summary>Writes about <paramref name="chars"/> characters of generated articles to <c>articles.jsonl</c> in
    /// <paramref name="dir"/>, with three bad records (bad JSON, a missing id, invalid UTF-8) at a quarter, half and
    /// three quarters of the file.</summary>
    public static string Write(TempDir dir, long chars, int seed = 11)
    {
        var articles = ArticleGenerator.Generate(chars, seed);
        byte[][] bad =
        [
            "not json"u8.ToArray(),
            "{\"source\":\"X\",\"text\":\"no id\"}"u8.ToArray(),
            [.. "{\"id\":\"bad-utf8\",\"source\":\"X\",\"text\":\""u8.ToArray(), 0xFF, .. "\"}"u8.ToArray()],
        ];
        using var output = new MemoryStream();
        for (var part = 0; part < 4; part++)
        {
            var from = articles.Count * part / 4;
            var to = articles.Count * (part + 1) / 4;
            JsonlCorpusWriter.Write(output, articles.Skip(from).Take(to - from));
            if (part < bad.Length)
            {
                output.Write(bad[part]);
                output.WriteByte((byte)'\n');
            }
        }

        return dir.Bytes("articles.jsonl", output.ToArray());
    }
}
