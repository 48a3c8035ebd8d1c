using System.Globalization;

namespace FramingAnalysis.Comparison;

/// <summary>
/// A calendar window that splits each group of a comparison by publication date (UTC). Articles without a date go to
/// the window <c>undated</c>. The command line and the reports write a window in lower case (<c>day</c>, <c>week</c>,
/// <c>month</c>, <c>year</c>).
/// </summary>
public enum TimeWindow
{
    /// <summary>One calendar day: <c>2026-03-23</c>.</summary>
    Day,

    /// <summary>One ISO 8601 week (Monday to Sunday, weeks numbered by the ISO year): <c>2026-W13</c>.</summary>
    Week,

    /// <summary>One calendar month: <c>2026-03</c>.</summary>
    Month,

    /// <summary>One calendar year: <c>2026</c>.</summary>
    Year,
}

/// <summary>Names, parsing and labels of <see cref="TimeWindow"/> values.</summary>
internal static class TimeWindows
{
    /// <summary>The window label of articles without a publication date.</summary>
    public const string Undated = "undated";

    /// <summary>The window as the command line and the reports write it (<c>day</c>, <c>week</c>, <c>month</c>, <c>year</c>).</summary>
    public static string Name(this TimeWindow window) => window switch
    {
        TimeWindow.Day => "day",
        TimeWindow.Week => "week",
        TimeWindow.Month => "month",
        TimeWindow.Year => "year",
        _ => throw new ArgumentOutOfRangeException(nameof(window), window, "Unknown time window."),
    };

    /// <summary>Reads a window as the command line writes it; null for null.</summary>
    /// <exception cref="ArgumentException">The text names no window.</exception>
    public static TimeWindow? Parse(string? text) => text switch
    {
        null => null,
        "day" => TimeWindow.Day,
        "week" => TimeWindow.Week,
        "month" => TimeWindow.Month,
        "year" => TimeWindow.Year,
        _ => throw new ArgumentException($"Unknown time window '{text}'; use day, week, month or year.", nameof(text)),
    };

    /// <summary>The label of the window that holds <paramref name="published"/> (UTC), or <see cref="Undated"/>.</summary>
    public static string Label(this TimeWindow window, DateTimeOffset? published)
    {
        if (published is not { } date)
        {
            return Undated;
        }

        var utc = date.UtcDateTime;
        return window switch
        {
            TimeWindow.Day => utc.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            TimeWindow.Week => string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(utc)}-W{ISOWeek.GetWeekOfYear(utc):00}"),
            TimeWindow.Month => utc.ToString("yyyy-MM", CultureInfo.InvariantCulture),
            TimeWindow.Year => utc.ToString("yyyy", CultureInfo.InvariantCulture),
            _ => throw new ArgumentOutOfRangeException(nameof(window), window, "Unknown time window."),
        };
    }
}
