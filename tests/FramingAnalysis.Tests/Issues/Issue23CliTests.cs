using System.IO.Compression;
using System.Text;
using FramingAnalysis.Analysis;
using FramingAnalysis.Cli;
using FramingAnalysis.Cli.Commands;
using FramingAnalysis.Sentiment;
using FramingAnalysis.Tests.Cli;

namespace FramingAnalysis.Tests.Issues;

/// <summary>Issue 23, hostile input to the <c>framing</c> tool: documented exit codes, no partial output that looks complete.</summary>
public class Issue23CliTests
{
    private const string Header = "id,source,language,published,title,url,text\n";

    private static string SmallCorpus(TempDir dir, string source = "Wire") =>
        dir.File("corpus/articles.csv", Header +
            $"a1,\"{source.Replace("\"", "\"\"")}\",en,,The council votes,,\"The council approved the budget for the new bridge.\"\n" +
            $"a2,\"{source.Replace("\"", "\"\"")}\",en,,Residents react,,\"Residents said the bridge will help local shops.\"\n" +
            "a3,Post,en,,Bridge costs rise,,\"Critics warned that the bridge costs too much.\"\n");

    private static string[] Leftovers(string folder, string keep) =>
        [.. Directory.EnumerateFileSystemEntries(folder).Select(Path.GetFileName).Where(n => n != keep).Select(n => n!)];

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>An error writer that cancels a run when the first progress line arrives: an interruption at a known point, without timing.</summary>
    private sealed class CancelOnProgress(CancellationTokenSource cts, string marker) : StringWriter
    {
        public override void WriteLine(string? value)
        {
            base.WriteLine(value);
            if (value is not null && value.Contains(marker, StringComparison.Ordinal))
            {
                cts.Cancel();
            }
        }

        public override Task WriteLineAsync(string? value)
        {
            WriteLine(value);
            return Task.CompletedTask;
        }
    }

    [Fact]
    public async Task Case7_AnalyzeAndCompareExitOne_WhenEveryRecordIsRejected_AndWriteNoOutput()
    {
        using var dir = new TempDir();
        dir.File("bad/articles.csv", Header + ",Wire,en,,T,,no id\na2,,en,,T,,no source\n");
        var bad = Path.Combine(dir.Path, "bad");
        var units = Path.Combine(dir.Path, "units.jsonl");

        var (analyze, _, analyzeError) = await CorpusCommandTests.Run("analyze", bad, "--out", units);
        var (compare, _, compareError) = await CorpusCommandTests.Run("compare", bad, "--out", Path.Combine(dir.Path, "report.md"));
        var (corpus, _, _) = await CorpusCommandTests.Run("corpus", bad);

        Assert.Equal((FramingCli.InputProblems, FramingCli.InputProblems, FramingCli.InputProblems), (analyze, compare, corpus));
        Assert.Contains("no article was analyzed", analyzeError);
        Assert.Contains("no article was analyzed", compareError);
        Assert.Equal(["bad"], Leftovers(dir.Path, "none"));
    }

    [Fact]
    public async Task Case7_AnalyzeExitsOne_OnAnEmptyCorpus()
    {
        using var dir = new TempDir();
        var empty = dir.File("empty.jsonl", "\n");
        var (code, output, error) = await CorpusCommandTests.Run("analyze", empty);

        Assert.Equal(FramingCli.InputProblems, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains("0 articles analyzed", error);
    }

    [Fact]
    public async Task Case8_OutIntoMissingFolders_CreatesThem_AndLeavesOnlyTheFile()
    {
        using var dir = new TempDir();
        var corpus = Path.GetDirectoryName(SmallCorpus(dir))!;
        var target = Path.Combine(dir.Path, "out", "deeper", "units.csv");

        var (code, _, error) = await CorpusCommandTests.Run("analyze", corpus, "--format", "csv", "--out", target);

        Assert.True(code == 0, error);
        Assert.StartsWith("article_id,source", File.ReadAllText(target));
        Assert.Empty(Leftovers(Path.GetDirectoryName(target)!, "units.csv"));
    }

    [Fact]
    public async Task Case8_UnwritableOut_FailsBeforeAnyWork_WithOneLine()
    {
        using var dir = new TempDir();
        var corpus = Path.GetDirectoryName(SmallCorpus(dir))!;
        var file = dir.File("plain.txt", "a file, not a folder");

        var (analyze, _, analyzeError) = await CorpusCommandTests.Run("analyze", corpus, "--out", Path.Combine(file, "units.jsonl"));
        var (folder, _, folderError) = await CorpusCommandTests.Run("analyze", corpus, "--out", dir.Path);
        var (compare, _, compareError) = await CorpusCommandTests.Run("compare", corpus, "--out", Path.Combine(file, "report.md"));
        var (tables, _, tablesError) = await CorpusCommandTests.Run("compare", corpus, "--format", "csv", "--out", file);

        Assert.Equal([2, 2, 2, 2], new[] { analyze, folder, compare, tables });
        foreach (var error in new[] { analyzeError, folderError, compareError, tablesError })
        {
            Assert.Single(Lines(error));
            Assert.Contains("cannot write --out", error);
            Assert.DoesNotContain("articles analyzed", error);
        }
    }

    [Fact]
    public async Task Case6_InterruptedAnalyze_RemovesThePartialFile_AndSaysSo()
    {
        using var dir = new TempDir();
        var corpus = Path.GetDirectoryName(SmallCorpus(dir))!;
        var outFolder = Path.Combine(dir.Path, "out");
        foreach (var format in new[] { "jsonl", "csv", "parquet" })
        {
            using var cts = new CancellationTokenSource();
            var error = new CancelOnProgress(cts, "framing analyze: 1 articles");
            var target = Path.Combine(outFolder, "units." + format);

            var code = await FramingCli.RunAsync(["analyze", corpus, "--format", format, "--out", target, "--progress-every", "1"], new StringWriter(), error, cts.Token);

            Assert.Equal(FramingCli.InputProblems, code);
            Assert.Contains($"interrupted; {target} not written", error.ToString());
            Assert.Empty(Directory.EnumerateFileSystemEntries(outFolder));
        }
    }

    [Fact]
    public async Task Case6_InterruptedCompare_WritesNoReport_AndSaysSo()
    {
        using var dir = new TempDir();
        var corpus = Path.GetDirectoryName(SmallCorpus(dir))!;
        var target = Path.Combine(dir.Path, "out", "report.md");
        using var cts = new CancellationTokenSource();
        var error = new CancelOnProgress(cts, "framing compare: 1 articles");

        var code = await FramingCli.RunAsync(["compare", corpus, "--out", target, "--progress-every", "1"], new StringWriter(), error, cts.Token);

        Assert.Equal(FramingCli.InputProblems, code);
        Assert.Contains("interrupted", error.ToString());
        Assert.Empty(Directory.EnumerateFileSystemEntries(Path.GetDirectoryName(target)!));
    }

    [Fact]
    public async Task Case9_CorruptModelZip_IsOneCleanLine()
    {
        using var dir = new TempDir();
        var corpus = Path.GetDirectoryName(SmallCorpus(dir))!;
        var notZip = dir.Bytes("not-a-zip.zip", Encoding.UTF8.GetBytes("PK\u0003\u0004 this is not really a zip"));
        var badMetadata = Path.Combine(dir.Path, "bad-metadata.zip");
        using (var zip = ZipFile.Open(badMetadata, ZipArchiveMode.Create))
        {
            using var writer = new StreamWriter(zip.CreateEntry("framing-model.json").Open());
            writer.Write("{\"task\": [not json");
        }

        foreach (var model in new[] { notZip, badMetadata })
        {
            var (code, _, error) = await CorpusCommandTests.Run("analyze", corpus, "--model", model);

            Assert.Equal(FramingCli.UsageError, code);
            var line = Assert.Single(Lines(error));
            Assert.Contains(model, line);
            Assert.DoesNotContain("   at ", error);
        }
    }

    [Fact]
    public async Task Case13_CsvCellsThatCouldRunAsFormulas_AreEscapedWithAQuote()
    {
        using var dir = new TempDir();
        var corpus = Path.GetDirectoryName(SmallCorpus(dir, "=HYPERLINK(\"http://x\",\"y\")"))!;
        var units = Path.Combine(dir.Path, "units.csv");
        var tables = Path.Combine(dir.Path, "tables");

        var (analyze, _, analyzeError) = await CorpusCommandTests.Run("analyze", corpus, "--format", "csv", "--out", units);
        var (compare, _, compareError) = await CorpusCommandTests.Run("compare", corpus, "--format", "csv", "--out", tables, "--resamples", "20", "--permutations", "20");

        Assert.True(analyze == 0, analyzeError);
        Assert.True(compare == 0, compareError);
        var unitCsv = File.ReadAllText(units);
        Assert.Contains(",\"'=HYPERLINK(", unitCsv);
        Assert.DoesNotContain(",=HYPERLINK", unitCsv);
        Assert.DoesNotContain(",\"=HYPERLINK", unitCsv);
        foreach (var table in Directory.EnumerateFiles(tables, "*.csv"))
        {
            var text = File.ReadAllText(table);
            Assert.DoesNotContain(",=HYPERLINK", text);
            Assert.DoesNotContain(",\"=HYPERLINK", text);
            Assert.False(text.StartsWith("=HYPERLINK", StringComparison.Ordinal) || text.Contains("\n=HYPERLINK") || text.Contains("\n\"=HYPERLINK"), table);
        }

        Assert.Contains("'=HYPERLINK", File.ReadAllText(Path.Combine(tables, "frames.csv")));
        Assert.Contains("-0.", unitCsv); // negative scores are numbers, written as they are
    }

    [Fact]
    public async Task Case13_MarkdownReport_EscapesHtmlInSourceAndTargetNames()
    {
        using var dir = new TempDir();
        var corpus = Path.GetDirectoryName(SmallCorpus(dir, "<script>alert(1)</script>"))!;
        var targets = dir.File("targets.json", """{"targets":[{"name":"<b>Bridge</b>","aliases":{"en":["bridge"]}}]}""");

        var (code, output, error) = await CorpusCommandTests.Run("compare", corpus, "--targets", targets, "--resamples", "20", "--permutations", "20");

        Assert.True(code == 0, error);
        Assert.DoesNotContain("<script>", output);
        Assert.DoesNotContain("<b>", output);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", output);
        Assert.Contains("&lt;b&gt;Bridge&lt;/b&gt;", output);
    }

    [Fact]
    public async Task Case14_TargetsWithDuplicateNamesOrAliasesThatCannotMatch_FailBeforeWork_WithFileLineField()
    {
        using var dir = new TempDir();
        var corpus = Path.GetDirectoryName(SmallCorpus(dir))!;
        var targets = dir.File("targets.json", """
            {
              "targets": [
                { "name": "Bridge", "aliases": { "en": ["the bridge", "  ", "!!!"] } },
                { "name": "bridge", "aliases": { "en": ["span"] } }
              ]
            }
            """);

        var (code, _, error) = await CorpusCommandTests.Run("analyze", corpus, "--targets", targets);

        Assert.Equal(FramingCli.UsageError, code);
        Assert.Contains($"{targets}:3: error: targets[0].aliases.en[1]: an empty or white-space alias can never match", error);
        Assert.Contains($"{targets}:3: error: targets[0].aliases.en[2]: alias '!!!' has no letter or digit", error);
        Assert.Contains($"{targets}:4: error: targets[1].name: duplicate target name 'bridge' (first at line 3)", error);
        Assert.DoesNotContain("articles analyzed", error);
    }

    [Fact]
    public async Task Case14_OneLetterAlias_IsAWarning_AndTheRunGoesOn()
    {
        using var dir = new TempDir();
        var corpus = Path.GetDirectoryName(SmallCorpus(dir))!;
        var targets = dir.File("targets.json", "{\"targets\": [\n{\"name\": \"Bridge\", \"aliases\": {\"en\": [\"bridge\", \"a\"]}}\n]}");

        var (code, _, error) = await CorpusCommandTests.Run("analyze", corpus, "--targets", targets);

        Assert.Equal(0, code);
        Assert.Contains($"{targets}:2: warning: targets[0].aliases.en[1]: one-letter alias 'a'", error);
    }

    [Theory]
    [InlineData("--resamples", "100000000")]
    [InlineData("--resamples", "0")]
    [InlineData("--permutations", "2000000000")]
    public async Task Case15_OutOfRangeResamplesOrPermutations_FailBeforeWork(string option, string value)
    {
        using var dir = new TempDir();
        var corpus = Path.GetDirectoryName(SmallCorpus(dir))!;

        var (code, _, error) = await CorpusCommandTests.Run("compare", corpus, option, value);

        Assert.Equal(FramingCli.UsageError, code);
        Assert.Single(Lines(error));
        Assert.DoesNotContain("articles analyzed", error);
    }

    [Fact]
    public async Task Case15_ParquetHonoursProgressEvery()
    {
        using var dir = new TempDir();
        var corpus = Path.GetDirectoryName(SmallCorpus(dir))!;

        var (quiet, _, quietError) = await CorpusCommandTests.Run("analyze", corpus, "--format", "parquet", "--out", Path.Combine(dir.Path, "q.parquet"), "--progress-every", "0");
        var (chatty, _, chattyError) = await CorpusCommandTests.Run("analyze", corpus, "--format", "parquet", "--out", Path.Combine(dir.Path, "c.parquet"), "--progress-every", "1");

        Assert.Equal((0, 0), (quiet, chatty));
        Assert.DoesNotContain("framing analyze: 1 articles", quietError);
        Assert.Contains("framing analyze: 1 articles", chattyError);
    }

    [Fact]
    public async Task Case15_TrainAutoOnFewerRowsThanFolds_IsAClearError()
    {
        using var dir = new TempDir();
        var data = dir.File("tiny.tsv", "id\tlanguage\ttarget\ttext\tlabel\n1\ten\tMine\tYes to the mine.\tfavor\n2\ten\tMine\tNo mine.\tagainst\n3\ten\tMine\tThe mine meets.\tneutral\n");

        var (code, _, error) = await CorpusCommandTests.Run("train", "--task", "stance", "--data", data, "--out", Path.Combine(dir.Path, "m.zip"));

        Assert.Equal(FramingCli.InputProblems, code);
        Assert.Contains("3 labelled units are too few for --trainer auto", error);
        Assert.DoesNotContain("   at ", error);
    }

    [Fact]
    public async Task Case15_TrainingCsvWithAnUnclosedQuote_IsReportedAsSuch()
    {
        using var dir = new TempDir();
        var data = dir.File("data.csv", "id,language,target,text,label\n1,en,Mine,\"Yes to the mine.,favor\n2,en,Mine,No mine.,against\n");

        var (code, _, error) = await CorpusCommandTests.Run("train", "--task", "stance", "--data", data, "--out", Path.Combine(dir.Path, "m.zip"));

        Assert.Equal(FramingCli.InputProblems, code);
        Assert.Contains($"{data}:2: column 'text': unbalanced quote", error);
        Assert.DoesNotContain("empty label", error);
    }

    [Fact]
    public async Task Case3_AgreementInputWithAStrayQuote_IsReported_NotSilentlyMerged()
    {
        using var dir = new TempDir();
        var path = dir.File("coders.csv", "id,a,b\nu1,\"favor,favor\nu2,against,against\nu3,neutral,\"neutral\"\n");

        var (code, output, error) = await CorpusCommandTests.Run("agreement", path);

        Assert.Equal(FramingCli.InputProblems, code);
        Assert.Contains($"{path}:2: column 'a': unbalanced quote", error);
        Assert.Equal(string.Empty, output);
    }

    /// <summary>A scorer that fails on every unit, so that every article of a run fails.</summary>
    private sealed class FailingSentiment : SentimentScorer
    {
        public override string Name => "failing";

        public override IReadOnlyDictionary<string, string> ResourceVersions { get; } = new Dictionary<string, string>();

        public override SentimentResult Score(FramingAnalysis.Text.AnalyzedText text) => throw new InvalidOperationException("scorer broke");
    }

    [Fact]
    public async Task Case7_EveryArticleFailed_FailsTheRun()
    {
        using var dir = new TempDir();
        var corpus = Path.GetDirectoryName(SmallCorpus(dir))!;
        var analyzer = FramingAnalyzer.Create(new AnalyzerOptions { Sentiment = new FailingSentiment() });
        var error = new StringWriter();
        var run = new AnalyzeRun(analyzer, corpus, CorpusReadOptions.Default, 0, error);
        using var records = new FramingAnalysis.Reporting.UnitRecordWriter(new StringWriter(), csv: false, []);

        await run.WriteRecordsAsync(records, null, CancellationToken.None);
        var succeeded = await run.ReportAsync(null);

        Assert.False(succeeded);
        Assert.Contains("0 articles analyzed, 3 failed", error.ToString());
        Assert.Contains("could not be analyzed: scorer broke", error.ToString());
    }

    [Fact]
    public async Task Case2_CompareWithALoneSurrogateRecord_WritesTheReport_AndNamesTheRecord()
    {
        using var dir = new TempDir();
        var corpus = dir.File("c.jsonl",
            """{"id":"a1","source":"S1","language":"en","text":"The council approved the bridge."}""" + "\n" +
            """{"id":"a3","source":"S2","language":"en","text":"Critics warned about the bridge."}""" + "\n" +
            """{"id":"a2","source":"S1","text":"lone \ud800 x"}""" + "\n");
        var report = Path.Combine(dir.Path, "report.md");

        var (code, _, error) = await CorpusCommandTests.Run("compare", corpus, "--out", report, "--resamples", "20", "--permutations", "20");

        Assert.True(code == 0, error);
        Assert.True(File.Exists(report));
        Assert.Contains($"{corpus}:3: error: text: invalid string", error);
    }
}
