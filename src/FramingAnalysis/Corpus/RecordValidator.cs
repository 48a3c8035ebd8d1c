using System.Globalization;

namespace FramingAnalysis;

/// <summary>
/// Turns raw records into validated <see cref="Article"/>s, reporting every problem with its file, line and field.
/// One validator per read: it remembers ids to report duplicates.
/// </summary>
internal sealed class RecordValidator
{
    private readonly CorpusProblems _problems;
    private readonly CorpusReadOptions _options;
    private readonly Dictionary<string, RecordLocation> _seenIds = new(StringComparer.Ordinal);

    public RecordValidator(CorpusProblems problems, CorpusReadOptions options)
    {
        _problems = problems;
        _options = options;
    }

    public void Report(RecordLocation at, string field, string message, ProblemSeverity severity, string? id = null) =>
        _problems.Add(new CorpusProblem(at.File, at.Line, field, message, severity, id), _options.Strict);

    public void RejectArticle(RecordLocation at, string field, string message, string? id = null)
    {
        _problems.ArticlesRejected++;
        Report(at, field, message, ProblemSeverity.Error, id);
    }

    /// <summary>Counts a rejected article whose problem was already reported once for the whole file.</summary>
    public void CountRejectedArticle() => _problems.ArticlesRejected++;

    public void RejectComment(RecordLocation at, string field, string message, string? id = null)
    {
        _problems.CommentsRejected++;
        Report(at, field, message, ProblemSeverity.Error, id);
    }

    /// <summary>Validates one article and its inline comments; returns null (after reporting) when it is rejected.</summary>
    public Article? Validate(RawArticle raw)
    {
        var at = raw.Location;
        if (raw.Rejected)
        {
            _problems.ArticlesRejected++;
            RejectComments(raw.Comments, "its article record was rejected");
            return null;
        }

        var id = raw.Id?.Trim();
        string? failField = null;
        string? failMessage = null;
        if (string.IsNullOrEmpty(id))
        {
            (failField, failMessage) = ("id", "missing id: every article needs a non-empty id");
        }
        else if (_seenIds.TryGetValue(id, out var first))
        {
            (failField, failMessage) = ("id", $"duplicate id '{id}': already used by the article at {first}; this record is not read");
        }
        else if (string.IsNullOrWhiteSpace(raw.Source))
        {
            (failField, failMessage) = ("source", "missing source: every article needs the outlet that published it");
        }
        else if ((raw.Text?.Length ?? 0) > _options.MaxTextLength || TotalLength(raw.Paragraphs) > _options.MaxTextLength)
        {
            var length = Math.Max(raw.Text?.Length ?? 0, TotalLength(raw.Paragraphs));
            (failField, failMessage) = ("text", $"text is {length:N0} characters, over the limit of {_options.MaxTextLength:N0} (CorpusReadOptions.MaxTextLength)");
        }

        if (failField is not null)
        {
            RejectArticle(at, failField, failMessage!, id);
            RejectComments(raw.Comments, "its article record was rejected");
            return null;
        }

        _seenIds[id!] = at;
        IReadOnlyList<string> paragraphs;
        IReadOnlyList<ScrapedComment> extraComments = [];
        var title = string.IsNullOrWhiteSpace(raw.Title) ? null : raw.Title.Trim();
        if (raw.Paragraphs is not null)
        {
            paragraphs = raw.Paragraphs.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p.Trim()).ToList();
        }
        else
        {
            // Text as scraped: chrome, a headline (when no title was given), a comment section (issue 20).
            var parsed = ArticleText.Parse(raw.Text ?? string.Empty, detectTitle: title is null, detectComments: true, markdown: raw.Markdown);
            paragraphs = parsed.Paragraphs;
            extraComments = parsed.Comments;
            title ??= parsed.Title;
            if (parsed.CommentHeader is not null)
            {
                raw.Metadata.TryAdd("comment_header", parsed.CommentHeader);
            }

            if (parsed.DeclaredCommentCount is { } declared && declared != parsed.Comments.Count)
            {
                Report(at, "text", $"the comment-section header announces {declared} comments and {parsed.Comments.Count} were read from the text", ProblemSeverity.Warning, id);
            }
        }

        // A headline with no body is a valid record (headline datasets): its title is its one scored unit.
        if (paragraphs.Count == 0 && title is null)
        {
            RejectArticle(at, "text", "empty text: the article has no title and no paragraphs to analyze", id);
            RejectComments(raw.Comments, "its article record was rejected");
            return null;
        }

