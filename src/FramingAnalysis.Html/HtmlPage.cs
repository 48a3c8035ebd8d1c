namespace FramingAnalysis.Html;

/// <summary>What <see cref="HtmlCorpusReader"/> keeps of one saved web page. Immutable.</summary>
public sealed record HtmlPage
{
    /// <summary>The headline: the article's <c>h1</c>, else JSON-LD <c>headline</c>, <c>og:title</c> or <c>&lt;title&gt;</c>.</summary>
    public string? Title { get; init; }

    /// <summary>The byline's names (JSON-LD <c>author</c>, <c>meta name="author"</c> or the page's byline element).</summary>
    public string? Byline { get; init; }

    /// <summary>The publication date as the page gives it (JSON-LD <c>datePublished</c>, <c>article:published_time</c>, <c>time[datetime]</c>).</summary>
    public string? Published { get; init; }

    /// <summary>The language of <c>&lt;html lang&gt;</c> or JSON-LD <c>inLanguage</c>.</summary>
    public string? Language { get; init; }

    /// <summary>The canonical address (<c>link rel="canonical"</c>, <c>og:url</c> or JSON-LD <c>url</c>).</summary>
    public string? Url { get; init; }

    /// <summary>The outlet's name as the page gives it (<c>og:site_name</c> or the JSON-LD publisher).</summary>
    public string? SiteName { get; init; }

    /// <summary>The body paragraphs in reading order; an embedded post is one paragraph with its attribution line.</summary>
    public IReadOnlyList<string> Paragraphs { get; init; } = [];

    /// <summary>The heading of the comment section ("14 Comments"), if the page has one.</summary>
    public string? CommentHeader { get; init; }

    /// <summary>The comments in page order.</summary>
    public IReadOnlyList<HtmlComment> Comments { get; init; } = [];
}

/// <summary>One comment of a saved page. Immutable.</summary>
/// <param name="Id">The comment's id on the page (<c>data-comment-id</c> or <c>id</c>), or <c>c{n}</c>.</param>
/// <param name="Author">The commenter's name, if shown.</param>
/// <param name="Published">The <c>datetime</c> of the comment's <c>time</c> element, if any.</param>
/// <param name="Text">The comment's text, paragraphs joined by line breaks.</param>
/// <param name="ParentId">For a reply nested inside another comment, that comment's <see cref="Id"/>.</param>
public sealed record HtmlComment(string Id, string? Author, string? Published, string Text, string? ParentId = null);
