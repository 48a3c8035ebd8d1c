using System.Text;
using FramingAnalysis.Comparison;

namespace FramingAnalysis.Reporting;

public static partial class HtmlReport
{
    /// <summary>Pixels between two frames' blocks of bars in the grouped frame chart.</summary>
    private const int FrameGap = 8;

    /// <summary>
    /// One grouped bar chart of frame salience: a block of bars per frame (labelled with the frame's English display name),
    /// one bar per group in the group's colour with its interval as a whisker, a legend of the group colours on top, and a
    /// 0-based axis with labelled ticks whose end is the nice number above the largest bar or whisker. Each frame's block is
    /// <c>&lt;g id="frames-f{k}"&gt;</c>; each bar links to its group's cue example for the frame when there is one.
    /// </summary>
    private static void FrameChart(StringBuilder h, ComparisonResult r)
    {
        h.Append("<h2 id=\"frames\">Frame distribution</h2>\n<p>Mean article-level frame salience per frame and group (bar) with its interval (whisker), ")
         .Append("all on one scale. Hover a bar for its value, interval and share (the frame's part of the group's total); a bar links to the group's top cue ")
         .Append("for the frame with an example sentence.</p>\n");
        if (r.Groups.Count == 0 || r.Frames.Count == 0)
        {
            h.Append("<p>No frames to show.</p>\n");
            return;
        }

        var largest = r.Groups.SelectMany(g => g.Frames).Select(f => Math.Max(Finite(f.Salience.Upper, 0), Finite(f.Salience.Estimate, 0))).DefaultIfEmpty(0).Max();
        var max = ChartScale.NiceCeiling(largest);
        var width = LabelWidth + PlotWidth + 50;
        var legend = LegendLayout(r.Groups.Select(g => g.Key).ToList(), width);
        var top = legend.Height;
        var block = (r.Groups.Count * BarHeight) + FrameGap;
        var bottom = top + (r.Frames.Count * block);
        var height = bottom + 24;
        Svg(h, "frames-chart", width, height, "Frame salience by group");
        for (var g = 0; g < r.Groups.Count; g++)
        {
            var (x, y) = legend.Positions[g];
            h.Append("<rect x=\"").Append(F(x, "0.0")).Append("\" y=\"").Append(y).Append("\" width=\"10\" height=\"10\" fill=\"").Append(Color(g)).Append("\"/>\n");
            Text(h, x + 14, y + 5, r.Groups[g].Key, "start");
        }

        var ticks = ChartScale.Ticks(0, max, intervals: ZeroBasedIntervals(max));
        foreach (var tick in ticks)
        {
            GridLine(h, X(tick, 0, max), top, bottom);
        }

        for (var f = 0; f < r.Frames.Count; f++)
        {
            var y0 = top + (f * block);
            var name = KeyFindingText.FrameDisplayName(r, r.Frames[f]);
            h.Append("<g id=\"frames-f").Append(N(f)).Append("\">\n");
            h.Append("<text x=\"").Append(F(LabelWidth - 6, "0.0")).Append("\" y=\"").Append(y0 + ((r.Groups.Count * BarHeight) / 2) - 1)
             .Append("\" text-anchor=\"end\" dominant-baseline=\"middle\"><title>").Append(E(FrameTooltip(r, f))).Append("</title>").Append(E(name)).Append("</text>\n");
            for (var g = 0; g < r.Groups.Count; g++)
            {
                var group = r.Groups[g];
                var y = y0 + (g * BarHeight);
                var s = group.Frames[f].Salience;
                var link = group.CueExamples.Any(c => c.Frame == r.Frames[f]);
                if (link)
                {
                    h.Append("<a href=\"#ev-g").Append(N(g)).Append("-f").Append(N(f)).Append("\">");
                }

                Bar(h, 0, Finite(s.Estimate, 0), max, y, Color(g), $"{group.Key} · {name} ({r.Frames[f]}): {F(s.Estimate)} {Ci(s)}, share {F(group.Frames[f].Share)}");
                if (link)
                {
                    h.Append("</a>");
                }

                if (s.IsDefined)
                {
                    Whisker(h, s.Lower, s.Upper, max, y + (BarHeight / 2) - 1);
                }

                h.Append("<text x=\"").Append(F(LabelWidth + PlotWidth + 4, "0.0")).Append("\" y=\"").Append(y + ((BarHeight - 2) / 2))
                 .Append("\" dominant-baseline=\"middle\" style=\"font-size:9px;fill:#555\">").Append(F(s.Estimate, "0.000")).Append("</text>\n");
            }

            h.Append("</g>\n");
        }

        TickAxis(h, 0, max, ticks, bottom + 2);
        h.Append("</svg>\n");
    }

