namespace FramingAnalysis.ML;

/// <summary>Stratified fold assignment (used until the shared evaluation package provides one).</summary>
internal static class Folds
{
    /// <summary>Splits indices into <paramref name="k"/> test folds, each class spread evenly, shuffled with <paramref name="seed"/>.</summary>
    public static List<int[]> Stratified(IReadOnlyList<string> labels, int k, int seed)
    {
        var random = new Random(seed);
        var folds = Enumerable.Range(0, k).Select(_ => new List<int>()).ToList();
        var offset = 0;
        foreach (var group in Enumerable.Range(0, labels.Count).GroupBy(i => labels[i], StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var members = group.ToArray();
            random.Shuffle(members);
            foreach (var index in members)
            {
                folds[offset % k].Add(index);
                offset++;
            }
        }

        return folds.Select(f => f.Order().ToArray()).ToList();
    }
}
