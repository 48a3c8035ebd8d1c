using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.Data.Analysis;

namespace FramingAnalysis.DataFrames;

/// <summary>Renders a DataFrame as an HTML table: every cell escaped, numbers in the invariant culture with 4 decimals,
/// NaN and null shown as <c>n/a</c>, and a visible note when rows are left out.</summary>
internal static class HtmlTable
{
    internal const string Style = "<style>.framing-table{border-collapse:collapse;font:13px system-ui,sans-serif}.framing-table th,.framing-table td{border:1px solid #ddd;padding:2px 6px;vertical-align:top}.framing-table td.num{text-align:right;font-variant-numeric:tabular-nums}.framing-note{color:#a33;font:italic 12px system-ui,sans-serif}mark.sentiment-pos{background:#c8f0c8}mark.sentiment-neg{background:#f6c6c6}mark.stance{background:#c9dcf7}mark.frame{background:#fbe7a6}</style>";

    public static string Render(DataFrame frame, int maxRows, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(frame);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxRows, 1);
        var total = frame.Rows.Count;
        var shown = (int)Math.Min(total, maxRows);
        var h = new StringBuilder();
        h.Append("<div class=\"framing\">").Append(Style);
        if (title is not null)
        {
            h.Append("<h4>").Append(WebUtility.HtmlEncode(title)).Append("</h4>");
        }

        if (shown < total)
        {
            h.Append(Note(shown, total));
        }

        h.Append("<table class=\"framing-table\"><thead><tr>");
        foreach (var column in frame.Columns)
        {
            h.Append("<th>").Append(WebUtility.HtmlEncode(column.Name)).Append("</th>");
        }

        h.Append("</tr></thead><tbody>");
        for (var r = 0; r < shown; r++)
        {
            h.Append("<tr>");
            foreach (var column in frame.Columns)
            {
                var value = column[r];
                var numeric = value is double or float or int or long;
                h.Append(numeric ? "<td class=\"num\">" : "<td>").Append(WebUtility.HtmlEncode(Cell(value))).Append("</td>");
            }

            h.Append("</tr>");
        }

        h.Append("</tbody></table>");
        if (shown < total)
        {
            h.Append(Note(shown, total));
        }
        else if (total == 0)
        {
            h.Append("<p class=\"framing-note\">no rows</p>");
        }

        h.Append("</div>");
        return h.ToString();
    }

    /// <summary>The truncation note, e.g. "showing 50 of 234 rows".</summary>
    internal static string NoteText(long shown, long total) =>
        string.Create(CultureInfo.InvariantCulture, $"showing {shown} of {total} rows");

    internal static string Cell(object? value) => value switch
    {
        null => "n/a",
        double d when double.IsNaN(d) => "n/a",
        double d => d.ToString("0.####", CultureInfo.InvariantCulture),
        float f => f.ToString("0.####", CultureInfo.InvariantCulture),
        DateTime t => t.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    private static string Note(long shown, long total) => "<p class=\"framing-note\">" + NoteText(shown, total) + "</p>";
}
