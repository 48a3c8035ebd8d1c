using System.Text;

namespace FramingAnalysis.Tests.Issues;

/// <summary>Issue 23, hostile input to the corpus readers: nothing lost, nothing hangs, no run dies on one record.</summary>
public class Issue23ReaderTests
{
    private const string Header = "id,source,language,published,title,url,text\n";

    private static void AssertBalanced(CorpusProblems p, int present)
    {
        Assert.Equal(present, p.ArticlesPresent);
        Assert.Equal(p.ArticlesRejected + p.CommentsRejected, p.ErrorCount);
    }

    [Fact]
    public void Case2_LoneSurrogateEscape_RejectsThatRecordOnly_NamingLineAndField()
    {
        using var dir = new TempDir();
        var path = dir.File("c.jsonl",
            """{"id":"a1","source":"S1","text":"fine"}""" + "\n" +
            """{"id":"a2","source":"S1","text":"lone \ud800 x"}""" + "\n" +
            """{"id":"a3","source":"S1","text":"fine","comments":[{"id":"c1","text":"bad \udfff"}]}""" + "\n" +
            """{"id":"a4","source":"S1","text":"last"}""" + "\n");
        var corpus = FramingAnalysis.Corpus.Load(path);

        Assert.Equal(["a1", "a3", "a4"], corpus.Articles.Select(a => a.Id));
        Assert.Equal(["2:text", "3:comments[0]"], corpus.Problems.Select(p => $"{p.Line}:{p.Field}"));
        Assert.Contains("invalid string", corpus.Problems[0].Message);
        AssertBalanced(corpus.Problems, 4);
        Assert.Equal(1, corpus.Problems.CommentsPresent);
    }

    [Fact]
    public void Case3_QuoteClosedOnlyOnALaterLine_LosesNoRecordSilently()
    {
        using var dir = new TempDir();
        dir.File("articles.csv", Header +
            "a1,S,en,,\"Bad title,u,one\n" +
            "a2,S,en,,Good,u,two\n" +
            "a3,S,en,,Good,u,\"three\"\n");
        var corpus = FramingAnalysis.Corpus.Load(dir.Path);

        Assert.Equal(["a2", "a3"], corpus.Articles.Select(a => a.Id));
        var problem = Assert.Single(corpus.Problems);
        Assert.Equal((2L, "title"), (problem.Line, problem.Field));
        Assert.Contains("unbalanced quote", problem.Message);
        AssertBalanced(corpus.Problems, 3);
    }

    [Fact]
    public void Case3_TwentyStrayQuotesIn2020Records_EveryRecordIsReadOrReported()
    {
        using var dir = new TempDir();
        var csv = new StringBuilder(Header);
        for (var i = 0; i < 2020; i++)
        {
            csv.Append(i % 101 == 50 ? $"a{i},S,en,,\"Bad title {i},u,text {i}\n" : $"a{i},S,en,,Title {i},u,\"Text, {i}\"\n");
        }

        dir.File("articles.csv", csv.ToString());
        var corpus = FramingAnalysis.Corpus.Load(dir.Path);

        Assert.Equal(2000, corpus.Problems.ArticlesRead);
        Assert.Equal(20, corpus.Problems.ArticlesRejected);
        Assert.All(corpus.Problems, p => Assert.Equal("title", p.Field));
        Assert.Equal(Enumerable.Range(0, 20).Select(k => (long)(k * 101 + 50 + 2)), corpus.Problems.Select(p => p.Line));
    }

    [Fact]
    public void Case3_QuoteSwallowingLinesInCommentsCsv_LosesNoComment()
    {
        using var dir = new TempDir();
        dir.File("articles.csv", Header + "a1,S,en,,T,u,Body\n");
        dir.File("comments.csv", "article_id,id,author,published,text,parent_id\n" +
            "a1,c1,x,,\"broken,\n" +
            "a1,c2,x,,fine,\n" +
            "a1,c3,x,,\"quoted\",\n" +
            "a1,c4,x,,\"ok\"x,\n");
        var corpus = FramingAnalysis.Corpus.Load(dir.Path);

        Assert.Equal(["c2", "c3"], corpus.Articles[0].Comments.Select(c => c.Id));
        Assert.Equal(4, corpus.Problems.CommentsPresent);
        Assert.Equal([2L, 5L], corpus.Problems.Select(p => p.Line));
    }

