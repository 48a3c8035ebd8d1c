using FramingAnalysis.DataFrames;

namespace FramingAnalysis.Charts;

/// <summary>The formatter source named by <see cref="TypeFormatterSourceAttribute"/> on <see cref="FramingChart"/>: inline
/// SVG for rich front ends, the one-line description for plain text.</summary>
internal sealed class ChartFormatterSource
{
    public IEnumerable<object> CreateTypeFormatters()
    {
        yield return new Formatter("text/html");
        yield return new Formatter("text/plain");
    }

    internal sealed class Formatter(string mimeType)
    {
        public string MimeType { get; } = mimeType;

        public bool Format(object instance, TextWriter writer)
        {
            if (instance is not IFramingDisplayable displayable)
            {
                return false;
            }

            writer.Write(displayable.ToDisplayString(MimeType));
            return true;
        }
    }
}
