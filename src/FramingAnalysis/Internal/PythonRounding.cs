using System.Globalization;

namespace FramingAnalysis.Internal;

/// <summary>
/// Rounding that gives the same double as Python 3's <c>round(x, n)</c>: the exact binary value is rounded to
/// <c>n</c> decimals, exact ties go to the even digit. <see cref="Math.Round(double, int)"/> scales by 10^n first, and
/// that multiplication can turn 0.12374999... into the tie 1237.5 and round it the wrong way; reproducing a reference
/// implementation's published figures needs the exact rule.
/// </summary>
internal static class PythonRounding
{
    public static double Round(double value, int digits)
    {
        if (!double.IsFinite(value) || value == 0)
        {
            return value;
        }

        // value·10^n is an exact tie (ends in .5) iff value = m / 2^(n+1) with m odd: only then can the decimal expansion
        // stop exactly at a 5 in position n+1. Scaling by a power of two is exact.
        double scaled2 = Math.ScaleB(value, digits + 1);
        if (Math.Abs(value) < 1e6 && digits <= 9 && scaled2 == Math.Floor(scaled2) && Math.IEEERemainder(scaled2, 2) != 0)
        {
            double power = Math.Pow(10, digits);
            return Math.Round(value * power, MidpointRounding.ToEven) / power; // value·10^n is exact here (small odd/2)
        }

        // Otherwise not a tie: .NET formats from the exact binary value, so "F<n>" is correctly rounded, and parsing
        // gives the double nearest that decimal, which is what Python returns.
        return double.Parse(value.ToString("F" + digits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
    }
}
