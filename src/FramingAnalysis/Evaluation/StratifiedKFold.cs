using FramingAnalysis.Comparison.Statistics;

namespace FramingAnalysis.Evaluation;

/// <summary>
/// Stratified k-fold assignment: every fold gets nearly the same share of each label, so rare stances or frames appear
/// in every test fold. Deterministic for a seed; thread-safe (pure function).
/// </summary>
public static class StratifiedKFold
{
    /// <summary>
    /// Assigns each item a fold in [0, k). Items are grouped by label (labels in ordinal order), each group is shuffled
    /// with <see cref="SeededRandom"/> (stream = the label's rank), and the groups are then dealt to folds round-robin as
    /// one continuous sequence. Consequently each label's count differs by at most one between folds, and so do fold sizes.
    /// A label with fewer than k items is absent from some folds.
    /// </summary>
    /// <remarks>
    /// To keep all units of one article in the same fold (to avoid leakage between near-duplicate paragraphs), pass one
    /// label per article and map the folds back to its units. Cost: O(n log n).
    /// </remarks>
    /// <param name="labels">The label of each item (the stratum).</param>
    /// <param name="k">The number of folds, from 2 to the number of items.</param>
    /// <param name="seed">The seed; equal inputs and seed give equal folds.</param>
    /// <returns>A new array with the fold index of each item.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="k"/> is below 2 or above the number of items.</exception>
    public static int[] Split(IReadOnlyList<string> labels, int k, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(labels);
        if (k < 2 || k > labels.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(k), k, $"k must be between 2 and the number of items ({labels.Count}).");
        }

        var groups = new SortedDictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < labels.Count; i++)
        {
            ArgumentNullException.ThrowIfNull(labels[i], nameof(labels));
            if (!groups.TryGetValue(labels[i], out var members))
            {
                groups[labels[i]] = members = [];
            }

            members.Add(i);
        }

        var folds = new int[labels.Count];
        var position = 0;
        ulong stream = 0;
        foreach (var members in groups.Values)
        {
            var items = members.ToArray();
            SeededRandom.ForStream(seed, stream++).Shuffle<int>(items);
            foreach (var item in items)
            {
                folds[item] = position++ % k;
            }
        }

        return folds;
    }
}