        var language = ValidateLanguage(raw.Language, at, "language", id);
        var published = ParseDate(raw.Published, at, "published", id);
        var comments = ValidateComments(id!, raw.Comments, extraComments, at);
        _problems.ArticlesRead++;
        return new Article
        {
            Id = id!,
            Source = raw.Source!.Trim(),
            Language = language,
            Published = published,
            Title = title,
            Url = string.IsNullOrWhiteSpace(raw.Url) ? null : raw.Url.Trim(),
            Paragraphs = paragraphs,
            Comments = comments,
            Metadata = raw.Metadata.Count == 0 ? Article.EmptyMetadata : new Dictionary<string, string>(raw.Metadata, StringComparer.Ordinal).AsReadOnly(),
            Location = at,
        };
    }

    /// <summary>Rejects comments whose article is missing or was rejected.</summary>
    public void RejectComments(IEnumerable<RawComment> comments, string reason)
    {
        foreach (var c in comments)
        {
            RejectComment(c.Location, "article_id", $"comment '{c.Id}' not read: {reason}", c.Id);
        }
    }

    private List<Comment> ValidateComments(string articleId, List<RawComment> raws, IReadOnlyList<ScrapedComment> fromText, RecordLocation articleAt)
    {
        var result = new List<Comment>(raws.Count + fromText.Count);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var present = new HashSet<string>(StringComparer.Ordinal);
        foreach (var raw in raws)
        {
            if (raw.Id?.Trim() is { Length: > 0 } id)
            {
                present.Add(id);
            }
        }

        foreach (var raw in raws)
        {
            if (raw.Rejected)
            {
                _problems.CommentsRejected++;
                continue;
            }

            var cid = raw.Id?.Trim();
            if (string.IsNullOrEmpty(cid))
            {
                RejectComment(raw.Location, "id", $"missing comment id (article '{articleId}')");
                continue;
            }

            if (!ids.Add(cid))
            {
                RejectComment(raw.Location, "id", $"duplicate comment id '{cid}' in article '{articleId}'; this record is not read", cid);
                continue;
            }

            if (string.IsNullOrWhiteSpace(raw.Text))
            {
                RejectComment(raw.Location, "text", $"empty text in comment '{cid}'", cid);
                continue;
            }

            if (raw.Text.Length > _options.MaxTextLength)
            {
                RejectComment(raw.Location, "text", $"comment text is {raw.Text.Length:N0} characters, over the limit of {_options.MaxTextLength:N0}", cid);
                continue;
            }

            var parent = string.IsNullOrWhiteSpace(raw.ParentId) ? null : raw.ParentId.Trim();
            if (parent is not null && !present.Contains(parent))
            {
                Report(raw.Location, "parent_id", $"comment '{cid}' replies to '{parent}', which is not a comment of article '{articleId}'; kept as a top-level comment", ProblemSeverity.Warning, cid);
                parent = null;
            }

            _problems.CommentsRead++;
            result.Add(new Comment
            {
                Id = cid,
                Author = string.IsNullOrWhiteSpace(raw.Author) ? null : raw.Author.Trim(),
                Published = ParseDate(raw.Published, raw.Location, "published", cid),
                Text = raw.Text.Trim(),
                ParentId = parent,
                Location = raw.Location,
            });
        }

        var n = 0;
        foreach (var scraped in fromText)
        {
            string cid;
            do
            {
                cid = $"c{++n}";
            }
            while (!ids.Add(cid));

            _problems.CommentsRead++;
            result.Add(new Comment
            {
                Id = cid,
                Text = scraped.Text,
                Author = scraped.Author,
                Metadata = scraped.Time is null ? Article.EmptyMetadata : new Dictionary<string, string>(StringComparer.Ordinal) { ["time"] = scraped.Time }.AsReadOnly(),
                Location = articleAt,
            });
        }

        return result;
    }

    private string? ValidateLanguage(string? value, RecordLocation at, string field, string? id)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (LanguageCodes.TryNormalize(value, out var normalized))
        {
            return normalized;
        }

        Report(at, field, $"unknown language code '{value.Trim()}' (expected a BCP-47 tag such as 'en' or 'es'); the language will be detected from the text", ProblemSeverity.Warning, id);
        return null;
    }

    private DateTimeOffset? ParseDate(string? value, RecordLocation at, string field, string? id)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (DateTimeOffset.TryParse(value.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
        {
            return parsed;
        }

        Report(at, field, $"cannot read '{value.Trim()}' as a date (expected ISO 8601, e.g. 2026-03-04T09:15:00-06:00); left empty", ProblemSeverity.Warning, id);
        return null;
    }

    private static int TotalLength(List<string>? paragraphs)
    {
        if (paragraphs is null)
        {
            return 0;
        }

        var total = 0;
        foreach (var p in paragraphs)
        {
            total += p.Length;
        }

        return total;
    }
}
