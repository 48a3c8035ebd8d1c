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

    /// <summary><c>articles.tsv</c> (tab-separated, same columns as CSV) with an optional <c>comments.tsv</c> beside it.</summary>
    Tsv,

    /// <summary>A <c>.json</c> file holding one JSON array of article objects (the fields of JSON Lines).</summary>
    JsonArray,

    /// <summary>A folder of saved web pages (<c>.html</c>/<c>.htm</c>), read by a registered reader such as FramingAnalysis.Html's.</summary>
    Html,
}
