namespace FramingAnalysis;

/// <summary>The on-disk formats <see cref="Corpus"/> reads and writes.</summary>
public enum CorpusFormat
{
    /// <summary><c>articles.csv</c> with an optional <c>comments.csv</c> beside it.</summary>
    Csv,

    /// <summary>JSON Lines: one article object per line, comments inline.</summary>
    JsonLines,

    /// <summary>A folder of <c>.txt</c>/<c>.md</c> files; the subfolder name is the source, the file name the id.</summary>
    TextFolder,
}
