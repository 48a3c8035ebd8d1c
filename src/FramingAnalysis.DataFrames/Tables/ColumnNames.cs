using System.Text;

namespace FramingAnalysis.DataFrames;

/// <summary>
/// How frame ids and target names become column names: lower case, every run of characters other than ASCII letters and
/// digits replaced by one underscore (<c>Prison model</c> → <c>prison_model</c>, <c>Marta Ibarra</c> → <c>marta_ibarra</c>).
/// The same rule names the columns of every table, of Parquet files and of <c>framing analyze --format parquet</c>.
/// </summary>
public static class ColumnNames
{
    /// <summary>The snake_case slug of a frame id or target name.</summary>
    /// <param name="name">A frame id or target name.</param>
    /// <returns>The slug, never empty (<c>x</c> for a name with no letter or digit).</returns>
    public static string Slug(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var sb = new StringBuilder(name.Length);
        var pendingUnderscore = false;
        foreach (var ch in name.Normalize(NormalizationForm.FormD))
        {
            if (char.GetUnicodeCategory(ch) == System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                continue; // drop accents: "Reclusión" → "reclusion"
            }

            if (char.IsAsciiLetterOrDigit(ch))
            {
                if (pendingUnderscore && sb.Length > 0)
                {
                    sb.Append('_');
                }

                pendingUnderscore = false;
                sb.Append(char.ToLowerInvariant(ch));
            }
            else
            {
                pendingUnderscore = true;
            }
        }

        return sb.Length == 0 ? "x" : sb.ToString();
    }

    /// <summary>The column of a frame's score in the unit table: <c>frame_</c> + slug.</summary>
    /// <param name="frame">The frame id.</param>
    /// <returns>The column name.</returns>
    public static string Frame(string frame) => "frame_" + Slug(frame);

    /// <summary>The column of a stance measure of a target: <c>stance_</c> + slug + <c>_</c> + measure.</summary>
    /// <param name="target">The target name.</param>
    /// <param name="measure">The measure: <c>score</c>, <c>label</c>, <c>voice</c>, <c>mean</c> or <c>units</c>.</param>
    /// <returns>The column name.</returns>
    public static string Stance(string target, string measure) => "stance_" + Slug(target) + "_" + measure;

    internal static string Lower(Voice voice) => voice.ToString().ToLowerInvariant();
}
