using System.Text.RegularExpressions;

namespace FramingAnalysis;

/// <summary>
/// Turns an <see cref="Article"/> into its <see cref="TextUnit"/>s: the title, one unit per paragraph (classified as
/// <see cref="UnitKind.Paragraph"/>, <see cref="UnitKind.EmbeddedPost"/> or <see cref="UnitKind.Boilerplate"/>),
/// and one unit per comment. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// Rules, in order, for each paragraph:
/// <list type="number">
/// <item>A paragraph with an attribution line in the style of embedded posts (<c>— Name (@handle) March 3, 2025</c>)
/// or a <c>pic.twitter.com/…</c> link is an embedded post. An attribution line standing alone also pulls the short
/// paragraph before it into the post.</item>
/// <item>A short paragraph that starts with a page-chrome phrase ("Share this article", "Lee también: …"), that is a
/// chrome line ("Share", "Publicidad"), a byline ("By Jane Doe"), a date line ("3 de marzo de 2026 - 10:15"),
/// comment-section chrome ("Reply") or a comment-section header ("23 Comments", "Comentarios (3)"), is boilerplate. The
/// phrases come from <see cref="PageTextCues"/> (<c>page-text.tsv</c>).</item>
/// <item>Everything else is the outlet's own paragraph.</item>
/// </list>
/// Cost: a few regular-expression tests per short paragraph (long paragraphs are never chrome); linear in the text length.
/// </remarks>
public sealed partial class UnitSplitter
{
    private readonly UnitSplitterOptions _options;
    private readonly string[] _prefixes;

    /// <summary>
    /// The splitter with default options, whose cues are <see cref="PageTextCues.Default"/>: the same instance until a
    /// language pack is registered, then one with the new pack's page-text phrases.
    /// </summary>
    public static UnitSplitter Default => Registered.Value;

    private static readonly Languages.PerRegistration<UnitSplitter> Registered = new(_ => new UnitSplitter(new UnitSplitterOptions()));

    /// <summary>Makes a splitter from options.</summary>
    /// <exception cref="ArgumentException">A length limit is not positive.</exception>
    public UnitSplitter(UnitSplitterOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.MaxBoilerplateLength <= 0 || options.MaxEmbeddedPostLength <= 0)
        {
            throw new ArgumentException("Length limits must be positive.", nameof(options));
        }