    [Fact]
    public void Case4_SymlinkLoopInTextFolder_IsNotFollowed_AndNothingIsReadTwice()
    {
        using var dir = new TempDir();
        dir.File("Wire/a1.txt", "Title\n\nOne paragraph.\n");
        dir.File("Post/b1.txt", "Title\n\nAnother paragraph.\n");
        Directory.CreateSymbolicLink(Path.Combine(dir.Path, "Wire", "loop"), dir.Path);
        Directory.CreateSymbolicLink(Path.Combine(dir.Path, "Copy"), Path.Combine(dir.Path, "Wire"));
        var corpus = FramingAnalysis.Corpus.Load(dir.Path);

        Assert.Equal(["b1", "a1"], corpus.Articles.Select(a => a.Id));
        Assert.Equal(0, corpus.Problems.ErrorCount);
        Assert.Equal(2, corpus.Problems.Count(p => p.Message.Contains("symbolic link")));
    }

    [Fact]
    public void Case4_CancelledTextFolderRead_Stops()
    {
        using var dir = new TempDir();
        dir.File("Wire/a1.txt", "Title\n\nOne paragraph.\n");
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => FramingAnalysis.Corpus.LoadAsync(dir.Path, null, cts.Token).GetAwaiter().GetResult());
    }

    [Fact]
    public void Case5_JsonlLineOverMaxRecordBytes_IsOneProblem_AndTheRestIsRead()
    {
        using var dir = new TempDir();
        var path = dir.File("c.jsonl",
            "{\"id\":\"a1\",\"source\":\"S\",\"text\":\"" + new string('x', 200_000) + "\"}\n" +
            """{"id":"a2","source":"S","text":"ok"}""" + "\n");
        var corpus = FramingAnalysis.Corpus.Load(path, new CorpusReadOptions { MaxRecordBytes = 10_000 });

        var problem = Assert.Single(corpus.Problems);
        Assert.Equal((1L, "record"), (problem.Line, problem.Field));
        Assert.Contains("MaxRecordBytes", problem.Message);
        Assert.Equal(["a2"], corpus.Articles.Select(a => a.Id));
    }

    [Fact]
    public void Case5_CsvUnclosedQuoteOverMaxRecordBytes_IsOneProblem_AndTheRestIsRead()
    {
        using var dir = new TempDir();
        var csv = new StringBuilder(Header + "a0,S,en,,\"Never closed,u,zero\n");
        for (var i = 1; i <= 5000; i++)
        {
            csv.Append($"a{i},S,en,,Title {i},u,Some body text number {i}\n");
        }

        dir.File("articles.csv", csv.ToString());
        var corpus = FramingAnalysis.Corpus.Load(dir.Path, new CorpusReadOptions { MaxRecordBytes = 4096 });

        var problem = Assert.Single(corpus.Problems);
        Assert.Equal(2L, problem.Line);
        Assert.Equal(5000, corpus.Problems.ArticlesRead);
        AssertBalanced(corpus.Problems, 5001);
    }

    [Fact]
    public void Case5_TextFileOverMaxFileBytes_IsOneProblem_AndTheRestIsRead()
    {
        using var dir = new TempDir();
        dir.File("Wire/big.txt", "Title\n\n" + new string('x', 50_000) + "\n");
        dir.File("Wire/small.txt", "Title\n\nSmall.\n");
        var corpus = FramingAnalysis.Corpus.Load(dir.Path, new CorpusReadOptions { MaxFileBytes = 10_000 });

        var problem = Assert.Single(corpus.Problems);
        Assert.Contains("MaxFileBytes", problem.Message);
        Assert.Equal("big", problem.RecordId);
        Assert.Equal(["small"], corpus.Articles.Select(a => a.Id));
    }

    [Fact]
    public void Case5_TextFileLinkedToDevZero_IsOneProblem()
    {
        if (!File.Exists("/dev/zero"))
        {
            return; // not a Unix machine: there is no endless device to link to
        }

        using var dir = new TempDir();
        dir.File("Wire/small.txt", "Title\n\nSmall.\n");
        File.CreateSymbolicLink(Path.Combine(dir.Path, "Wire", "zero.txt"), "/dev/zero");
        var corpus = FramingAnalysis.Corpus.Load(dir.Path, new CorpusReadOptions { MaxFileBytes = 1 << 20 });

        Assert.Equal("zero", Assert.Single(corpus.Problems).RecordId);
        Assert.Equal(["small"], corpus.Articles.Select(a => a.Id));
    }

    [Fact]
    public void Case10_Utf8BomAtStartOfJsonl_DoesNotRejectTheFirstRecord()
    {
        using var dir = new TempDir();
        var path = dir.Bytes("c.jsonl", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("""{"id":"a1","source":"S","text":"one"}""" + "\n" + """{"id":"a2","source":"S","text":"two"}""" + "\n")]);
        var corpus = FramingAnalysis.Corpus.Load(path);

        Assert.Empty(corpus.Problems);
        Assert.Equal(["a1", "a2"], corpus.Articles.Select(a => a.Id));
    }

    [Fact]
    public void Case10_Utf8BomAtStartOfCsv_DoesNotRejectTheFirstRecord()
    {
        using var dir = new TempDir();
        dir.Bytes("articles.csv", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Header + "a1,S,en,,T,u,Body\n")]);
        var corpus = FramingAnalysis.Corpus.Load(dir.Path);

        Assert.Empty(corpus.Problems);
        Assert.Equal("a1", Assert.Single(corpus.Articles).Id);
    }

    [Fact]
    public void Case11_FolderWithTwoJsonlFiles_ReadsBothInNameOrder_AsOneCorpus()
    {
        using var dir = new TempDir();
        dir.File("b.jsonl", """{"id":"b1","source":"S","text":"one"}""" + "\n" + """{"id":"a1","source":"S","text":"dup"}""" + "\n");
        dir.File("a.jsonl", """{"id":"a1","source":"S","text":"two"}""" + "\n");
        var corpus = FramingAnalysis.Corpus.Load(dir.Path);

        Assert.Equal(["a1", "b1"], corpus.Articles.Select(a => a.Id));
        var problem = Assert.Single(corpus.Problems);
        Assert.EndsWith("b.jsonl", problem.File);
        Assert.Equal((2L, "id"), (problem.Line, problem.Field));
    }

    [Theory]
    [InlineData("""{"id":{"x":1},"source":"S","text":"t"}""", "id", "an object")]
    [InlineData("""{"id":"a1","source":["S","T"],"text":"t"}""", "source", "an array")]
    [InlineData("""{"id":"a1","source":"S","title":true,"text":"t"}""", "title", "a boolean")]
    [InlineData("""{"id":"a1","source":"S","paragraphs":["ok",{"x":1}]}""", "paragraphs[1]", "an object")]
    [InlineData("""{"id":"a1","source":"S","paragraphs":["ok",3]}""", "paragraphs[1]", "a number")]
    public void Case12_WrongJsonTypes_AreRejected_WithFileLineAndField(string record, string field, string found)
    {
        using var dir = new TempDir();
        var path = dir.File("c.jsonl", """{"id":"a0","source":"S","text":"fine"}""" + "\n" + record + "\n");
        var corpus = FramingAnalysis.Corpus.Load(path);

        var problem = Assert.Single(corpus.Problems);
        Assert.Equal($"{path}:2: error: {field}: expected a string, found {found}", problem.ToString());
        Assert.Equal(["a0"], corpus.Articles.Select(a => a.Id));
        AssertBalanced(corpus.Problems, 2);
    }

    [Fact]
    public void Case12_WrongJsonTypeInAComment_RejectsThatComment_WithItsField()
    {
        using var dir = new TempDir();
        var path = dir.File("c.jsonl", """{"id":"a1","source":"S","text":"t","comments":[{"id":"c1","text":{"x":1}},{"id":"c2","text":"ok"}]}""" + "\n");
        var corpus = FramingAnalysis.Corpus.Load(path);

        var problem = Assert.Single(corpus.Problems);
        Assert.Equal("comments[0].text", problem.Field);
        Assert.Equal(["c2"], Assert.Single(corpus.Articles).Comments.Select(c => c.Id));
        Assert.Equal(2, corpus.Problems.CommentsPresent);
    }

    [Fact]
    public void Case12_NumericIdIsStillAccepted()
    {
        using var dir = new TempDir();
        var path = dir.File("c.jsonl", """{"id":17,"source":"S","text":"t"}""" + "\n");
        Assert.Equal("17", Assert.Single(FramingAnalysis.Corpus.Load(path).Articles).Id);
    }

    [Fact]
    public void Case3_SemicolonsAndStrayQuotesInTheFirstRecords_DoNotTurnTheSeparatorIntoASemicolon()
    {
        // Found by the property tests: CsvHelper detected the separator from the first lines, where ';' outvoted ','
        // and every record, good ones included, was rejected with the whole header as its field name.
        using var dir = new TempDir();
        dir.File("articles.csv", Header +
            "r0,S,en,,\uFFFDZ\uFFFD;e\uFFFDñae\"-géa;c ,u,Z \uFFFDd'\n" +
            "r1,S,en,,Y,u,\"a,c;;ñ\r\"\"\"\n" +
            "r2,S,en,,Y,u,h\n" +
            "r3,S,en,, \uFFFDZ\"\uFFFD-déñ,u,;Xfc\uFFFDgX;;\n");
        var corpus = FramingAnalysis.Corpus.Load(dir.Path);

        Assert.Equal(["r1", "r2"], corpus.Articles.Select(a => a.Id));
        Assert.All(corpus.Problems, p => Assert.Equal("title", p.Field));
    }

    [Fact]
    public void Case3_LoneCarriageReturnInAQuotedField_KeepsLinesAlignedAfterABrokenQuote()
    {
        // Found by the property tests: CsvHelper counts a lone CR as a line break, so restarts must too.
        using var dir = new TempDir();
        dir.File("articles.csv", Header +
            "r0,S,en,,\"a\rb\",u,text zero\n" +
            "r1,S,en,,\"never closed,u,text one\n" +
            "r2,S,en,,\" b\"\" \",u,text two\n");
        var corpus = FramingAnalysis.Corpus.Load(dir.Path);

        Assert.Equal(["r0", "r2"], corpus.Articles.Select(a => a.Id));
        Assert.Equal(4L, Assert.Single(corpus.Problems).Line); // r1 starts on line 4: the CR in r0 ends line 2
    }

    [Fact]
    public void Case3_ExcelSeparatorLine_StillNamesTheSeparator_AndRestartsKeepLineNumbers()
    {
        // The separator now comes from the header line; an Excel "sep=;" line before it still decides.
        using var dir = new TempDir();
        dir.Bytes("articles.csv", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("sep=;\n" + Header.Replace(',', ';') +
            "a1;S;en;;T;u;Body, with commas\n" +
            "a2;S;en;;\"Never closed;u;Body\n" +
            "a3;S;en;;T;u;Body three\n")]);
        var corpus = FramingAnalysis.Corpus.Load(dir.Path);

        Assert.Equal(["a1", "a3"], corpus.Articles.Select(a => a.Id));
        Assert.Equal("Body, with commas", corpus.Articles[0].Paragraphs[0]);
        var problem = Assert.Single(corpus.Problems);
        Assert.Equal((4L, "title"), (problem.Line, problem.Field));
    }

    [Fact]
    public void Case2_LoneSurrogateAndWrongTypesInAJsonArray_RejectThoseRecordsOnly()
    {
        using var dir = new TempDir();
        var path = dir.File("articles.json", "[\n" +
            """{"id":"a1","source":"S","text":"fine"},""" + "\n" +
            """{"id":"a2","source":"S","text":"lone \ud800 x"},""" + "\n" +
            """{"id":"a3","source":["S"],"text":"array source"},""" + "\n" +
            """{"id":"a4","source":"S","text":"last"}""" + "\n]\n");
        var corpus = FramingAnalysis.Corpus.Load(path);

        Assert.Equal(["a1", "a4"], corpus.Articles.Select(a => a.Id));
        Assert.Equal(["3:text", "4:source"], corpus.Problems.Select(p => $"{p.Line}:{p.Field}"));
    }
}
