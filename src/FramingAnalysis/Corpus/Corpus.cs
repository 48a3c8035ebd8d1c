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
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<CorpusFormat, CorpusReader> Registered = new();

    /// <summary>
    /// Registers a reader for a format the core package does not read itself (FramingAnalysis.Html registers
    /// <see cref="CorpusFormat.Html"/>). A later registration for the same format replaces the earlier one. Thread-safe.
    /// </summary>
    public static void Register(CorpusReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        Registered[reader.Format] = reader;
    }

    /// <summary>The reader registered for <paramref name="format"/>, or <see langword="null"/>.</summary>
    public static CorpusReader? RegisteredReader(CorpusFormat format) => Registered.GetValueOrDefault(format);

    /// <summary>
    /// Chooses the reader for a path: a <c>.csv</c> file or a folder with <c>articles.csv</c> → CSV; a <c>.tsv</c> file
    /// or a folder with <c>articles.tsv</c> → TSV; a <c>.jsonl</c> / <c>.ndjson</c> file or a folder with such files →
    /// JSON Lines (every <c>.jsonl</c> file of the folder is read, in ordinal name order, as one corpus); a <c>.json</c> file or a folder with <c>articles.json</c> → a JSON array; a folder whose files include
    /// <c>.html</c>/<c>.htm</c> pages and no <c>.txt</c>/<c>.md</c> files → saved web pages; any other folder → a folder
    /// of text files.
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
                ".tsv" or ".tab" => CorpusFormat.Tsv,
                ".jsonl" or ".ndjson" => CorpusFormat.JsonLines,
                ".json" => CorpusFormat.JsonArray,
                _ => throw new NotSupportedException($"{path}: no corpus reader for '{ext}' files (use .csv, .tsv, .jsonl, .json, or a folder of .txt/.md or .html files)"),
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

        if (File.Exists(Path.Combine(path, "articles.tsv")))
        {
            return CorpusFormat.Tsv;
        }

        if (File.Exists(Path.Combine(path, "articles.jsonl")) || Directory.EnumerateFiles(path, "*.jsonl").Any())
        {
            return CorpusFormat.JsonLines;
        }

        if (File.Exists(Path.Combine(path, "articles.json")))
        {
            return CorpusFormat.JsonArray;
        }

        return IsHtmlFolder(path) ? CorpusFormat.Html : CorpusFormat.TextFolder;
    }

    /// <summary>
    /// Streams the articles at <paramref name="path"/>; problems and counts go to <paramref name="problems"/> as the
    /// stream is enumerated.
    /// </summary>
    /// <exception cref="NotSupportedException">A folder of web pages, and no HTML reader is registered.</exception>
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
            CorpusFormat.Tsv => isFolder
                ? CsvCorpusReader.ReadAsync(Path.Combine(path, "articles.tsv"), Path.Combine(path, "comments.tsv"), problems, options, cancellationToken)
                : CsvCorpusReader.ReadAsync(path, Path.Combine(Path.GetDirectoryName(path) ?? ".", "comments.tsv"), problems, options, cancellationToken),
            CorpusFormat.JsonLines => isFolder
                ? JsonlCorpusReader.ReadFilesAsync(FindJsonl(path), problems, options, cancellationToken)
                : JsonlCorpusReader.ReadAsync(path, problems, options, cancellationToken),
            CorpusFormat.JsonArray => JsonArrayCorpusReader.ReadAsync(isFolder ? Path.Combine(path, "articles.json") : path, problems, options, cancellationToken),
            CorpusFormat.TextFolder => TextFolderCorpusReader.ReadAsync(path, problems, options, cancellationToken),
            _ => (RegisteredReader(format) ?? throw new NotSupportedException(
                    $"{path}: a folder of {format} files needs its reader registered first (for web pages: add the FramingAnalysis.Html package and call HtmlCorpusReader.Register())"))
                .ReadAsync(path, problems, options ?? CorpusReadOptions.Default, cancellationToken),
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

    private static bool IsHtmlFolder(string folder)
    {
        var html = false;
        // Links are not followed (issue 23): a link loop would hang the scan, as it did the text-folder reader.
        var scan = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint };
        foreach (var file in Directory.EnumerateFiles(folder, "*.*", scan))
        {
            var ext = Path.GetExtension(file).ToLowerInvariant();
            if (ext is ".txt" || ext is ".md" && !string.Equals(Path.GetFileName(file), "README.md", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            html |= ext is ".html" or ".htm";
        }

        return html;
    }

    // Every .jsonl file of the folder, so that a corpus split over several files is read whole (not just its first file).
    private static List<string> FindJsonl(string folder) =>
        [.. Directory.EnumerateFiles(folder, "*.jsonl").Order(StringComparer.Ordinal)];
}