        _options = options;
        Cues = options.Cues ?? PageTextCues.Default;
        _prefixes = new string[options.BoilerplatePrefixes.Count];
        for (var i = 0; i < _prefixes.Length; i++)
        {
            _prefixes[i] = FoldForMatch(options.BoilerplatePrefixes[i]);
        }
    }

    /// <summary>The options the splitter was made from.</summary>
    public UnitSplitterOptions Options => _options;

    /// <summary>The page-text cues (chrome phrases, bylines, dates, comment headers) the splitter applies.</summary>
    public PageTextCues Cues { get; }

    /// <summary>Splits an article into units in reading order: title, paragraphs, then comments.</summary>
    public IReadOnlyList<TextUnit> Split(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var units = new List<TextUnit>(article.Paragraphs.Count + article.Comments.Count + 1);
        if (!string.IsNullOrWhiteSpace(article.Title))
        {
            units.Add(Make(article, $"{article.Id}/title", UnitKind.Title, 0, article.Title, null, null));
        }

        var kinds = ClassifyParagraphs(article.Paragraphs);
        for (var i = 0; i < article.Paragraphs.Count; i++)
        {
            var text = article.Paragraphs[i];
            string? author = kinds[i] == UnitKind.EmbeddedPost ? FindPostAuthor(article.Paragraphs, i) : null;
            units.Add(Make(article, $"{article.Id}/p{i + 1}", kinds[i], i + 1, text, author, null));
        }

        for (var i = 0; i < article.Comments.Count; i++)
        {
            var c = article.Comments[i];
            units.Add(Make(article, $"{article.Id}/c/{c.Id}", UnitKind.Comment, i + 1, c.Text, c.Author, c.ParentId));
        }

        return units;
    }

    /// <summary>Classifies each paragraph as <see cref="UnitKind.Paragraph"/>, embedded post or boilerplate.</summary>
    public UnitKind[] ClassifyParagraphs(IReadOnlyList<string> paragraphs)
    {
        ArgumentNullException.ThrowIfNull(paragraphs);
        var kinds = new UnitKind[paragraphs.Count];
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var p = paragraphs[i];
            if (IsEmbeddedPost(p))
            {
                kinds[i] = UnitKind.EmbeddedPost;
                if (IsAttributionOnly(p) && i > 0 && kinds[i - 1] == UnitKind.Paragraph
                    && paragraphs[i - 1].Length <= _options.MaxEmbeddedPostLength)
                {
                    kinds[i - 1] = UnitKind.EmbeddedPost;
                }
            }
            else if (IsBoilerplate(p))
            {
                kinds[i] = UnitKind.Boilerplate;
            }
            else
            {
                kinds[i] = UnitKind.Paragraph;
            }
        }

        return kinds;
    }

    /// <summary>Whether a paragraph is an embedded social-media post or its attribution line.</summary>
    public static bool IsEmbeddedPost(string paragraph)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        if (AttributionLine().IsMatch(paragraph) || paragraph.Contains("pic.twitter.com/", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        foreach (var line in paragraph.Split('\n'))
        {
            if (PageTextCues.Default.IsPostAttribution(line))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a single line is an embedded post's attribution line: <c>— Name (@handle) March 3, 2025</c>.</summary>
    public static bool IsAttributionLine(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return !line.Contains('\n') && AttributionLine().IsMatch(line);
    }

    /// <summary>
    /// Whether a paragraph is page chrome: a short paragraph starting with a chrome phrase, a whole-line chrome phrase
    /// ("Share", "Publicidad"), a byline, a date line, comment-section chrome ("Reply"), or a comment-section header.
    /// </summary>
    public bool IsBoilerplate(string paragraph)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        var trimmed = paragraph.Trim();
        if (trimmed.Length == 0 || Cues.IsCommentSectionHeader(trimmed))
        {
            return true;
        }

        if (trimmed.Length > _options.MaxBoilerplateLength)
        {
            return false;
        }

        if (!trimmed.Contains('\n') && (Cues.IsAnyChrome(trimmed) || Cues.IsByline(trimmed) || Cues.IsDateLine(trimmed)))
        {
            return true;
        }

        var folded = FoldForMatch(trimmed);
        foreach (var prefix in _prefixes)
        {
            if (folded.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a line is a comment-section header such as <c>23 Comments</c>, <c>## Comments</c>,
    /// <c>Comentarios</c> or <c>Comentarios (3)</c>. In a plain-text article such a line starts the comments.
    /// </summary>
    public static bool IsCommentSectionHeader(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return PageTextCues.Default.IsCommentSectionHeader(line);
    }

    private static bool IsAttributionOnly(string paragraph)
    {
        var trimmed = paragraph.Trim();
        return !trimmed.Contains('\n') && AttributionLine().IsMatch(trimmed);
    }

    private static string? FindPostAuthor(IReadOnlyList<string> paragraphs, int index)
    {
        for (var i = index; i < paragraphs.Count && i <= index + 1; i++)
        {
            var m = AttributionLine().Match(paragraphs[i]);
            if (m.Success)
            {
                return m.Groups["name"].Value.Trim();
            }
        }

        return null;
    }

    private static TextUnit Make(Article a, string id, UnitKind kind, int index, string text, string? author, string? parent) =>
        new()
        {
            UnitId = id,
            ArticleId = a.Id,
            Source = a.Source,
            Kind = kind,
            Index = index,
            Text = text,
            DeclaredLanguage = a.Language,
            Author = author,
            ParentId = parent,
        };

    private static string FoldForMatch(string s)
    {
        var normalized = s.Normalize(System.Text.NormalizationForm.FormD);
        var sb = new System.Text.StringBuilder(normalized.Length);
        foreach (var ch in normalized)
        {
            if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(ch) != System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                sb.Append(char.ToLowerInvariant(ch));
            }
        }

        return sb.ToString();
    }

    // An embedded post's attribution line: a dash, a name, an @handle in parentheses, then usually a date.
    [GeneratedRegex(@"(?m)^\s*[—–-]{1,2}\s*(?<name>[^\n(]{1,80}?)\s*\(@\w{1,30}\)[^\n]{0,60}$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex AttributionLine();
}
