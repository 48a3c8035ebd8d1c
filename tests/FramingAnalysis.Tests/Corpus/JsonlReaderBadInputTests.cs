using System.Text;

namespace FramingAnalysis.Tests.Corpus;

public class JsonlReaderBadInputTests
{
    [Fact]
    public void Reader_ReportsEachBadLine_AndKeepsCountsBalanced()
    {
        using var dir = new TempDir();
        var lines = new[]
        {
            """{"id":"a1","source":"Wire","language":"en","paragraphs":["One."],"comments":[{"id":"c1","text":"ok"}]}""",
            """{"id":"a2","source":"Wire","language":"en","text":"Body","comments":[{"id":"c1","text":""}]}""",
            """{"source":"Wire","text":"no id"}""",
            """{"id":"a1","source":"Wire","text":"duplicate"}""",
            """{"id":"a4","source":"Wire","language":"xx","text":"Unknown language"}""",
            """{"id":"a5","source":"Wire","text":"   "}""",
            """{"id":"a6", "source": "Wire", "text": broken""",
        };
        var path = dir.File("articles.jsonl", string.Join("\n", lines) + "\n");
        var corpus = FramingAnalysis.Corpus.Load(path);

        Assert.Equal(["a1", "a2", "a4"], corpus.Articles.Select(a => a.Id));
        var messages = corpus.Problems.Select(p => $"{p.Line}:{p.Field}").ToList();
        Assert.Equal(["2:text", "3:id", "4:id", "5:language", "6:text", "7:record"], messages);
        Assert.Equal(7, corpus.Problems.ArticlesPresent);
        Assert.Equal(2, corpus.Problems.CommentsPresent);
        Assert.All(corpus.Problems, p => Assert.StartsWith(path + ":", p.ToString()));
    }

    [Fact]
    public void Reader_RejectsInvalidUtf8Line_NamingTheField()
    {
        using var dir = new TempDir();
        var bytes = new List<byte>(Encoding.UTF8.GetBytes("{\"id\":\"a1\",\"source\":\"W\",\"text\":\"ok\"}\n{\"id\":\"a2\",\"source\":\"W\",\"title\":\"bad "));
        bytes.AddRange([0xFF, 0xFE]);
        bytes.AddRange(Encoding.UTF8.GetBytes("\",\"text\":\"x\"}\n"));
        var path = dir.Bytes("c.jsonl", [.. bytes]);
        var corpus = FramingAnalysis.Corpus.Load(path);

        var problem = Assert.Single(corpus.Problems);
        Assert.Equal(("title", 2L), (problem.Field, problem.Line));
        Assert.Contains("invalid UTF-8", problem.Message);
    }

    [Fact]
    public void Reader_RejectsA50MegabyteLine()
    {
        using var dir = new TempDir();
        var huge = new string('x', 50 * 1024 * 1024);
        var path = dir.File("c.jsonl", "{\"id\":\"a1\",\"source\":\"W\",\"text\":\"" + huge + "\"}\n{\"id\":\"a2\",\"source\":\"W\",\"text\":\"ok\"}\n");
        var corpus = FramingAnalysis.Corpus.Load(path);

        var problem = Assert.Single(corpus.Problems);
        Assert.Equal(1, problem.Line);
        Assert.Equal(["a2"], corpus.Articles.Select(a => a.Id));
    }
}
