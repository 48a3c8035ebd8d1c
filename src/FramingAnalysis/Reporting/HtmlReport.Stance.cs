using System.Text;
using FramingAnalysis.Comparison;

namespace FramingAnalysis.Reporting;

public static partial class HtmlReport
{
    /// <summary>
    /// Stance by voice: per target a chart of the mean stance per voice and group, on a symmetric axis scaled to the
    /// largest |mean| or interval end drawn (<see cref="ChartScale.SymmetricLimit"/>) with labelled ticks, then one table
    /// of every row with the units that mention the target and the units that do not, shown apart. With no targets, a
    /// hint how to give some.
    /// </summary>
    private static void StanceCharts(StringBuilder h, ComparisonResult r)
    {
        h.Append("<h2 id=\"stance\">Stance by voice</h2>\n");
        if (r.Targets.Count == 0)
        {
            h.Append("<p>No targets were given, so no stance was scored. Pass <code>--targets targets.json</code> (see <code>corpus/targets.json</code> for the format) ")
             .Append("to score stance toward named people, organisations or policies.</p>\n");
            return;
        }

        h.Append("<p>Unit-weighted mean stance score (the scale is [−1, 1]; each chart's axis is scaled to its data, so compare the tick labels, not bar ")
         .Append("lengths, across charts) with its interval, computed on the units that mention the target. A unit that does not mention a target has no stance ")
         .Append("toward it (the scorer gives it none), so it is counted apart, never averaged in as neutral: the table shows both counts. ")
         .Append("Rows follow the voice of the stance-bearing text; the table links each row to an example unit with its strongest cue marked.</p>\n");
        Legend(h, r.Groups.Select(g => g.Key).ToList());
        var voices = Enum.GetValues<Voice>().Where(v => r.Groups.Any(g => g.Stance.Any(s => s.Voice == v))).ToList();
        for (var t = 0; t < r.Targets.Count; t++)
        {
            var target = r.Targets[t];
            h.Append("<h3>").Append(E(target)).Append("</h3>\n");
            var drawn = r.Groups.SelectMany(g => g.Stance).Where(s => s.Target == target && s.Units > 0).ToList();
            var limit = ChartScale.SymmetricLimit(drawn
                .SelectMany(s => new[] { s.Mean.Estimate, s.Mean.Lower, s.Mean.Upper })
                .Where(double.IsFinite).Select(Math.Abs).DefaultIfEmpty(0).Max());
            var rowHeight = (r.Groups.Count * BarHeight) + 8;
            var height = (voices.Count * rowHeight) + 28;
            Svg(h, "stance-t" + N(t), LabelWidth + PlotWidth + 20, height, $"Stance toward {target} (axis −{F(limit, "0.###")} to {F(limit, "0.###")})");
            var ticks = ChartScale.Ticks(-limit, limit);
            foreach (var tick in ticks)
            {
                GridLine(h, X(tick, -limit, limit), 0, height - 22);
            }

            var zero = X(0, -limit, limit);
            h.Append("<line x1=\"").Append(F(zero, "0.0")).Append("\" x2=\"").Append(F(zero, "0.0")).Append("\" y1=\"0\" y2=\"").Append(height - 22).Append("\" stroke=\"#888\"/>\n");
            for (var i = 0; i < voices.Count; i++)
            {
                var y0 = (i * rowHeight) + 4;
                Text(h, LabelWidth - 6, y0 + (rowHeight / 2) - 4, Voices.Name(voices[i]), "end");
                for (var g = 0; g < r.Groups.Count; g++)
                {
                    if (r.Groups[g].Stance.FirstOrDefault(s => s.Target == target && s.Voice == voices[i]) is not { } s)
                    {
                        continue;
                    }

                    var y = y0 + (g * BarHeight);
                    if (s.Units == 0)
                    {
                        NoMention(h, zero, y, Color(g), $"{r.Groups[g].Key} · {Voices.Name(voices[i])}: no unit mentions it ({s.NotMentioning} units do not)");
                        continue;
                    }

                    var value = Finite(s.Mean.Estimate, 0);
                    var link = r.Groups[g].StanceExamples.Any(e => e.Target == target && e.Voice == voices[i]);
                    if (link)
                    {
                        h.Append("<a href=\"#").Append(StanceId(g, t, voices[i])).Append("\">");
                    }

                    Bar(h, -limit, value, limit, y, Color(g), $"{r.Groups[g].Key} · {Voices.Name(voices[i])}: {F(value)} {Ci(s.Mean)} ({s.Units} units mention it, {s.NotMentioning} do not)");
                    if (link)
                    {
                        h.Append("</a>");
                    }

                    if (s.Mean.IsDefined)
                    {
                        Whisker(h, s.Mean.Lower, s.Mean.Upper, limit, y + (BarHeight / 2), -limit);
                    }
                }
            }

            TickAxis(h, -limit, limit, ticks, height - 20);
            h.Append("</svg>\n");
        }

        h.Append("<table><tr><th>Group</th><th>Target</th><th>Voice</th><th>Units mentioning</th><th>Units not mentioning</th><th>Share mentioning</th><th>Articles</th>")
         .Append("<th>Mean (mentioning units)</th><th>CI</th><th>Against</th><th>Neutral</th><th>Favor</th><th>Example</th></tr>\n");
        for (var t = 0; t < r.Targets.Count; t++)
        {
            for (var g = 0; g < r.Groups.Count; g++)
            {
                foreach (var s in r.Groups[g].Stance.Where(s => s.Target == r.Targets[t]))
                {
                    var whole = s.Units + s.NotMentioning;
                    h.Append("<tr><td>").Append(E(r.Groups[g].Key)).Append("</td><td>").Append(E(s.Target)).Append("</td><td>").Append(Voices.Name(s.Voice))
                     .Append("</td><td class=\"n\">").Append(N(s.Units)).Append("</td><td class=\"n\">").Append(N(s.NotMentioning))
                     .Append("</td><td class=\"n\">").Append(whole == 0 ? "–" : F(100.0 * s.Units / whole, "0") + "%").Append("</td><td class=\"n\">").Append(N(s.Articles))
                     .Append("</td><td class=\"n\">").Append(s.Units == 0 ? "no unit mentions it" : F(s.Mean.Estimate)).Append("</td><td>").Append(Ci(s.Mean))
                     .Append("</td><td class=\"n\">").Append(N(s.Against)).Append("</td><td class=\"n\">").Append(N(s.Neutral)).Append("</td><td class=\"n\">").Append(N(s.Favor)).Append("</td><td>");
                    if (r.Groups[g].StanceExamples.Any(e => e.Target == s.Target && e.Voice == s.Voice))
                    {
                        h.Append("<a href=\"#").Append(StanceId(g, t, s.Voice)).Append("\">example</a>");
                    }

                    h.Append("</td></tr>\n");
                }
            }
        }

        h.Append("</table>\n");
    }
}
