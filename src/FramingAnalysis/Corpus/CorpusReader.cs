namespace FramingAnalysis;

/// <summary>
/// A corpus reader that lives outside the core package (for example FramingAnalysis.Html's reader of saved web pages)
/// and plugs into <see cref="Corpus"/> by <see cref="Corpus.Register"/>. Implementations must be thread-safe; they
/// check the records they put together with an <see cref="ArticleChecker"/>.
/// </summary>
public abstract class CorpusReader
{
    /// <summary>The format this reader reads; <see cref="Corpus.DetectFormat"/> chooses it for matching paths.</summary>
    public abstract CorpusFormat Format { get; }

    /// <summary>Streams the articles at <paramref name="path"/>, adding every problem and count to <paramref name="problems"/>.</summary>
    public abstract IAsyncEnumerable<Article> ReadAsync(string path, CorpusProblems problems, CorpusReadOptions options, CancellationToken cancellationToken);

    /// <summary>The files under <paramref name="path"/> this reader reads, for the run manifest's input hashes.</summary>
    public abstract IEnumerable<string> InputFiles(string path);
}
