namespace FramingAnalysis.Evaluation;

/// <summary>
/// Accumulates (gold, predicted) pairs into counts over a fixed label order and produces immutable
/// <see cref="ConfusionMatrix"/> snapshots. Not thread-safe: use one builder per thread and add the snapshots' counts, or
/// lock around <see cref="Add"/>.
/// </summary>
public sealed class ConfusionMatrixBuilder
{
    private readonly string[] _labels;
    private readonly Dictionary<string, int> _index;
    private readonly int[][] _rows;

    /// <summary>Creates an empty builder over <paramref name="labels"/>, which fixes the row and column order.</summary>
    /// <param name="labels">Distinct labels (ordinal comparison), at least one.</param>
    /// <exception cref="ArgumentException">The labels are empty or contain a duplicate.</exception>
    public ConfusionMatrixBuilder(IEnumerable<string> labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        _labels = labels.ToArray();
        if (_labels.Length == 0)
        {
            throw new ArgumentException("At least one label is needed.", nameof(labels));
        }

        _index = new Dictionary<string, int>(_labels.Length, StringComparer.Ordinal);
        for (var i = 0; i < _labels.Length; i++)
        {
            ArgumentNullException.ThrowIfNull(_labels[i], nameof(labels));
            if (!_index.TryAdd(_labels[i], i))
            {
                throw new ArgumentException($"Label '{_labels[i]}' is listed twice.", nameof(labels));
            }
        }

        _rows = new int[_labels.Length][];
        for (var i = 0; i < _rows.Length; i++)
        {
            _rows[i] = new int[_labels.Length];
        }
    }

    /// <summary>Counts one item. Cost: two dictionary lookups.</summary>
    /// <param name="gold">The item's gold label.</param>
    /// <param name="predicted">The item's predicted label.</param>
    /// <exception cref="ArgumentException">A label is not one of the builder's labels.</exception>
    public void Add(string gold, string predicted)
    {
        _rows[Index(gold, nameof(gold))][Index(predicted, nameof(predicted))]++;
    }

    /// <summary>Returns an immutable snapshot of the counts so far; the builder can keep accumulating. Cost: O(L²).</summary>
    /// <returns>The matrix.</returns>
    public ConfusionMatrix Build()
    {
        var copy = new int[_rows.Length][];
        for (var i = 0; i < copy.Length; i++)
        {
            copy[i] = (int[])_rows[i].Clone();
        }

        return new ConfusionMatrix(Array.AsReadOnly((string[])_labels.Clone()), copy);
    }

    private int Index(string label, string name)
    {
        ArgumentNullException.ThrowIfNull(label, name);
        if (!_index.TryGetValue(label, out var i))
        {
            throw new ArgumentException($"Label '{label}' is not one of the matrix labels ({string.Join(", ", _labels)}).", name);
        }

        return i;
    }
}
