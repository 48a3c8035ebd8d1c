namespace FramingAnalysis.Tests.Lexicons;

/// <summary>A lexicon file written for one test and deleted after it.</summary>
internal sealed class TempLexiconFile : IDisposable
{
    public TempLexiconFile(string content, string extension = ".txt")
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"fa-lexicon-{Guid.NewGuid():N}{extension}");
        File.WriteAllText(Path, content);
    }

    public string Path { get; }

    public void Dispose() => File.Delete(Path);
}
