namespace FramingAnalysis.Tests;

/// <summary>Finds files of the repository (the sample corpus, test data) from the test's output folder.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Corpus => Path.Combine(Root, "corpus");

    public static string TestData(string name) => Path.Combine(Root, "tests", "data", name);

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "FramingAnalysis.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("FramingAnalysis.sln not found above " + AppContext.BaseDirectory);
    }
}
