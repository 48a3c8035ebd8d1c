using System.Runtime.CompilerServices;

namespace FramingAnalysis;

/// <summary>
/// Reads <c>articles.csv</c> (columns <c>id, source, language, published, title, url, text</c>; any other column goes to
/// <see cref="Article.Metadata"/>) and, if present, the <c>comments.csv</c> beside it (columns
/// <c>article_id, id, author, published, text, parent_id</c>). In <c>text</c>, paragraphs are separated by blank lines.
/// </summary>
/// <remarks>
/// Articles stream one at a time; comments are read first and held by article id (they are small next to articles).
/// Every bad record becomes a <see cref="CorpusProblem"/> naming the file, line and field.
/// </remarks>
internal static class CsvCorpusReader
{
    private static readonly string[] ArticleColumns = ["id", "source", "language", "published", "title", "url", "text"];
    private static readonly string[] CommentColumns = ["article_id", "id", "author", "published", "text", "parent_id"];

    /// <summary>
    /// Streams the articles of a CSV corpus. <paramref name="commentsPath"/> may be null or name a missing file.
    /// </summary>
    public static async IAsyncEnumerable<Article> ReadAsync(
        string articlesPath,
        string? commentsPath,
        CorpusProblems problems,
        CorpusReadOptions? options = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articlesPath);
        ArgumentNullException.ThrowIfNull(problems);
        options ??= CorpusReadOptions.Default;
        var validator = new RecordValidator(problems, options);
        var comments = new Dictionary<string, List<RawComment>>(StringComparer.Ordinal);
        if (commentsPath is not null && File.Exists(commentsPath))
        {
            await ReadCommentsAsync(commentsPath, comments, validator, options.MaxRecordBytes, cancellationToken).ConfigureAwait(false);
        }

        int[] map = [];
        string[] headers = [];
        (string Field, string Message)? missing = null;
        var missingReported = false;
        var separator = Separator(articlesPath);
        await foreach (var row in CsvRecordSource.ReadAsync(articlesPath, h => ((map, headers), missing) = MapArticleHeader(h, options.Columns), options.MaxRecordBytes, cancellationToken, separator).ConfigureAwait(false))
        {
            if (missing is { } m && !missingReported)
            {
                // One problem for the whole file, not one per record; every record is still counted as rejected.
                validator.RejectArticle(new RecordLocation(articlesPath, 1), m.Field, $"{Path.GetFileName(articlesPath)}: {m.Message}");
                missingReported = true;
                continue;
            }

            if (missing is not null)
            {
                validator.CountRejectedArticle();
                continue;
            }

            if (row.Problem is not null)
            {
                validator.RejectArticle(row.Location, row.ProblemField ?? "record", row.Problem);
                continue;
            }

            var article = ReadRecord(row, map, headers, comments, validator);
            if (article is not null)
            {
                yield return article;
            }
        }

