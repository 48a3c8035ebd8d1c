using System.Text;
using FramingAnalysis.Comparison;
using FramingAnalysis.Naming;

namespace FramingAnalysis.Reporting;

/// <summary>The naming section of the Markdown report: one table per target and language, one column per group.</summary>
public static partial class MarkdownReport
{
    private static void Naming(StringBuilder md, ComparisonResult result)
    {
        Line(md, "## Naming of targets");
        Line(md);
        if (result.Naming.Count == 0)
        {
            Line(md, result.Targets.Count == 0
                ? "_No targets were given: pass `--targets targets.json` to see how each group names and labels them._"
                : "_No group refers to a target by a name, alias or anaphor._");
            Line(md);
            return;
        }

        Line(md, "How each group refers to each target (the name, alias or anaphor that matched, and the noun phrase around it) and the " +
            "words it attaches to it: modifiers, appositions and predicates (`is a …`, `es …`). Labels are ranked by weighted log-odds z " +
            "against the other groups of the same language (Monroe, Colaresi & Quinn 2008), most characteristic first; a language only one " +
            "group labels the target in is listed by count, without a test, and such languages are set side by side. `(+)`/`(−)` mark the label's valence in the lexicons. " +
            "References count every voice (outlet / quoted / embedded / audience) and include pronouns, which the expressions leave out.");
        Line(md);
        foreach (var t in SideBySide(result.Naming))
        {
            Line(md, $"### {Cell(t.Target)} ({t.Language}){(t.Tested ? string.Empty : ", not tested")}");
            Line(md);
            var groups = t.Groups;
            var rows = new List<string[]>
            {
                Row("References", groups, g => $"{N(g.References)} ({N(g.Voices.Outlet)}/{N(g.Voices.Quoted)}/{N(g.Voices.Embedded)}/{N(g.Voices.Audience)})"),
                Row("Expressions", groups, g => string.Join(", ", g.Expressions.Select(e => $"{e.Text} ×{N(e.Count)}"))),
                Row("Phrases", groups, g => string.Join(", ", g.Phrases.Where(p => p.Text.Length > 0).Select(p => $"{p.Text} ×{N(p.Count)}"))),
            };
            var depth = groups.Max(g => g.Labels.Count);
            for (var i = 0; i < depth; i++)
            {
                rows.Add(Row($"Label {N(i + 1)}", groups, g => i < g.Labels.Count ? LabelCell(g.Labels[i]) : string.Empty));
            }

            if (depth == 0)
            {
                rows.Add(Row("Labels", groups, _ => "none attached"));
            }

            Table(md, ["", .. groups.Select(g => g.Group)], rows);
            Line(md);
        }
    }

    private static string[] Row(string name, IReadOnlyList<GroupNaming> groups, Func<GroupNaming, string> cell) => [name, .. groups.Select(cell)];

    /// <summary>
    /// The tables to show: a tested table as it is; a target's untested tables (languages with no test, typically one
    /// group each) set side by side in one table whose columns are "group (language)", without a test across languages.
    /// </summary>
    internal static IEnumerable<TargetNaming> SideBySide(IReadOnlyList<TargetNaming> naming)
    {
        foreach (var target in naming.Select(n => n.Target).Distinct(StringComparer.Ordinal))
        {
            var tables = naming.Where(n => n.Target == target).ToList();
            foreach (var t in tables.Where(t => t.Tested))
            {
                yield return t;
            }

            var untested = tables.Where(t => !t.Tested).ToList();
            if (untested.Count == 1)
            {
                yield return untested[0];
            }
            else if (untested.Count > 1)
            {
                yield return new TargetNaming(target, string.Join(" | ", untested.Select(t => t.Language)), false,
                    [.. untested.SelectMany(t => t.Groups.Select(g => g with { Group = $"{g.Group} ({t.Language})" }))]);
            }
        }
    }

    private static string LabelCell(NamingLabel label)
    {
        var valence = label.Valence + label.Evaluative;
        var mark = valence > 0 ? " (+)" : valence < 0 ? " (−)" : string.Empty;
        var z = label.Z is { } value ? $", z {F2(value)}" : string.Empty;
        return $"{label.Label}{mark} ×{N(label.Count)}{z}";
    }
}
