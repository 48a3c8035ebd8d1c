using System.Text;

namespace FramingAnalysis.Tests.Corpus;

/// <summary>
/// <see cref="CorpusPartitioner"/> and <see cref="CorpusPartition.ReadAsync"/>: the line-aligned ranges of a JSON Lines
/// file cover it exactly, and reading them one by one gives the records and problems (file, absolute line, field) of a
/// read of the whole file, for any range size.
/// </summary>
public sealed class CorpusPartitionTests
{
    /// <summary>A file with what a range boundary could break: a byte order mark, CRLF, blank lines, bad JSON, a missing
    /// id, invalid UTF-8, a line over the record limit, and bad dates (warnings). Ids repeated across partitions are the merger's to find (ComparisonShardTests).</summary>
    private static byte[] TrickyFile()
    {
        var text = new StringBuilder();
        text.Append('\uFEFF').Append("{\"id\":\"a1\",\"source\":\"S\",\"text\":\"First.\"}\r\n");
        text.Append("\n");
        text.Append("{\"id\":\"a2\",\"source\":\"T\",\"text\":\"Second one.\",\"published\":\"not a date\"}\n");
        text.Append("not json\n");
        text.Append("{\"source\":\"S\",\"text\":\"no id\"}\n");
        text.Append("{\"id\":\"a3\",\"source\":\"S\",\"text\":\"" + new string('x', 400) + "\"}\n");
        text.Append("{\"id\":\"a4\",\"source\":\"T\",\"text\":\"Fourth.\",\"comments\":[{\"id\":\"c1\",\"text\":\"ok\"},{\"text\":\"\"}]}\r\n");
        text.Append("{\"id\":\"a7\",\"source\":\"T\",\"text\":\"Seventh.\",\"published\":\"2026-02-30\"}\n");
        text.Append("   \n");
        var bytes = new List<byte>(Encoding.UTF8.GetBytes(text.ToString()));
        bytes.AddRange("{\"id\":\"a5\",\"source\":\"S\",\"text\":\"bad "u8.ToArray());
        bytes.Add(0xFF);
        bytes.AddRange("\"}\n{\"id\":\"a6\",\"source\":\"S\",\"text\":\"Last, no line break.\"}"u8.ToArray());
        return [.. bytes];
    }

    private static readonly CorpusReadOptions SmallRecords = new() { MaxRecordBytes = 300 };

    [Theory]
    [InlineData(1)]
    [InlineData(20)]
    [InlineData(64)]
    [InlineData(150)]
    [InlineData(700)]
    [InlineData(1_000_000)]
    public async Task Ranges_read_one_by_one_give_the_records_and_problems_of_a_whole_read(long target)
    {
        using var dir = new TempDir();
        var bytes = TrickyFile();
        var path = dir.Bytes("articles.jsonl", bytes);
        var whole = await Read(path, [CorpusPartition.Whole(path)]);
        var partitions = CorpusPartitioner.Split(path, target);

        // The ranges cover the file exactly, each starts after a line break, and ids are distinct.
        Assert.Equal(0, partitions[0].Start);
        Assert.Equal(bytes.Length, partitions[^1].End);
        for (var i = 1; i < partitions.Count; i++)
        {
            Assert.Equal(partitions[i - 1].End, partitions[i].Start);
            Assert.Equal((byte)'\n', bytes[partitions[i].Start - 1]);
            Assert.Equal(1 + bytes.AsSpan(0, (int)partitions[i].Start).Count((byte)'\n'), partitions[i].FirstLine);
        }

        Assert.Equal(partitions.Count, partitions.Select(p => p.Id).Distinct().Count());
        if (target == 1)
        {
            Assert.Equal(11, partitions.Count); // one per line
        }

        var split = await Read(path, partitions);
        Assert.Equal(whole.Articles, split.Articles);
        Assert.Equal(whole.Problems, split.Problems);
        Assert.Equal(whole.Counts, split.Counts);
        Assert.Contains(split.Problems, p => p.StartsWith($"{path}:10:", StringComparison.Ordinal)); // the invalid UTF-8 line, absolute
        Assert.Equal(7, split.Problems.Count);
    }

    [Fact]
    public async Task A_folder_of_JSON_Lines_files_is_split_file_by_file_in_reading_order()
    {
        using var dir = new TempDir();
        dir.Bytes("b.jsonl", "{\"id\":\"b1\",\"source\":\"S\",\"text\":\"B one.\"}\n{\"id\":\"b2\",\"source\":\"S\",\"text\":\"B two.\"}\n"u8.ToArray());
        dir.Bytes("a.jsonl", "{\"id\":\"a1\",\"source\":\"T\",\"text\":\"A one.\"}\nbroken\n"u8.ToArray());
        var partitions = CorpusPartitioner.Split(dir.Path, 10);
        Assert.Equal(["a.jsonl", "a.jsonl", "b.jsonl", "b.jsonl"], partitions.Select(p => Path.GetFileName(p.Path)));
        var whole = await Read(dir.Path, [CorpusPartition.Whole(dir.Path)]);
        var split = await Read(dir.Path, partitions);
        Assert.Equal(whole.Articles, split.Articles);
        Assert.Equal(whole.Problems, split.Problems);
        Assert.Equal(whole.Counts, split.Counts);
    }

    [Fact]
    public void A_CSV_corpus_stays_one_whole_partition()
    {
        var partitions = CorpusPartitioner.Split(RepoPaths.Corpus, 100);
        var only = Assert.Single(partitions);
        Assert.False(only.IsRange);
        Assert.Equal(RepoPaths.Corpus, only.Id);
    }

    [Fact]
    public void An_empty_file_is_one_empty_range()
    {
        using var dir = new TempDir();
        var path = dir.Bytes("empty.jsonl", []);
        var only = Assert.Single(CorpusPartitioner.Split(path, 100));
        Assert.Equal((0L, 0L, 1L), (only.Start, only.End, only.FirstLine));
    }

    private static async Task<(List<string> Articles, List<string> Problems, (int, int, int, int) Counts)> Read(string path, IReadOnlyList<CorpusPartition> partitions)
    {
        var articles = new List<string>();
        var problems = new List<string>();
        int read = 0, rejected = 0, comments = 0, commentsRejected = 0;
        foreach (var partition in partitions)
        {
            var found = new CorpusProblems();
            await foreach (var a in partition.ReadAsync(found, SmallRecords))
            {
                articles.Add($"{a.Id} {a.Location} {a.Source} {a.Published} {string.Join('|', a.Paragraphs)} {a.Comments.Count}");
            }

            problems.AddRange(found.Select(p => p.ToString()));
            (read, rejected, comments, commentsRejected) = (read + found.ArticlesRead, rejected + found.ArticlesRejected, comments + found.CommentsRead, commentsRejected + found.CommentsRejected);
        }

        Assert.NotEmpty(path);
        return (articles, problems, (read, rejected, comments, commentsRejected));
    }
}
