namespace FramingAnalysis;

/// <summary>A corpus read into memory: its articles in input order, and the problems and counts of the read.</summary>
/// <param name="Path">The path it was read from.</param>
/// <param name="Format">The format the reader used.</param>
/// <param name="Articles">The articles that were read.</param>
/// <param name="Problems">Every problem found, with read and rejected counts.</param>
public sealed record LoadedCorpus(string Path, CorpusFormat Format, IReadOnlyList<Article> Articles, CorpusProblems Problems)
{
    /// <summary>Every unit of every article, in reading order, split by <see cref="UnitSplitter.Default"/>.</summary>
    public IEnumerable<TextUnit> Units()
    {
        foreach (var article in Articles)
        {
            foreach (var unit in UnitSplitter.Default.Split(article))
            {
                yield return unit;
            }
        }
    }
}
