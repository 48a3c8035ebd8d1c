using System.Text;
using FramingAnalysis.Comparison;

namespace FramingAnalysis.Reporting;

public static partial class HtmlReport
{
    /// <summary>The key findings (<see cref="ComparisonResult.KeyFindings"/>) as a list of sentences, each linking to the
    /// frame's block in the frame chart, and the note on what the list leaves out or why it is empty.</summary>
    private static void KeyFindingsSection(StringBuilder h, ComparisonResult r)
    {
        h.Append("<h2 id=\"findings\">Key findings</h2>\n<p>").Append(E(KeyFindingText.Intro)).Append("</p>\n");
        if (r.KeyFindings.Findings.Count > 0)
        {
            h.Append("<ul class=\"findings\">\n");
            foreach (var finding in r.KeyFindings.Findings)
            {
                var f = IndexOf(r.Frames, finding.Frame);
                h.Append("<li>").Append(E(KeyFindingText.Sentence(finding, r)));
                if (f >= 0)
                {
                    h.Append(" <a class=\"meta\" href=\"#frames-f").Append(N(f)).Append("\">chart</a>");
                }

                h.Append("</li>\n");
            }

            h.Append("</ul>\n");
        }

        if (KeyFindingText.Note(r.KeyFindings, r.Groups.Count) is { } note)
        {
            h.Append("<p class=\"note\">").Append(E(note)).Append("</p>\n");
        }
    }
}
