namespace FramingAnalysis;

/// <summary>
/// Splits an article body into paragraphs, the way every reader does: paragraphs are separated by blank lines; a text
/// with no blank line has one paragraph per line. A comment-section header line ("23 Comments", "Comentarios (3)")
/// ends the body: what follows it is returned as comments.
/// </summary>
public static class ArticleText
{
    /// <summary>Splits a body into paragraphs (trimmed of surrounding blank space, never empty).</summary>
    public static IReadOnlyList<string> SplitParagraphs(string text) => Split(text, detectComments: false).Paragraphs;

    /// <summary>
    /// Splits a body into paragraphs and, when <paramref name="detectComments"/> is set, the comment texts after a
    /// comment-section header line.
    /// </summary>
    public static (IReadOnlyList<string> Paragraphs, IReadOnlyList<string> Comments) Split(string text, bool detectComments)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalized = text.Contains('\r') ? text.Replace("\r\n", "\n").Replace('\r', '\n') : text;
        var lines = normalized.Split('\n');
        var hasBlank = false;
        foreach (var line in lines)
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                hasBlank = true;
                break;
            }
        }

        var paragraphs = new List<string>();
        var comments = new List<string>();
        var target = paragraphs;
        var current = new System.Text.StringBuilder();

        void Flush()
        {
            if (current.Length > 0)
            {
                target.Add(current.ToString().Trim());
                current.Clear();
            }
        }

        foreach (var line in lines)
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                Flush();
                continue;
            }

            if (detectComments && ReferenceEquals(target, paragraphs) && UnitSplitter.IsCommentSectionHeader(line))
            {
                Flush();
                target = comments;
                continue;
            }

            if (!hasBlank)
            {
                current.Append(line);
                Flush();
                continue;
            }

            if (current.Length > 0)
            {
                current.Append('\n');
            }

            current.Append(line.TrimEnd());
        }

        Flush();
        return (paragraphs, comments);
    }
}
