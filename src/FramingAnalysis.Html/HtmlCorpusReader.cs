using System.Runtime.CompilerServices;
using AngleSharp.Html.Parser;

namespace FramingAnalysis.Html;

/// <summary>
/// Reads a folder of saved web pages (<c>.html</c>/<c>.htm</c>) as a corpus: each subfolder name is a source (outlet),
/// each file name (without extension) an article id, as for a folder of text files. From each page it keeps the
/// headline, byline and publication date (meta tags and JSON-LD), the body paragraphs, embedded social posts
/// (<c>blockquote.twitter-tweet</c>, <c>blockquote.instagram-media</c>, <c>.fb-post</c>) and the comment section, and
/// drops the page chrome (navigation, share bars, advertising, cookie banners, newsletters, related links).
/// </summary>
/// <remarks>
/// Call <see cref="Register"/> once (the <c>framing</c> tool does) and <see cref="Corpus.Load"/> reads such folders.
/// Thread-safe. Parsing uses AngleSharp's HTML5 parser, which decodes the page's declared character set.
/// </remarks>
public sealed class HtmlCorpusReader : CorpusReader
{
    private static readonly HtmlParser Parser = new();

    /// <summary>The reader that <see cref="Register"/> registers.</summary>
    public static HtmlCorpusReader Instance { get; } = new();

    /// <inheritdoc />
    public override CorpusFormat Format => CorpusFormat.Html;

    /// <summary>Registers the reader with <see cref="Corpus"/>, so that a folder of web pages loads as a corpus. Idempotent.</summary>
    public static void Register() => Corpus.Register(Instance);

    /// <inheritdoc />
    /// <remarks>Symbolic links are not followed: a link to a folder above would loop forever (issue 23).</remarks>
    public override IEnumerable<string> InputFiles(string path) =>
        Directory.EnumerateFiles(path, "*.*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint })
            .Where(f => Path.GetExtension(f).ToLowerInvariant() is ".html" or ".htm")
            .Order(StringComparer.Ordinal);

    /// <inheritdoc />
    public override async IAsyncEnumerable<Article> ReadAsync(
        string path,
        CorpusProblems problems,
        CorpusReadOptions options,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(problems);
        var checker = new ArticleChecker(problems, options);
        foreach (var file in InputFiles(path).ToList())
        {
            cancellationToken.ThrowIfCancellationRequested();
            var at = new RecordLocation(file, 1);
            var id = Path.GetFileNameWithoutExtension(file);
            HtmlPage page;
            try
            {
                if (new FileInfo(file).Length > options.MaxFileBytes)
                {
                    checker.Reject(at, "record", $"file is over the limit of {options.MaxFileBytes:N0} bytes (CorpusReadOptions.MaxFileBytes); not read", id);
                    continue;
                }

                page = await ReadPageAsync(file, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException and not OperationCanceledException and not CorpusFormatException)
            {
                // One page that cannot be read or parsed is one problem, never the end of the run (issue 23).
                checker.Reject(at, "record", $"could not be read: {ex.GetType().Name}: {ex.Message}", id);
                continue;
            }

            var source = Path.GetFileName(Path.GetDirectoryName(Path.GetFullPath(file))!);
            var metadata = new Dictionary<string, string>(StringComparer.Ordinal);
            Add(metadata, "author", page.Byline);
            Add(metadata, "site_name", page.SiteName);
            Add(metadata, "comment_header", page.CommentHeader);
            var article = checker.Check(
                at,
                id,
                source,
                page.Language,
                page.Published,
                page.Title,
                page.Url,
                page.Paragraphs,
                comments: page.Comments.Select(c => ((string?)c.Id, c.Author, c.Published, (string?)c.Text, c.ParentId)).ToList(),
                metadata: metadata);
            if (article is not null)
            {
                yield return article;
            }
        }
    }

    /// <summary>Extracts the article of one saved page (for inspection and tests).</summary>
    public static async Task<HtmlPage> ReadPageAsync(string file, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        await using var stream = File.OpenRead(file);
        using var document = await Parser.ParseDocumentAsync(stream, cancellationToken).ConfigureAwait(false);
        return HtmlArticleExtractor.Extract(document);
    }

    /// <summary>Extracts the article of a page given as a string.</summary>
    public static HtmlPage ParsePage(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        using var document = Parser.ParseDocument(html);
        return HtmlArticleExtractor.Extract(document);
    }

    private static void Add(Dictionary<string, string> metadata, string key, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            metadata[key] = value;
        }
    }
}
