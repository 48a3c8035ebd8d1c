using System.Globalization;
using System.Text.Json;
using Microsoft.VisualBasic.FileIO;

namespace FramingAnalysis.Tests.Cli;

/// <summary>
/// <c>framing analyze --format csv</c> keeps every voice and gives each frame a column (issue 24, item 4): the CSV says
/// what the JSON Lines output says, unit by unit.
/// </summary>
public sealed class AnalyzeCsvColumnsTests
{
    private static readonly string Targets = Path.Combine(RepoPaths.Corpus, "targets.json");

    private static readonly Lazy<(List<JsonElement> Json, string[] Header, List<string[]> Rows)> Outputs = new(() =>
    {
        var (jsonCode, jsonl, _) = CorpusCommandTests.Run("analyze", RepoPaths.Corpus, "--targets", Targets).GetAwaiter().GetResult();
        var (csvCode, csv, _) = CorpusCommandTests.Run("analyze", RepoPaths.Corpus, "--targets", Targets, "--format", "csv").GetAwaiter().GetResult();
        Assert.Equal((0, 0), (jsonCode, csvCode));
        var json = jsonl.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();
        using var parser = new TextFieldParser(new StringReader(csv)) { TextFieldType = FieldType.Delimited, HasFieldsEnclosedInQuotes = true };
        parser.SetDelimiters(",");
        var header = parser.ReadFields()!;
        var rows = new List<string[]>();
        while (!parser.EndOfData)
        {
            rows.Add(parser.ReadFields()!);
        }

        return (json, header, rows);
    });

    private static string Cell(string[] header, string[] row, string column)
    {
        var i = Array.IndexOf(header, column);
        Assert.True(i >= 0, $"no column {column}");
        return row[i];
    }

    [Fact]
    public void Every_frame_has_a_score_column_equal_to_the_jsonl_score()
    {
        var (json, header, rows) = Outputs.Value;
        Assert.Equal(json.Count, rows.Count);
        Assert.DoesNotContain("frames", header);
        var frameColumns = header.Where(h => h.StartsWith("frame_", StringComparison.Ordinal)).ToList();
        Assert.Equal(15, frameColumns.Count);
        Assert.Contains("frame_crime_and_punishment", frameColumns);
        for (var i = 0; i < rows.Count; i++)
        {
            var scores = json[i].GetProperty("frames").EnumerateArray().ToDictionary(f => f.GetProperty("frame").GetString()!, f => f.GetProperty("score").GetDouble());
            foreach (var column in frameColumns)
            {
                var expected = scores.GetValueOrDefault(column["frame_".Length..]);
                Assert.Equal(expected, double.Parse(Cell(header, rows[i], column), CultureInfo.InvariantCulture), 4);
            }
        }
    }

    [Fact]
    public void Own_and_quoted_voices_keep_their_own_columns()
    {
        var (json, header, rows) = Outputs.Value;
        var both = 0;
        for (var i = 0; i < rows.Count; i++)
        {
            foreach (var target in new[] { ("prison_model", "Prison model"), ("aurelio_vance", "Aurelio Vance"), ("marta_ibarra", "Marta Ibarra") })
            {
                var results = json[i].GetProperty("stance").EnumerateArray().Where(s => s.GetProperty("target").GetString() == target.Item2).ToList();
                Assert.NotEmpty(results);
                var own = results.FirstOrDefault(s => s.GetProperty("voice").GetString() != "quoted");
                var quoted = results.FirstOrDefault(s => s.GetProperty("voice").GetString() == "quoted");
                var p = "stance_" + target.Item1;
                Assert.Equal(own.ValueKind == JsonValueKind.Undefined ? "not_mentioned" : own.GetProperty("label").GetString(), Cell(header, rows[i], p + "_label"));
                Assert.Equal(quoted.ValueKind == JsonValueKind.Undefined ? "not_mentioned" : quoted.GetProperty("label").GetString(), Cell(header, rows[i], p + "_quoted_label"));
                if (quoted.ValueKind != JsonValueKind.Undefined)
                {
                    Assert.Equal(quoted.GetProperty("speaker").GetString() ?? string.Empty, Cell(header, rows[i], p + "_quoted_speaker"));
                    if (own.ValueKind != JsonValueKind.Undefined && own.GetProperty("label").GetString() != "not_mentioned")
                    {
                        both++;
                    }
                }
            }
        }

        // Before, a unit that mentions the target and quotes someone about it lost the quoted row.
        Assert.True(both > 0, "the sample corpus has no unit with both an own and a quoted stance toward a target");
    }
}
