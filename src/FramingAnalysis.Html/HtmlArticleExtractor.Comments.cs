using AngleSharp.Dom;

namespace FramingAnalysis.Html;

internal static partial class HtmlArticleExtractor
{
    private const string CommentSections = "#comments, .comments, #comentarios, .comentarios, .comment-list, .comments-section, [data-section='comments'], section[aria-label*='omment']";
    private const string CommentBodies = ".comment-body, .comment-content, .comment-text, [itemprop='text'], .comentario-texto";
    // In order of preference: the name itself before the block that holds it ("<div class=comment-author><b class=fn>").
    private static readonly string[] CommentAuthors = [".fn", "[itemprop='author']", ".username", ".user-name", ".comentario-autor", ".comment-author", ".author", "cite"];

    /// <summary>Takes the comment section out of the page and returns its heading and comments.</summary>
    private static (string? Header, List<HtmlComment> Comments) ExtractComments(IDocument document)
    {
        var section = document.QuerySelector(CommentSections);
        if (section is null)
        {
            return (null, []);
        }

        // The widest enclosing element that is still only about comments holds the heading too.
        while (section.ParentElement is { } parent && parent.TagName != "BODY" && parent.TagName != "ARTICLE" && parent.TagName != "MAIN"
               && parent.Children.Length == 1)
        {
            section = parent;
        }

        var header = section.QuerySelector("h2, h3, h4") is { } h ? HtmlText.Of(h) : null;
        var comments = new List<HtmlComment>();
        var ids = new Dictionary<IElement, string>();
        var n = 0;
        foreach (var item in section.QuerySelectorAll(".comment, [itemprop='comment'], [data-comment-id], .comentario"))
        {
            n++;
            var body = Own(item, CommentBodies);
            string text;
            if (body is not null)
            {
                text = Paragraphs(body);
            }
            else
            {
                var ps = item.QuerySelectorAll("p").Where(p => Nearest(p) == item).ToList();
                text = string.Join('\n', ps.Select(HtmlText.Of).Where(t => t.Length > 0));
            }

            if (text.Length == 0)
            {
                continue;
            }

            var author = CommentAuthors.Select(selector => Own(item, selector)).FirstOrDefault(e => e is not null) is { } a ? HtmlText.Of(a) : null;
            var time = Own(item, "time[datetime]")?.GetAttribute("datetime");
            var id = item.GetAttribute("data-comment-id") ?? (string.IsNullOrEmpty(item.Id) ? null : item.Id) ?? $"c{n}";
            ids[item] = id;
            var parent = Nearest(item) is { } p && ids.TryGetValue(p, out var pid) ? pid : null;
            comments.Add(new HtmlComment(id, string.IsNullOrEmpty(author) ? null : author, time, text, parent));
        }

        section.Remove();
        return (header, comments);
    }

    /// <summary>The first descendant matching <paramref name="selector"/> that belongs to this comment, not to a reply inside it.</summary>
    private static IElement? Own(IElement comment, string selector) =>
        comment.QuerySelectorAll(selector).FirstOrDefault(e => Nearest(e) == comment);

    private static IElement? Nearest(IElement e)
    {
        for (var p = e.ParentElement; p is not null; p = p.ParentElement)
        {
            if (p.ClassList.Contains("comment") || p.ClassList.Contains("comentario") || p.HasAttribute("data-comment-id") || p.GetAttribute("itemprop") == "comment")
            {
                return p;
            }
        }

        return null;
    }

    private static string Paragraphs(IElement body)
    {
        var ps = body.QuerySelectorAll("p").ToList();
        return ps.Count == 0 ? HtmlText.Of(body) : string.Join('\n', ps.Select(HtmlText.Of).Where(t => t.Length > 0));
    }
}
