namespace FramingAnalysis;

/// <summary>An article record as a reader found it, before validation.</summary>
internal sealed class RawArticle
{
    public RecordLocation Location { get; init; }
    public string? Id { get; set; }
    public string? Source { get; set; }
    public string? Language { get; set; }
    public string? Published { get; set; }
    public string? Title { get; set; }
    public string? Url { get; set; }
    public string? Text { get; set; }
    public List<string>? Paragraphs { get; set; }
    public List<RawComment> Comments { get; } = [];
    public Dictionary<string, string> Metadata { get; } = new(StringComparer.Ordinal);

    /// <summary>Set when the reader itself already found a fatal problem (bad bytes, bad JSON) in this record.</summary>
    public bool Rejected { get; set; }

    /// <summary>Set by the text-folder reader for <c>.md</c> files: a leading <c>#</c> is taken off the title.</summary>
    public bool Markdown { get; set; }
}

/// <summary>A comment record as a reader found it, before validation.</summary>
internal sealed class RawComment
{
    public RecordLocation Location { get; init; }
    public string? ArticleId { get; set; }
    public string? Id { get; set; }
    public string? Author { get; set; }
    public string? Published { get; set; }
    public string? Text { get; set; }
    public string? ParentId { get; set; }
    public bool Rejected { get; set; }
}
