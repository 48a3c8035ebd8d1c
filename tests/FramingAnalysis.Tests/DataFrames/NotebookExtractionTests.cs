using System.Text.Json;

namespace FramingAnalysis.Tests.DataFrames;

/// <summary>The CI check of samples/notebooks/compare-sources.ipynb runs the code that NotebookToApp.cs extracts; these
/// tests make sure that extraction leaves no code cell out except the ones marked as needing an unmerged package.</summary>
public class NotebookExtractionTests
{
    private static string NotebookPath => Path.Combine(RepoPaths.Root, "samples", "notebooks", "compare-sources.ipynb");

    [Fact]
    public void Extraction_CoversEveryCodeCell_ExceptReferencesAndUnmergedPackageCells()
    {
        var x = NotebookToApp.Extract(NotebookPath, RepoPaths.Root);
        var codeCells = CodeCells().ToList();
        Assert.Equal(codeCells.Count, x.CodeCells);
        Assert.NotNull(x.ReferencesCell);
        var accounted = x.Included.Concat(x.Skipped.Select(s => s.Cell)).Append(x.ReferencesCell!.Value).Order().ToList();
        Assert.Equal(codeCells.Select(c => c.Index).Order(), accounted);
        foreach (var i in x.Included)
        {
            Assert.Contains($"NotebookHost.Cell({i});", x.Program);
        }
    }

    [Fact]
    public void Extraction_SkipsNoCell_NowThatTheMlPackageIsInTheRepository()
    {
        var x = NotebookToApp.Extract(NotebookPath, RepoPaths.Root);
        Assert.Empty(x.Skipped);
        Assert.Contains("#:project " + Path.Combine(RepoPaths.Root, "src", "FramingAnalysis.ML", "FramingAnalysis.ML.csproj"), x.Program);
        Assert.Contains("ModelEvaluator.CrossValidate", x.Program);
    }

    [Fact]
    public void Extraction_ReplacesTheReferencesCellWithProjectDirectives()
    {
        var x = NotebookToApp.Extract(NotebookPath, RepoPaths.Root);
        Assert.Contains("#:project " + Path.Combine(RepoPaths.Root, "src", "FramingAnalysis", "FramingAnalysis.csproj"), x.Program);
        Assert.Contains("#:project " + Path.Combine(RepoPaths.Root, "src", "FramingAnalysis.DataFrames", "FramingAnalysis.DataFrames.csproj"), x.Program);
        Assert.DoesNotContain("Microsoft.DotNet.Interactive", x.Program);
        Assert.DoesNotContain("#r ", x.Program);
    }

    [Fact]
    public void ReferencesCell_PinsThePackagesToTheVersionInDirectoryBuildProps()
    {
        var props = System.Xml.Linq.XDocument.Load(Path.Combine(RepoPaths.Root, "Directory.Build.props"));
        var version = props.Descendants("Version").Single().Value;
        var references = CodeCells().Single(c => c.Source.StartsWith("// notebook: references", StringComparison.Ordinal)).Source;
        Assert.Contains($"const string version = \"{version}\";", references, StringComparison.Ordinal);
        Assert.Contains($"#r \"nuget: FramingAnalysis.Charts, {version}\"", references, StringComparison.Ordinal);
        Assert.Contains("#i \"nuget: ", references, StringComparison.Ordinal);
    }

    [Fact]
    public void Notebook_IsSavedWithOutputsCleared()
    {
        foreach (var (index, cell, _) in CodeCells())
        {
            Assert.True(cell.GetProperty("outputs").GetArrayLength() == 0, $"cell {index} has outputs");
            Assert.Equal(JsonValueKind.Null, cell.GetProperty("execution_count").ValueKind);
        }
    }

    [Fact]
    public void TrailingExpression_BecomesADisplayCall()
    {
        using var dir = new TempDir();
        var nb = dir.File("t.ipynb", """
            {"cells": [
              {"cell_type": "code", "metadata": {}, "outputs": [], "source": ["using System.Text;\n", "var x = 1;\n", "x + 1"]},
              {"cell_type": "code", "metadata": {}, "outputs": [], "source": ["#r \"nuget: Foo, 1.2.3\"\n", "display(2);"]}
            ], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}
            """);
        var x = NotebookToApp.Extract(nb, RepoPaths.Root);
        Assert.Contains("display(x + 1);", x.Program);
        Assert.Contains("display(2);", x.Program);
        Assert.StartsWith("using System.Text;", x.Program.Split('\n').First(l => l.StartsWith("using", StringComparison.Ordinal)));
        Assert.Equal([0, 1], x.Included);
    }

    private static IEnumerable<(int Index, JsonElement Cell, string Source)> CodeCells()
    {
        var doc = JsonDocument.Parse(File.ReadAllText(NotebookPath));
        var i = -1;
        foreach (var cell in doc.RootElement.GetProperty("cells").EnumerateArray())
        {
            i++;
            if (cell.GetProperty("cell_type").GetString() == "code")
            {
                yield return (i, cell, string.Concat(cell.GetProperty("source").EnumerateArray().Select(s => s.GetString())));
            }
        }
    }
}