    /// <summary>The frame's id and English definition, for the tooltip of its label.</summary>
    private static string FrameTooltip(ComparisonResult r, int f)
    {
        var d = f < r.FrameDefinitions.Count && r.FrameDefinitions[f].Id == r.Frames[f] ? r.FrameDefinitions[f] : null;
        return d is null || string.IsNullOrWhiteSpace(d.Definition) ? r.Frames[f] : $"{r.Frames[f]}: {d.Definition}";
    }

    /// <summary>Tick intervals for a 0-based axis ending at a nice number: steps of a fifth (0.5 → 0.1) except for a
    /// 2×10^k end, which gets quarters (2 → 0.5).</summary>
    private static int ZeroBasedIntervals(double max)
    {
        var mantissa = max / Math.Pow(10, Math.Floor(Math.Log10(max)));
        return Math.Abs(mantissa - 2) < 1e-9 ? 4 : 5;
    }

    /// <summary>Where each group's legend entry goes inside a chart of the given width: entries left to right, wrapping to a
    /// new 16-pixel row when the next would pass the right edge (widths estimated at 6.5 pixels a character).</summary>
    private static (List<(double X, int Y)> Positions, int Height) LegendLayout(IReadOnlyList<string> keys, int width)
    {
        var positions = new List<(double X, int Y)>();
        double x = LabelWidth;
        var y = 4;
        foreach (var key in keys)
        {
            var entry = 14 + (6.5 * key.Length) + 16;
            if (x + entry > width && x > LabelWidth)
            {
                x = LabelWidth;
                y += 16;
            }

            positions.Add((x, y));
            x += entry;
        }

        return (positions, y + 20);
    }

    private static void GridLine(StringBuilder h, double x, int y1, int y2) =>
        h.Append("<line x1=\"").Append(F(x, "0.0")).Append("\" x2=\"").Append(F(x, "0.0")).Append("\" y1=\"").Append(y1).Append("\" y2=\"").Append(y2)
         .Append("\" stroke=\"#e4e4e4\"/>\n");

    /// <summary>A horizontal axis line across the plot with a labelled tick at each of <paramref name="ticks"/>.</summary>
    private static void TickAxis(StringBuilder h, double min, double max, double[] ticks, int y)
    {
        h.Append("<line x1=\"").Append(LabelWidth).Append("\" x2=\"").Append(LabelWidth + PlotWidth).Append("\" y1=\"").Append(y).Append("\" y2=\"").Append(y).Append("\" stroke=\"#999\"/>\n");
        for (var i = 0; i < ticks.Length; i++)
        {
            var x = X(ticks[i], min, max);
            h.Append("<line x1=\"").Append(F(x, "0.0")).Append("\" x2=\"").Append(F(x, "0.0")).Append("\" y1=\"").Append(y).Append("\" y2=\"").Append(y + 4).Append("\" stroke=\"#999\"/>\n");
            var anchor = i == 0 ? "start" : i == ticks.Length - 1 ? "end" : "middle";
            Text(h, x, y + 13, TickLabel(ticks[i]), anchor);
        }
    }

    /// <summary>A tick value with as many decimals as it needs (up to 3), with a real minus sign.</summary>
    private static string TickLabel(double value)
    {
        var text = F(value, "0.###");
        return text.StartsWith('-') ? "−" + text[1..] : text;
    }
}
