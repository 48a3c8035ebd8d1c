using System.Globalization;

namespace FramingAnalysis.Cli.Commands;

/// <summary>Prints the counts of a loaded corpus as plain aligned tables.</summary>
internal static class CorpusSummary
{
    public static void Write(TextWriter output, LoadedCorpus corpus)
    {
        var p = corpus.Problems;
        var units = corpus.Units().ToList();
        output.WriteLine($"Corpus: {corpus.Path} ({corpus.Format})");
        output.WriteLine(Inv($"Articles: {p.ArticlesRead} read, {p.ArticlesRejected} rejected, {p.ArticlesPresent} present"));
        output.WriteLine(Inv($"Comments: {p.CommentsRead} read, {p.CommentsRejected} rejected, {p.CommentsPresent} present"));
        output.WriteLine(Inv($"Units: {units.Count} ({units.Count(u => u.IsScored)} scored)"));
        output.WriteLine();

        var kinds = Enum.GetValues<UnitKind>();
        var rows = new List<string[]>();
        foreach (var group in corpus.Articles.GroupBy(a => a.Source).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var ids = group.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
            var own = units.Where(u => ids.Contains(u.ArticleId)).ToList();
            var languages = string.Join(",", group.Select(a => a.Language ?? "?").Distinct().Order(StringComparer.Ordinal));
            rows.Add([group.Key, languages, Inv($"{group.Count()}"), .. kinds.Select(k => Inv($"{own.Count(u => u.Kind == k)}"))]);
        }

        Table.Write(output, ["source", "language", "articles", .. kinds.Select(k => k.ToString())], rows);
        output.WriteLine();

        var byLanguage = corpus.Articles.GroupBy(a => a.Language ?? "(detect)").OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new[] { g.Key, Inv($"{g.Count()}"), Inv($"{g.Sum(a => a.Paragraphs.Count)}"), Inv($"{g.Sum(a => a.Comments.Count)}") })
            .ToList();
        Table.Write(output, ["language", "articles", "paragraphs", "comments"], byLanguage);
        output.WriteLine();

        output.WriteLine(Inv($"Problems: {p.Count} ({p.ErrorCount} errors, {p.Count - p.ErrorCount} warnings)"));
        foreach (var problem in p)
        {
            output.WriteLine($"  {problem}");
        }
    }

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
