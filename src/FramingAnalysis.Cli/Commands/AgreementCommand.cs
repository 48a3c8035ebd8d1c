using System.CommandLine;
using System.Globalization;
using FramingAnalysis.Evaluation;
using FramingAnalysis.ML;

namespace FramingAnalysis.Cli.Commands;

/// <summary>
/// <c>framing agreement FILE</c>: inter-annotator agreement from a table with one row per unit and one column per coder.
/// </summary>
internal static class AgreementCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var file = new Argument<string>("file") { Description = "A .csv, .tsv or .jsonl table: an id column and one column per coder; an empty cell is a missing rating." };
        var idColumn = new Option<string>("--id-column") { Description = "The column that identifies the unit (every other column is a coder).", DefaultValueFactory = _ => "id" };
        var order = new Option<string?>("--order") { Description = "Categories from lowest to highest, comma-separated (e.g. against,neutral,favor); needed for ordinal alpha." };
        var command = new Command("agreement", "Inter-annotator agreement: percent agreement, Cohen's kappa per pair of coders, Fleiss' kappa, Krippendorff's alpha (nominal and, with --order, ordinal).")
        {
            file,
            idColumn,
            order,
        };
        command.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(file)!;
            RawTable table;
            try
            {
                table = RawTable.Read(path);
            }
            catch (TrainingDataException ex)
            {
                return await DataColumnOptions.ReportAsync(error, "agreement", ex).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is FileNotFoundException or NotSupportedException)
            {
                await error.WriteLineAsync($"framing agreement: {ex.Message}").ConfigureAwait(false);
                return FramingCli.UsageError;
            }

            var id = parse.GetValue(idColumn)!;
            var idIndex = table.IndexOf(id);
            if (idIndex < 0)
            {
                await error.WriteLineAsync($"{path}:{table.HeaderLine}: column '{id}': missing id column (the header has: {string.Join(", ", table.Header)}; choose another with --id-column)").ConfigureAwait(false);
                return FramingCli.InputProblems;
            }

            var coders = Enumerable.Range(0, table.Header.Length).Where(i => i != idIndex).ToArray();
            if (coders.Length < 2)
            {
                await error.WriteLineAsync($"{path}:{table.HeaderLine}: agreement needs at least two coder columns besides '{id}'").ConfigureAwait(false);
                return FramingCli.InputProblems;
            }

            var ratings = table.Rows
                .Select(r => (IReadOnlyList<string?>)coders.Select(c => c < r.Fields.Length && !string.IsNullOrWhiteSpace(r.Fields[c]) ? r.Fields[c]!.Trim() : null).ToArray())
                .ToList();
            var categories = parse.GetValue(order)?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (categories is not null)
            {
                var known = new HashSet<string>(categories, StringComparer.Ordinal);
                for (var i = 0; i < ratings.Count; i++)
                {
                    for (var j = 0; j < coders.Length; j++)
                    {
                        if (ratings[i][j] is { } value && !known.Contains(value))
                        {
                            await error.WriteLineAsync($"{path}:{table.Rows[i].Line}: column '{table.Header[coders[j]]}': '{value}' is not in --order ({string.Join(", ", categories)})").ConfigureAwait(false);
                            return FramingCli.InputProblems;
                        }
                    }
                }
            }

            var c = CultureInfo.InvariantCulture;
            static string V(AgreementResult r) => double.IsNaN(r.Value) ? "undefined" : r.Value.ToString("0.000", CultureInfo.InvariantCulture);
            await output.WriteLineAsync($"{path}: {ratings.Count} units, {coders.Length} coders ({string.Join(", ", coders.Select(i => table.Header[i]))})").ConfigureAwait(false);
            var rows = new List<string[]>
            {
                Row("Percent agreement (mean pairwise)", Agreement.PercentAgreement(ratings)),
            };
            try
            {
                rows.Add(Row("Fleiss' kappa", Agreement.FleissKappa(ratings)));
            }
            catch (ArgumentException ex)
            {
                rows.Add(["Fleiss' kappa", "n/a", ex.Message.Split('(')[0].Trim(), string.Empty]);
            }

            rows.Add(Row("Krippendorff's alpha (nominal)", Agreement.KrippendorffAlpha(ratings, AlphaMetric.Nominal)));
            rows.Add(categories is null
                ? ["Krippendorff's alpha (ordinal)", "n/a", "give --order", string.Empty]
                : Row("Krippendorff's alpha (ordinal)", Agreement.KrippendorffAlpha(ratings, AlphaMetric.Ordinal, categories)));
            Table.Write(output, ["statistic", "value", "units used", "skipped"], rows);
            await output.WriteLineAsync().ConfigureAwait(false);
            var pairs = new List<string[]>();
            for (var a = 0; a < coders.Length; a++)
            {
                for (var b = a + 1; b < coders.Length; b++)
                {
                    var kappa = Agreement.CohensKappa(ratings.Select(r => r[a]).ToArray(), ratings.Select(r => r[b]).ToArray());
                    pairs.Add([table.Header[coders[a]], table.Header[coders[b]], V(kappa), kappa.Observed.ToString("0.000", c), kappa.Items.ToString(c)]);
                }
            }

            Table.Write(output, ["coder A", "coder B", "Cohen's kappa", "observed agreement", "units"], pairs);
            return FramingCli.Ok;

            string[] Row(string name, AgreementResult r) => [name, V(r), r.Items.ToString(c), r.SkippedItems.ToString(c)];
        });
        return command;
    }
}
