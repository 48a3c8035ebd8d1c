// Consumes the freshly packed FramingAnalysis package the way a user does, and prints the sample corpus counts.
using FramingAnalysis;

var corpus = Corpus.Load(args.Length > 0 ? args[0] : "corpus");
var units = corpus.Units().ToList();
Console.WriteLine($"articles={corpus.Articles.Count} comments={corpus.Problems.CommentsRead} units={units.Count} problems={corpus.Problems.Count}");
foreach (var g in corpus.Articles.GroupBy(a => a.Source).OrderBy(g => g.Key, StringComparer.Ordinal))
{
    Console.WriteLine($"  {g.Key}: {g.Count()} articles");
}

return corpus.Articles.Count > 0 ? 0 : 1;
