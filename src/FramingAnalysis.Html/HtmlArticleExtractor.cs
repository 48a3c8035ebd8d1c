using AngleSharp.Dom;

namespace FramingAnalysis.Html;

/// <summary>
/// Finds the article in a parsed page: metadata first, then the comment section (taken out of the page), then the page
/// chrome is removed and the blocks of the main content are read in document order.
/// </summary>
internal static partial class HtmlArticleExtractor
{
    // Elements that are never article text.
    private const string Noise = "script, style, noscript, template, iframe, svg, nav, aside, form, button, select, input, dialog, footer, figure > img, video, audio";

    // Class or id words of page chrome (compared per word of a class or id split at spaces, '-' and '_').
    private static readonly HashSet<string> ChromeWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "share", "sharing", "social", "newsletter", "subscribe", "subscription", "advert", "advertisement", "ad", "ads",
        "adslot", "promo", "related", "recommended", "cookie", "cookies", "consent", "paywall", "banner", "breadcrumb",
        "breadcrumbs", "sidebar", "popup", "modal", "menu", "navigation", "trending", "mostread", "tags", "listen",
        "audio", "byline", "dateline", "timestamp", "published", "updated", "toolbar", "skip", "publicidad", "compartir",
        "author", "meta",
    };

    private static readonly string[] BlockTags = ["P", "H2", "H3", "H4", "H5", "H6", "LI", "PRE", "FIGCAPTION", "DD", "BLOCKQUOTE"];

    public static HtmlPage Extract(IDocument document)
    {
        var meta = ReadMetadata(document);
        var (commentHeader, comments) = ExtractComments(document);
        var root = MainContent(document);
        var h1 = root.QuerySelector("h1") ?? document.QuerySelector("h1");
        var title = h1 is null ? meta.Title : HtmlText.Of(h1);
        var byline = meta.Byline ?? FirstText(document, "[rel=author], [itemprop=author], .byline, .author");
        var published = meta.Published ?? document.QuerySelector("article time[datetime], time[datetime]")?.GetAttribute("datetime");
        foreach (var element in root.QuerySelectorAll(Noise).ToList())
        {
            element.Remove();
        }

        foreach (var element in root.QuerySelectorAll("*").Where(IsChrome).ToList())
        {
            element.Remove();
        }

        var paragraphs = new List<string>();
        Walk(root, h1, paragraphs);
        return new HtmlPage
        {
            Title = string.IsNullOrWhiteSpace(title) ? null : title,
            Byline = byline,
            Published = published,
            Language = meta.Language,
            Url = meta.Url,
            SiteName = meta.SiteName,
            Paragraphs = paragraphs,
            CommentHeader = commentHeader,
            Comments = comments,
        };
    }

    /// <summary>The article's element: <c>[itemprop=articleBody]</c>, <c>article</c>, <c>main</c>, <c>[role=main]</c> or the body.</summary>
    private static IElement MainContent(IDocument document)
    {
        var article = document.QuerySelector("article") ?? document.QuerySelector("main") ?? document.QuerySelector("[role=main]");
        return article ?? document.QuerySelector("[itemprop=articleBody]") ?? document.Body ?? document.DocumentElement;
    }

    /// <summary>Reads blocks in document order: embedded posts whole, block elements as paragraphs, loose text as a paragraph.</summary>
    private static void Walk(IElement element, IElement? skip, List<string> into)
    {
        foreach (var child in element.ChildNodes)
        {
            if (child is IText text)
            {
                var loose = HtmlText.Normalize(text.Data);
                if (loose.Length > 0)
                {
                    into.Add(loose);
                }

                continue;
            }

            if (child is not IElement e || e == skip || e.TagName == "H1")
            {
                continue;
            }

            if (EmbeddedPost(e) is { } post)
            {
                into.Add(post);
                continue;
            }

            if (Array.IndexOf(BlockTags, e.TagName) >= 0 && !HasBlockChild(e))
            {
                var block = HtmlText.Of(e);
                if (block.Length > 0)
                {
                    into.Add(block);
                }

                continue;
            }

            if (e.TagName is "A" or "SPAN" or "EM" or "STRONG" or "B" or "I" && e.ParentElement == element && !HasBlockChild(e))
            {
                var inline = HtmlText.Of(e);
                if (inline.Length > 0)
                {
                    into.Add(inline);
                }

                continue;
            }

            Walk(e, skip, into);
        }
    }

    private static bool HasBlockChild(IElement e) =>
        e.QuerySelector("p, div, li, h2, h3, h4, h5, h6, blockquote, section, article, ul, ol, table") is not null;

    /// <summary>An embedded social post as one paragraph: its text lines, then its attribution line.</summary>
    private static string? EmbeddedPost(IElement e)
    {
        var isPost = e.ClassList.Contains("twitter-tweet") || e.ClassList.Contains("instagram-media") || e.ClassList.Contains("fb-post")
            || e.ClassList.Contains("tiktok-embed") || e.ClassList.Contains("embedded-post");
        if (!isPost)
        {
            return null;
        }

        // Facebook's embed code wraps the post in a blockquote inside div.fb-post.
        if (e.ClassList.Contains("fb-post") && e.QuerySelector("blockquote") is { } inner)
        {
            e = inner;
        }

        var lines = new List<string>();
        var rest = new List<string>();
        foreach (var node in e.ChildNodes)
        {
            if (node is IElement child && (child.TagName == "P" || HasBlockChild(child) || child.TagName == "DIV"))
            {
                foreach (var p in child.TagName == "P" ? [child] : child.QuerySelectorAll("p").ToArray())
                {
                    var line = HtmlText.Of(p);
                    if (line.Length > 0)
                    {
                        lines.Add(line);
                    }
                }
            }
            else
            {
                var bit = node.TextContent;
                if (!string.IsNullOrWhiteSpace(bit))
                {
                    rest.Add(bit);
                }
            }
        }

        var attribution = HtmlText.Normalize(string.Join(' ', rest));
        if (attribution.Length > 0)
        {
            lines.Add(attribution);
        }

        return lines.Count == 0 ? null : string.Join('\n', lines);
    }

    private static bool IsChrome(IElement e)
    {
        if (e.ClassList.Contains("twitter-tweet") || e.ClassList.Contains("instagram-media") || e.ClassList.Contains("fb-post"))
        {
            return false;
        }

        if (e.TagName == "HEADER" && e.QuerySelector("h1") is null)
        {
            return true;
        }

        foreach (var name in (string[])[e.ClassName ?? string.Empty, e.Id ?? string.Empty])
        {
            foreach (var word in name.Split([' ', '-', '_'], StringSplitOptions.RemoveEmptyEntries))
            {
                if (ChromeWords.Contains(word))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static string? FirstText(IDocument document, string selector)
    {
        var text = document.QuerySelector(selector) is { } e ? HtmlText.Of(e) : null;
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        // "By Jane Doe" → "Jane Doe"
        foreach (var prefix in (string[])["By ", "Por ", "by ", "por "])
        {
            if (text.StartsWith(prefix, StringComparison.Ordinal))
            {
                return text[prefix.Length..].Trim();
            }
        }

        return text;
    }
}