        foreach (var (articleId, orphans) in comments)
        {
            foreach (var c in orphans)
            {
                validator.RejectComment(c.Location, "article_id", $"comment '{c.Id}' refers to article '{articleId}', which is not in {Path.GetFileName(articlesPath)}", c.Id);
            }
        }
    }

    /// <summary>
    /// Builds and validates one article row. Whatever goes wrong inside one record rejects that record with a problem;
    /// it never ends the read (strict mode's <see cref="CorpusFormatException"/> still propagates).
    /// </summary>
    private static Article? ReadRecord(CsvRow row, int[] map, string[] headers, Dictionary<string, List<RawComment>> comments, RecordValidator validator)
    {
        string? id = null;
        try
        {
            string? Get(int column) => map[column] >= 0 && map[column] < row.Fields.Length ? row.Fields[map[column]] : null;
            var raw = new RawArticle
            {
                Location = row.Location,
                Id = Get(0),
                Source = Get(1),
                Language = Get(2),
                Published = Get(3),
                Title = Get(4),
                Url = Get(5),
                Text = Get(6),
            };
            for (var i = 0; i < headers.Length && i < row.Fields.Length; i++)
            {
                if (Array.IndexOf(map, i) < 0 && !string.IsNullOrEmpty(row.Fields[i]))
                {
                    raw.Metadata[headers[i]] = row.Fields[i];
                }
            }

            id = raw.Id?.Trim();
            if (!string.IsNullOrEmpty(id) && comments.Remove(id, out var own))
            {
                raw.Comments.AddRange(own);
            }

            return validator.Validate(raw);
        }
        catch (Exception ex) when (ex is not CorpusFormatException and not OutOfMemoryException and not OperationCanceledException)
        {
            validator.RejectArticle(row.Location, "record", $"could not be read: {ex.GetType().Name}: {ex.Message}", id);
            return null;
        }
    }

    private static async Task ReadCommentsAsync(string path, Dictionary<string, List<RawComment>> byArticle, RecordValidator validator, long maxRecordBytes, CancellationToken ct)
    {
        int[] map = [];
        await foreach (var row in CsvRecordSource.ReadAsync(path, h => map = MapHeader(h, CommentColumns).Map, maxRecordBytes, ct, Separator(path)).ConfigureAwait(false))
        {
            if (row.Problem is not null)
            {
                validator.RejectComment(row.Location, row.ProblemField ?? "record", row.Problem);
                continue;
            }

            string? Get(int column) => map[column] >= 0 && map[column] < row.Fields.Length ? row.Fields[map[column]] : null;
            var articleId = Get(0)?.Trim();
            if (string.IsNullOrEmpty(articleId))
            {
                validator.RejectComment(row.Location, "article_id", "missing article_id: a comment must name the article it belongs to", Get(1));
                continue;
            }

            if (!byArticle.TryGetValue(articleId, out var list))
            {
                list = [];
                byArticle[articleId] = list;
            }

            list.Add(new RawComment
            {
                Location = row.Location,
                ArticleId = articleId,
                Id = Get(1),
                Author = Get(2),
                Published = Get(3),
                Text = Get(4),
                ParentId = Get(5),
            });
        }
    }

    /// <summary>Tab for <c>.tsv</c> and <c>.tab</c> files; otherwise null, and the separator is taken from the header line.</summary>
    internal static char? Separator(string path) =>
        Path.GetExtension(path).ToLowerInvariant() is ".tsv" or ".tab" ? '\t' : null;

    /// <summary>Maps the article header through <paramref name="columns"/>; the message names what is missing and what was found.</summary>
    private static ((int[] Map, string[] Headers), (string Field, string Message)? Missing) MapArticleHeader(IReadOnlyList<string> header, CorpusColumns columns)
    {
        var names = columns.InReaderOrder();
        var mapped = MapHeader(header, names);
        var missing = new List<int>();
        foreach (var required in (int[])[0, 1])
        {
            if (mapped.Map[required] < 0)
            {
                missing.Add(required);
            }
        }

        if (mapped.Map[6] < 0 && mapped.Map[4] < 0)
        {
            missing.Add(6); // neither text nor title: nothing to analyze
        }

        if (missing.Count == 0)
        {
            return (mapped, null);
        }

        var what = string.Join(" or ", missing.Select(i => $"'{names[i]}'"));
        var how = string.Join(", ", missing.Select(i => CorpusColumns.CliOptions[i]));
        var found = mapped.Headers.Length == 0 ? "no columns" : string.Join(", ", mapped.Headers);
        return (mapped, (names[missing[0]], $"no {what} column; found {found}; use {how} (CorpusReadOptions.Columns)"));
    }

    private static (int[] Map, string[] Headers) MapHeader(IReadOnlyList<string> header, string[] columns)
    {
        var headers = new string[header.Count];
        for (var i = 0; i < header.Count; i++)
        {
            headers[i] = header[i].Trim().TrimStart('\uFEFF');
        }

        var map = new int[columns.Length];
        for (var c = 0; c < columns.Length; c++)
        {
            map[c] = Array.FindIndex(headers, h => string.Equals(h, columns[c], StringComparison.OrdinalIgnoreCase));
        }

        return (map, headers);
    }
}
