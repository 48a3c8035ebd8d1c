using FramingAnalysis.DataFrames;
using FramingAnalysis.Tests.Cli;
using Microsoft.Data.Analysis;

namespace FramingAnalysis.Tests.DataFrames;

public class ParquetExportTests
{
    [Fact]
    public void WriteUnits_ThenRead_GivesTheSameTypedTable()
    {
        using var dir = new TempDir();
        var path = Path.Combine(dir.Path, "units.parquet");
        var units = DataFramesFixture.ScoredUnits;
        ParquetExport.WriteUnits(path, units);
        var written = units.ToDataFrame();
        var read = ParquetExport.Read(path);
        AssertSameTable(written, read);
        Assert.IsType<DoubleDataFrameColumn>(read.Columns["sentiment_compound"]);
        Assert.IsType<Int32DataFrameColumn>(read.Columns["index"]);
        Assert.IsType<StringDataFrameColumn>(read.Columns["text"]);
    }

    [Fact]
    public async Task Write_KeepsNullsNaNsDatesAndLongs()
    {
        using var dir = new TempDir();
        var path = Path.Combine(dir.Path, "t.parquet");
        var df = new DataFrame(
            new StringDataFrameColumn("s", ["a", null, "ñandú «quoted», \"x\""]),
            new DoubleDataFrameColumn("d", [1.5, double.NaN, null]),
            new Int64DataFrameColumn("n", [1L, long.MaxValue, null]),
            new PrimitiveDataFrameColumn<DateTime>("t", [new DateTime(2026, 3, 2, 18, 40, 0, DateTimeKind.Utc), null, DateTime.UnixEpoch]));
        await ParquetExport.WriteAsync(path, df);
        AssertSameTable(df, await ParquetExport.ReadAsync(path));
    }

    [Fact]
    public async Task CliAnalyze_FormatParquet_WritesEveryScoredUnit()
    {
        using var dir = new TempDir();
        var path = Path.Combine(dir.Path, "units.parquet");
        var (code, _, err) = await CorpusCommandTests.Run("analyze", RepoPaths.Corpus, "--targets", Path.Combine(RepoPaths.Corpus, "targets.json"), "--format", "parquet", "--out", path);
        Assert.True(code == 0, err);
        var read = ParquetExport.Read(path);
        Assert.Equal(234, read.Rows.Count);
        Assert.Equal("tg1/title", read.Columns["unit_id"][0]);
        Assert.Contains("stance_prison_model_label", read.Columns.Select(c => c.Name));
        AssertSameTable(DataFramesFixture.ScoredUnits.ToDataFrame(targets: ["Prison model", "Aurelio Vance", "Marta Ibarra"]), read);
    }

    [Fact]
    public async Task CliAnalyze_FormatParquet_WithoutOut_IsAUsageError()
    {
        var (code, _, err) = await CorpusCommandTests.Run("analyze", RepoPaths.Corpus, "--format", "parquet");
        Assert.Equal(2, code);
        Assert.Contains("--out", err);
    }

    [Fact]
    public async Task StreamingWriter_SplitsRowGroups_AndReadsBackInOrder()
    {
        using var dir = new TempDir();
        var path = Path.Combine(dir.Path, "units.parquet");
        var frames = FramingAnalysis.Frames.FrameSet.PolicyFrames.Frames.Select(f => f.Id).ToList();
        string[] targets = ["Prison model"];
        await using (var writer = new ParquetUnitWriter(File.Create(path), frames, targets, ownsStream: true) { RowGroupSize = 50 })
        {
            foreach (var a in DataFramesFixture.Analyses)
            {
                await writer.WriteAsync(a);
            }
        }

        AssertSameTable(DataFramesFixture.ScoredUnits.ToDataFrame(frames, targets), ParquetExport.Read(path));
    }

    internal static void AssertSameTable(DataFrame expected, DataFrame actual)
    {
        Assert.Equal(expected.Columns.Select(c => c.Name), actual.Columns.Select(c => c.Name));
        Assert.Equal(expected.Rows.Count, actual.Rows.Count);
        for (var c = 0; c < expected.Columns.Count; c++)
        {
            Assert.Equal(expected.Columns[c].DataType, actual.Columns[c].DataType);
            for (var r = 0; r < expected.Rows.Count; r++)
            {
                var e = expected.Columns[c][r];
                var a = actual.Columns[c][r];
                if (e is double de && a is double da && double.IsNaN(de))
                {
                    Assert.True(double.IsNaN(da), $"{expected.Columns[c].Name}[{r}]");
                }
                else
                {
                    Assert.True(Equals(e, a), $"{expected.Columns[c].Name}[{r}]: expected {e}, got {a}");
                }
            }
        }
    }
}
