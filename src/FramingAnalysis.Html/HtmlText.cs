using System.Text;
using AngleSharp.Dom;

namespace FramingAnalysis.Html;

/// <summary>Text of HTML elements as a reader sees it: white space collapsed, <c>br</c> as a line break.</summary>
internal static class HtmlText
{
    /// <summary>The element's text with runs of white space made one space, <c>&lt;br&gt;</c> kept as a line break, each line trimmed.</summary>
    public static string Of(IElement element)
    {
        var sb = new StringBuilder();
        Append(element, sb);
        return Normalize(sb.ToString());
    }

    /// <summary>Collapses white space within lines and trims every line; empty lines are dropped.</summary>
    public static string Normalize(string text)
    {
        var lines = text.Split('\n');
        var sb = new StringBuilder(text.Length);
        foreach (var line in lines)
        {
            var collapsed = Collapse(line);
            if (collapsed.Length == 0)
            {
                continue;
            }

            if (sb.Length > 0)
            {
                sb.Append('\n');
            }

            sb.Append(collapsed);
        }

        return sb.ToString();
    }

    private static void Append(INode node, StringBuilder sb)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text:
                    sb.Append(text.Data.Replace('\n', ' '));
                    break;
                case IElement { TagName: "BR" }:
                    sb.Append('\n');
                    break;
                case IElement { TagName: "SCRIPT" or "STYLE" or "NOSCRIPT" or "TEMPLATE" }:
                    break;
                case IElement e:
                    Append(e, sb);
                    break;
            }
        }
    }

    private static string Collapse(string line)
    {
        var sb = new StringBuilder(line.Length);
        var space = false;
        foreach (var c in line)
        {
            if (char.IsWhiteSpace(c) || c == '\u00A0')
            {
                space = sb.Length > 0;
                continue;
            }

            if (space)
            {
                sb.Append(' ');
                space = false;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }
}
