using System.Text.Json;
using AngleSharp.Dom;

namespace FramingAnalysis.Html;

internal static partial class HtmlArticleExtractor
{
    private sealed record PageMetadata(string? Title, string? Byline, string? Published, string? Language, string? Url, string? SiteName);

    private static readonly HashSet<string> ArticleTypes = new(StringComparer.Ordinal)
    {
        "NewsArticle", "Article", "ReportageNewsArticle", "OpinionNewsArticle", "AnalysisNewsArticle", "BlogPosting", "Report",
    };

    /// <summary>JSON-LD first (it is the most exact), then Open Graph and article meta tags, then the document.</summary>
    private static PageMetadata ReadMetadata(IDocument document)
    {
        string? Meta(string selector) => document.QuerySelector(selector)?.GetAttribute("content") is { Length: > 0 } v ? v.Trim() : null;

        JsonLd? ld = null;
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
        {
            ld ??= FindArticle(script.TextContent);
        }

        var title = ld?.Headline ?? Meta("meta[property='og:title']") ?? Meta("meta[name='twitter:title']")
            ?? (document.Title is { Length: > 0 } t ? t.Trim() : null);
        var byline = ld?.Author ?? Meta("meta[name='author']") ?? Meta("meta[property='article:author']");
        var published = ld?.DatePublished ?? Meta("meta[property='article:published_time']") ?? Meta("meta[name='date']")
            ?? Meta("meta[itemprop='datePublished']");
        var language = ld?.Language ?? document.DocumentElement.GetAttribute("lang") ?? Meta("meta[http-equiv='content-language']");
        var url = document.QuerySelector("link[rel='canonical']")?.GetAttribute("href") ?? Meta("meta[property='og:url']") ?? ld?.Url;
        var site = Meta("meta[property='og:site_name']") ?? ld?.Publisher;
        return new PageMetadata(title, byline, published, language, url, site);
    }

    private sealed record JsonLd(string? Headline, string? Author, string? DatePublished, string? Language, string? Url, string? Publisher);

    private static JsonLd? FindArticle(string json)
    {
        try
        {
            using var doc = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            return Find(doc.RootElement, 0);
        }
        catch (JsonException)
        {
            return null; // a broken JSON-LD block is ignored; the meta tags still count
        }
    }

    private static JsonLd? Find(JsonElement e, int depth)
    {
        if (depth > 6)
        {
            return null;
        }

        if (e.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in e.EnumerateArray())
            {
                if (Find(item, depth + 1) is { } found)
                {
                    return found;
                }
            }

            return null;
        }

        if (e.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        if (e.TryGetProperty("@graph", out var graph))
        {
            return Find(graph, depth + 1);
        }

        if (!IsArticleType(e))
        {
            return null;
        }

        return new JsonLd(
            Str(e, "headline"),
            Names(e, "author"),
            Str(e, "datePublished"),
            Str(e, "inLanguage"),
            Str(e, "url"),
            e.TryGetProperty("publisher", out var p) ? Names(p) : null);
    }

    private static bool IsArticleType(JsonElement e)
    {
        if (!e.TryGetProperty("@type", out var type))
        {
            return false;
        }

        return type.ValueKind == JsonValueKind.String ? ArticleTypes.Contains(type.GetString()!)
            : type.ValueKind == JsonValueKind.Array && type.EnumerateArray().Any(t => t.ValueKind == JsonValueKind.String && ArticleTypes.Contains(t.GetString()!));
    }

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String && v.GetString() is { Length: > 0 } s ? s.Trim() : null;

    private static string? Names(JsonElement e, string name) => e.TryGetProperty(name, out var v) ? Names(v) : null;

    /// <summary>A person or organization, or a list of them, as "A, B".</summary>
    private static string? Names(JsonElement v)
    {
        var names = new List<string>();
        foreach (var item in v.ValueKind == JsonValueKind.Array ? v.EnumerateArray().ToArray() : [v])
        {
            if (item.ValueKind == JsonValueKind.String && item.GetString() is { Length: > 0 } s)
            {
                names.Add(s.Trim());
            }
            else if (item.ValueKind == JsonValueKind.Object && Str(item, "name") is { } n)
            {
                names.Add(n);
            }
        }

        return names.Count == 0 ? null : string.Join(", ", names);
    }
}
