namespace FramingAnalysis.Reporting;

/// <summary>
/// Axis limits and ticks for the HTML report's charts, chosen from the data so that small values are not lost on a fixed
/// scale (a stance mean of 0.05 on a −1…1 axis is a bar two pixels long). Pure functions; thread-safe.
/// </summary>
internal static class ChartScale
{
    /// <summary>The symmetric limits a stance axis may take, smallest first: the axis runs from −limit to +limit.</summary>
    public static readonly double[] StanceLimits = [0.05, 0.1, 0.2, 0.25, 0.5, 1];

    /// <summary>
    /// The smallest of <see cref="StanceLimits"/> that holds <paramref name="largestMagnitude"/> (the largest |value| to
    /// be drawn, interval ends included); 1 (the whole stance range) for anything larger, non-finite, or when nothing is drawn.
    /// </summary>
    public static double SymmetricLimit(double largestMagnitude)
    {
        if (!double.IsFinite(largestMagnitude))
        {
            return 1;
        }

        var m = Math.Abs(largestMagnitude);
        foreach (var limit in StanceLimits)
        {
            // A hair of tolerance, so that a value of exactly 0.1 written as 0.1000000001 does not double the axis.
            if (m <= limit * (1 + 1e-9))
            {
                return limit;
            }
        }

        return 1;
    }

    /// <summary>The smallest "nice" number (1, 2, 2.5 or 5 times a power of ten) at or above <paramref name="value"/>, for a
    /// 0-based axis; 1 for a value that is not a positive finite number.</summary>
    public static double NiceCeiling(double value)
    {
        if (!(value > 0) || !double.IsFinite(value))
        {
            return 1;
        }

        var power = Math.Pow(10, Math.Floor(Math.Log10(value)));
        foreach (var step in new[] { 1, 2, 2.5, 5, 10 })
        {
            if (value <= step * power * (1 + 1e-9))
            {
                return step * power;
            }
        }

        return 10 * power;
    }

    /// <summary>Evenly spaced ticks from <paramref name="min"/> to <paramref name="max"/>, both included.</summary>
    /// <param name="min">The axis start.</param>
    /// <param name="max">The axis end.</param>
    /// <param name="intervals">How many steps between the ticks (at least 1); the ticks are one more.</param>
    public static double[] Ticks(double min, double max, int intervals = 4)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(intervals, 1);
        var ticks = new double[intervals + 1];
        for (var i = 0; i <= intervals; i++)
        {
            // Computed from the ends, not by repeated addition, so that 0 comes out as 0 and not as 1e-17.
            ticks[i] = i == intervals ? max : min + ((max - min) * i / intervals);
        }

        return ticks;
    }
}
