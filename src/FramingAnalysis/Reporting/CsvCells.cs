using System.Globalization;

namespace FramingAnalysis.Reporting;

/// <summary>
/// Guards CSV report cells against formula injection, following OWASP's CSV Injection advice: a text cell that starts
/// with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return would run as a formula when the file is opened in
/// a spreadsheet (<c>=HYPERLINK(...)</c> in a source name), so it is written with a single quote in front, which
/// spreadsheets show as text. Numbers such as <c>-0.25</c> are written as they are.
/// </summary>
internal static class CsvCells
{
    /// <summary>The cell as written: <paramref name="text"/>, or <c>'</c> + <paramref name="text"/> when it could run as a formula.</summary>
    public static string Safe(string? text)
    {
        if (string.IsNullOrEmpty(text) || text[0] is not ('=' or '+' or '-' or '@' or '\t' or '\r'))
        {
            return text ?? string.Empty;
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _) ? text : "'" + text;
    }
}
