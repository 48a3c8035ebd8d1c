namespace FramingAnalysis;

/// <summary>
/// The front door for corpus input: <see cref="Load"/> reads a whole corpus, <see cref="ReadAsync"/> streams it.
/// The format is chosen from the path (see <see cref="DetectFormat"/>).
/// </summary>
/// <example>
/// <code>
/// var corpus = Corpus.Load("corpus/");
/// Console.WriteLine($"{corpus.Articles.Count} articles, {corpus.Problems.Count} problems");
/// </code>
/// </example>
public static class Corpus
{
    /// <summary>
    /// Chooses the reader for a path: a <c>.csv</c> file or a folder with <c>articles.csv</c> → CSV; a <c>.jsonl</c> /
    /// <c>.ndjson</c> file or a folder with such files → JSON Lines (every <c>.jsonl</c> file of the folder is read, in
    /// ordinal name order, as one corpus); any other folder → a folder of text files.
    /// </summary>
    /// <exception cref="FileNotFoundException">The path does not exist.</exception>
    /// <exception cref="NotSupportedException">A file with an extension no reader handles.</exception>
    public static CorpusFormat DetectFormat(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (File.Exists(path))
        {
            var ext = Path.GetExtension(path).ToLowerInvariant();
            return ext switch
            {
                ".csv" => CorpusFormat.Csv,
                ".jsonl" or ".ndjson" => CorpusFormat.JsonLines,
                _ => throw new NotSupportedException($"{path}: no corpus reader for '{ext}' files (use .csv, .jsonl or a folder of .txt/.md files)"),
            };
        }

        if (!Directory.Exists(path))
        {
            throw new FileNotFoundException($"{path}: no such file or folder", path);
        }

        if (File.Exists(Path.Combine(path, "articles.csv")))
        {
            return CorpusFormat.Csv;
        }

        if (File.Exists(Path.Combine(path, "articles.jsonl")) || Directory.EnumerateFiles(path, "*.jsonl").Any())
        {
            return CorpusFormat.JsonLines;
        }

        return CorpusFormat.TextFolder;
    }

    /// <summary>
    /// Streams the articles at <paramref name="path"/>; problems and counts go to <paramref name="problems"/> as the
    /// stream is enumerated.
    /// </summary>
    public static IAsyncEnumerable<Article> ReadAsync(string path, CorpusProblems problems, CorpusReadOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        var format = DetectFormat(path);
        var isFolder = Directory.Exists(path);
        return format switch
        {
            CorpusFormat.Csv => isFolder
                ? CsvCorpusReader.ReadAsync(Path.Combine(path, "articles.csv"), Path.Combine(path, "comments.csv"), problems, options, cancellationToken)
                : CsvCorpusReader.ReadAsync(path, Path.Combine(Path.GetDirectoryName(path) ?? ".", "comments.csv"), problems, options, cancellationToken),
            CorpusFormat.JsonLines => isFolder
                ? JsonlCorpusReader.ReadFilesAsync(FindJsonl(path), problems, options, cancellationToken)
                : JsonlCorpusReader.ReadAsync(path, problems, options, cancellationToken),
            _ => TextFolderCorpusReader.ReadAsync(path, problems, options, cancellationToken),
        };
    }

    /// <summary>Reads a whole corpus into memory.</summary>
    /// <exception cref="CorpusFormatException">In strict mode, on the first problem.</exception>
    public static async Task<LoadedCorpus> LoadAsync(string path, CorpusReadOptions? options = null, CancellationToken cancellationToken = default)
    {
        var problems = new CorpusProblems();
        var articles = new List<Article>();
        await foreach (var a in ReadAsync(path, problems, options, cancellationToken).ConfigureAwait(false))
        {
            articles.Add(a);
        }

        return new LoadedCorpus(path, DetectFormat(path), articles, problems);
    }

    /// <summary>Reads a whole corpus into memory (blocking form of <see cref="LoadAsync"/>).</summary>
    public static LoadedCorpus Load(string path, CorpusReadOptions? options = null) =>
        LoadAsync(path, options).GetAwaiter().GetResult();

    // Every .jsonl file of the folder, so that a corpus split over several files is read whole (not just its first file).
    private static List<string> FindJsonl(string folder) =>
        [.. Directory.EnumerateFiles(folder, "*.jsonl").Order(StringComparer.Ordinal)];
}
