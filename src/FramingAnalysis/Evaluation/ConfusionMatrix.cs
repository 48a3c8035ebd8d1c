namespace FramingAnalysis.Evaluation;

/// <summary>
/// An immutable confusion matrix over a fixed, ordered label set: rows are gold labels, columns predicted labels.
/// Build one with <see cref="ConfusionMatrixBuilder"/> or <see cref="Create"/>. Thread-safe (immutable).
/// </summary>
public sealed class ConfusionMatrix
{
    private readonly int[][] _rows;
    private readonly Dictionary<string, int> _index;

    internal ConfusionMatrix(IReadOnlyList<string> labels, int[][] rows)
    {
        Labels = labels;
        _rows = rows;
        _index = new Dictionary<string, int>(labels.Count, StringComparer.Ordinal);
        for (var i = 0; i < labels.Count; i++)
        {
            _index[labels[i]] = i;
        }

        foreach (var row in rows)
        {
            foreach (var count in row)
            {
                Total += count;
            }
        }

        for (var i = 0; i < rows.Length; i++)
        {
            Correct += rows[i][i];
        }
    }

    /// <summary>The labels in row and column order.</summary>
    public IReadOnlyList<string> Labels { get; }

    /// <summary>The counts as rows (gold) of columns (predicted), in <see cref="Labels"/> order; convenient for JSON.</summary>
    public IReadOnlyList<IReadOnlyList<int>> Rows => _rows;

    /// <summary>The number of items counted.</summary>
    public int Total { get; }

    /// <summary>The number of items on the diagonal (predicted label equals gold label).</summary>
    public int Correct { get; }

    /// <summary>The count of items with gold label index <paramref name="gold"/> predicted as index <paramref name="predicted"/>.</summary>
    /// <param name="gold">The 0-based row (gold label) index.</param>
    /// <param name="predicted">The 0-based column (predicted label) index.</param>
    public int this[int gold, int predicted] => _rows[gold][predicted];

    /// <summary>The count of items with gold label <paramref name="gold"/> predicted as <paramref name="predicted"/>.</summary>
    /// <param name="gold">A label in <see cref="Labels"/>.</param>
    /// <param name="predicted">A label in <see cref="Labels"/>.</param>
    /// <exception cref="KeyNotFoundException">A label is not in <see cref="Labels"/>.</exception>
    public int this[string gold, string predicted] => _rows[_index[gold]][_index[predicted]];

    /// <summary>
    /// Counts pairs of gold and predicted labels into a matrix over <paramref name="labels"/> (in that order).
    /// Cost: O(n + L²).
    /// </summary>
    /// <param name="gold">The gold label of each item.</param>
    /// <param name="predicted">The predicted label of each item, same length.</param>
    /// <param name="labels">The label order; every gold and predicted label must be in it.</param>
    /// <returns>The matrix.</returns>
    /// <exception cref="ArgumentException">The lists differ in length or a label is unknown.</exception>
    public static ConfusionMatrix Create(IReadOnlyList<string> gold, IReadOnlyList<string> predicted, IReadOnlyList<string> labels)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        if (gold.Count != predicted.Count)
        {
            throw new ArgumentException($"Gold and predicted have different lengths ({gold.Count} and {predicted.Count}).", nameof(predicted));
        }

        var builder = new ConfusionMatrixBuilder(labels);
        for (var i = 0; i < gold.Count; i++)
        {
            builder.Add(gold[i], predicted[i]);
        }

        return builder.Build();
    }

    /// <summary>The index of <paramref name="label"/> in <see cref="Labels"/>, or −1.</summary>
    /// <param name="label">The label to find (ordinal comparison).</param>
    /// <returns>The 0-based index or −1.</returns>
    public int IndexOf(string label) => _index.TryGetValue(label, out var i) ? i : -1;

    /// <summary>The number of items whose gold label has index <paramref name="label"/> (the row sum, or support).</summary>
    /// <param name="label">The 0-based label index.</param>
    /// <returns>The row sum.</returns>
    public int GoldCount(int label)
    {
        var sum = 0;
        foreach (var c in _rows[label])
        {
            sum += c;
        }

        return sum;
    }

    /// <summary>The number of items predicted as the label with index <paramref name="label"/> (the column sum).</summary>
    /// <param name="label">The 0-based label index.</param>
    /// <returns>The column sum.</returns>
    public int PredictedCount(int label)
    {
        var sum = 0;
        foreach (var row in _rows)
        {
            sum += row[label];
        }

        return sum;
    }
}
