namespace FramingAnalysis;

/// <summary>
/// Validates articles that a <see cref="CorpusReader"/> outside the core package has put together, with the rules and
/// problem reports of the built-in readers, and keeps <c>read + rejected = present</c>. One per read; not thread-safe.
/// </summary>
public sealed class ArticleChecker
{
    private readonly RecordValidator _validator;

    /// <summary>Makes a checker that adds problems and counts to <paramref name="problems"/>.</summary>
    public ArticleChecker(CorpusProblems problems, CorpusReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(problems);
        _validator = new RecordValidator(problems, options ?? CorpusReadOptions.Default);
    }

    /// <summary>
    /// Validates one article given as fields. <paramref name="paragraphs"/> null means "split <paramref name="text"/>
    /// as text copied from a page". Comments are (id, author, published, text, parent id) tuples; <c>metadata</c> goes to
    /// <see cref="Article.Metadata"/>. Returns the article, or <see langword="null"/> after reporting why it was rejected.
    /// </summary>
    public Article? Check(
        RecordLocation location,
        string? id,
        string? source,
        string? language,
        string? published,
        string? title,
        string? url,
        IReadOnlyList<string>? paragraphs,
        string? text = null,
        IReadOnlyList<(string? Id, string? Author, string? Published, string? Text, string? ParentId)>? comments = null,
        IReadOnlyDictionary<string, string>? metadata = null)
    {
        var raw = new RawArticle
        {
            Location = location,
            Id = id,
            Source = source,
            Language = language,
            Published = published,
            Title = title,
            Url = url,
            Paragraphs = paragraphs?.ToList(),
            Text = text,
        };
        foreach (var c in comments ?? [])
        {
            raw.Comments.Add(new RawComment { Location = location, ArticleId = id, Id = c.Id, Author = c.Author, Published = c.Published, Text = c.Text, ParentId = c.ParentId });
        }

        foreach (var (key, value) in metadata ?? Article.EmptyMetadata)
        {
            raw.Metadata[key] = value;
        }

        return _validator.Validate(raw);
    }

    /// <summary>Rejects a record the reader could not read at all (for example a file that is not valid UTF-8).</summary>
    public void Reject(RecordLocation location, string field, string message, string? id = null) => _validator.RejectArticle(location, field, message, id);

    /// <summary>Reports a problem that does not reject the record.</summary>
    public void Warn(RecordLocation location, string field, string message, string? id = null) => _validator.Report(location, field, message, ProblemSeverity.Warning, id);
}
