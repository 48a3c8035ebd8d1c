using System.Globalization;
using System.Text;
using FramingAnalysis.Tests.Cli;

namespace FramingAnalysis.Tests.DataFrames;

/// <summary><c>framing analyze --format csv</c> must load in pandas (<c>pd.read_csv</c>) and R (<c>read.csv</c>) with no
/// options: UTF-8 without BOM, one header line, '.' decimals, no thousands separators, whatever the machine's culture.</summary>
public class CsvOutputTests
{
    [Fact]
    public async Task AnalyzeCsv_UnderACommaDecimalCulture_IsUtf8WithInvariantNumbers()
    {
        using var dir = new TempDir();
        var path = Path.Combine(dir.Path, "units.csv");
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = new CultureInfo("de-DE");
        try
        {
            var (code, _, err) = await CorpusCommandTests.Run("analyze", RepoPaths.Corpus, "--format", "csv", "--out", path, "--targets", Path.Combine(RepoPaths.Corpus, "targets.json"));
            Assert.True(code == 0, err);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }

        var bytes = File.ReadAllBytes(path);
        Assert.False(bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF, "no BOM");
        var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        Assert.Contains("Reclusión", text); // non-ASCII survives as UTF-8
        var lines = text.Split('\n');
        var header = lines[0].Split(',');
        Assert.Equal("article_id", header[0]);
        var compound = Array.IndexOf(header, "sentiment_compound");
        var index = Array.IndexOf(header, "index");
        // Rows whose text has no comma or quote split cleanly; their numbers must parse invariantly.
        var simple = lines.Skip(1).Where(l => l.Length > 0 && !l.Contains('"')).Take(20).ToList();
        Assert.NotEmpty(simple);
        foreach (var line in simple)
        {
            var cells = line.Split(',');
            Assert.Equal(header.Length, cells.Length);
            Assert.True(double.TryParse(cells[compound], NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && v is >= -1 and <= 1, cells[compound]);
            Assert.Matches("^[0-9]+$", cells[index]);
        }
    }
}
