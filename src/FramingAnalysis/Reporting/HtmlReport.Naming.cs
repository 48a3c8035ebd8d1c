using System.Text;
using FramingAnalysis.Comparison;
using FramingAnalysis.Naming;

namespace FramingAnalysis.Reporting;

/// <summary>
/// The naming section of the HTML report: per target and language a table with one column per group (references,
/// expressions, then the group's characteristic labels, most distinctive first), each label linked to a sentence where
/// the group uses it, the label marked.
/// </summary>
public static partial class HtmlReport
{
    private static void Naming(StringBuilder h, ComparisonResult r)
    {
        h.Append("<h2 id=\"naming\">Naming of targets</h2>\n");
        if (r.Naming.Count == 0)
        {
            h.Append("<p>").Append(r.Targets.Count == 0
                ? "No targets were given: pass <code>--targets targets.json</code> to see how each group names and labels them."
                : "No group refers to a target by a name, alias or anaphor.").Append("</p>\n");
            return;
        }

        h.Append("<p>How each group refers to each target (the name, alias or anaphor that matched) and the words it attaches to it: modifiers, ")
         .Append("appositions and predicates. Labels are ranked by weighted log-odds z against the other groups of the same language (Monroe, Colaresi ")
         .Append("&amp; Quinn 2008), most characteristic first; a language only one group labels the target in is listed by count, without a test, such languages side by side. ")
         .Append("(+)/(−): the label's valence in the lexicons. References: outlet / quoted / embedded / audience, pronouns included (the expressions leave them out). Each label links to a sentence that uses it.</p>\n");
        var groupKeys = r.Groups.Select(x => x.Key).ToList();
        var tables = MarkdownReport.SideBySide(r.Naming).ToList();
        for (var n = 0; n < tables.Count; n++)
        {
            var t = tables[n];
            var id = $"nm-{N(n)}";
            h.Append("<h3 id=\"").Append(id).Append("\">").Append(E(t.Target)).Append(" (").Append(E(t.Language)).Append(')')
             .Append(t.Tested ? string.Empty : ", not tested").Append("</h3>\n<table><tr><th></th>");
            foreach (var g in t.Groups)
            {
                // A side-by-side column is "group (language)": its colour is the group's.
                var cut = g.Group.LastIndexOf(" (", StringComparison.Ordinal);
                var key = groupKeys.Contains(g.Group) || cut < 0 ? g.Group : g.Group[..cut];
                h.Append("<th><span class=\"sw\" style=\"background:").Append(Color(IndexOf(groupKeys, key))).Append("\"></span>").Append(E(g.Group)).Append("</th>");
            }

            h.Append("</tr>\n<tr><th>References</th>");
            foreach (var g in t.Groups)
            {
                h.Append("<td>").Append(N(g.References)).Append(" (").Append(N(g.Voices.Outlet)).Append('/').Append(N(g.Voices.Quoted)).Append('/')
                 .Append(N(g.Voices.Embedded)).Append('/').Append(N(g.Voices.Audience)).Append(")</td>");
            }

            h.Append("</tr>\n<tr><th>Expressions</th>");
            foreach (var g in t.Groups)
            {
                h.Append("<td>").Append(E(string.Join(", ", g.Expressions.Select(e => $"{e.Text} ×{N(e.Count)}")))).Append("</td>");
            }

            h.Append("</tr>\n");
            var depth = t.Groups.Max(g => g.Labels.Count);
            for (var i = 0; i < depth; i++)
            {
                h.Append("<tr><th>Label ").Append(N(i + 1)).Append("</th>");
                for (var c = 0; c < t.Groups.Count; c++)
                {
                    var labels = t.Groups[c].Labels;
                    h.Append("<td>");
                    if (i < labels.Count)
                    {
                        var l = labels[i];
                        var valence = l.Valence + l.Evaluative;
                        h.Append("<a href=\"#").Append(id).Append("-g").Append(N(c)).Append("-l").Append(N(i)).Append("\">").Append(E(l.Label)).Append("</a>")
                         .Append(valence > 0 ? " (+)" : valence < 0 ? " (−)" : string.Empty).Append(" ×").Append(N(l.Count));
                        if (l.Z is { } z)
                        {
                            h.Append(" <span class=\"meta\">z ").Append(F(z, "0.00")).Append("</span>");
                        }
                    }

                    h.Append("</td>");
                }

                h.Append("</tr>\n");
            }

            h.Append("</table>\n");
            for (var c = 0; c < t.Groups.Count; c++)
            {
                var g = t.Groups[c];
                for (var i = 0; i < g.Labels.Count; i++)
                {
                    var l = g.Labels[i];
                    h.Append("<div class=\"snip\" id=\"").Append(id).Append("-g").Append(N(c)).Append("-l").Append(N(i)).Append("\"><b>").Append(E(l.Label)).Append("</b> — ")
                     .Append(E(g.Group)).Append(", ").Append(l.Attachment.ToString().ToLowerInvariant()).Append(", ").Append(N(l.Count)).Append("×: ");
                    NamingSnippet(h, l.Example);
                    h.Append(" <a class=\"meta\" href=\"#").Append(id).Append("\">↑ table</a></div>\n");
                }
            }
        }
    }

    private static void NamingSnippet(StringBuilder h, NamingExample e)
    {
        var text = e.Sentence;
        var start = Math.Clamp(e.Location.Start - e.SentenceStart, 0, text.Length);
        var end = Math.Clamp(start + e.Location.Length, start, text.Length);
        h.Append("<q>").Append(E(text[..start])).Append("<mark>").Append(E(text[start..end])).Append("</mark>").Append(E(text[end..]))
         .Append("</q> <span class=\"meta\">").Append(E(e.Location.ArticleId)).Append(" · ").Append(E(e.Location.UnitId)).Append("</span>");
    }
}
