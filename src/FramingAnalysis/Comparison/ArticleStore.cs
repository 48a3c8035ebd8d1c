using System.Numerics;

namespace FramingAnalysis.Comparison;

/// <summary>
/// The per-article summaries of one group, stored compactly and contiguously: for article i, its id, the non-zero values
/// of its data array (layout in <see cref="ComparisonLayout"/>) with a bit mask saying which columns they are, and the
/// compound sentiment of each outlet paragraph in order (its trajectory). Lossless: <see cref="Read"/> gives back the
/// exact doubles that were added.
/// </summary>
/// <remarks>
/// <para>
/// Memory: about 28 bytes of index per article, 8 bytes per non-zero value and per paragraph, plus the id string, instead
/// of three objects and a dense array per article; most of an article's data columns (stance of absent voices and
/// targets, audience frames of articles without comments) are zero. Values live in chunks of <see cref="ChunkSize"/>
/// doubles, and an article's values never straddle two chunks, so an article's record is one contiguous span.
/// </para>
/// <para>
/// Order: articles are kept in the order added; <see cref="Sorted"/> returns a read-only view ordered by article id
/// (ordinal), then by data and trajectory, which is a total order on the content, so the sorted sequence is the same
/// whatever order the articles were added or merged in. Reading is thread-safe; adding is not.
/// </para>
/// </remarks>
internal sealed partial class ArticleStore
{
    private const int ChunkSize = 1 << 16;

    private readonly int _dataLength;
    private readonly int _maskWords;
    private readonly List<string> _ids = [];
    private readonly List<ulong> _masks = [];
    private readonly List<long> _starts = [];
    private readonly List<int> _trajectoryLengths = [];
    private readonly List<double[]> _chunks = [];
    private readonly int[]? _order;
    private int _used = ChunkSize;

    /// <summary>Creates an empty store.</summary>
    /// <param name="dataLength">The length of every article's data array.</param>
    public ArticleStore(int dataLength)
    {
        _dataLength = dataLength;
        _maskWords = Math.Max(1, (dataLength + 63) / 64);
    }

    /// <summary>A read-only view of <paramref name="source"/>'s articles in the given order (it shares the storage).</summary>
    private ArticleStore(ArticleStore source, int[] order)
    {
        _dataLength = source._dataLength;
        _maskWords = source._maskWords;
        _ids = source._ids;
        _masks = source._masks;
        _starts = source._starts;
        _trajectoryLengths = source._trajectoryLengths;
        _chunks = source._chunks;
        _order = order;
    }

    /// <summary>The number of articles.</summary>
    public int Count => _order?.Length ?? _ids.Count;

    /// <summary>The length of each article's data array.</summary>
    public int DataLength => _dataLength;

    /// <summary>Approximate bytes held, besides the id strings.</summary>
    public long Bytes => ((long)_chunks.Count * ChunkSize * sizeof(double)) + ((long)Count * (8 + 8 + 4 + (8 * _maskWords)));

    /// <summary>Adds one article.</summary>
    /// <param name="id">The article id.</param>
    /// <param name="data">The data array (<see cref="DataLength"/> values).</param>
    /// <param name="trajectory">The compound score of each outlet paragraph, in order.</param>
    public void Add(string id, ReadOnlySpan<double> data, ReadOnlySpan<double> trajectory)
    {
        ThrowIfView();
        if (data.Length != _dataLength)
        {
            throw new ArgumentException($"Expected {_dataLength} data values, got {data.Length}.", nameof(data));
        }

        var nonZero = 0;
        for (var w = 0; w < _maskWords; w++)
        {
            ulong mask = 0;
            var end = Math.Min(data.Length, (w + 1) * 64);
            for (var c = w * 64; c < end; c++)
            {
                if (BitConverter.DoubleToInt64Bits(data[c]) != 0)
                {
                    mask |= 1UL << c;
                    nonZero++;
                }
            }

            _masks.Add(mask);
        }

        var record = Reserve(nonZero + trajectory.Length, out var start);
        var k = 0;
        for (var c = 0; c < data.Length; c++)
        {
            if (BitConverter.DoubleToInt64Bits(data[c]) != 0)
            {
                record[k++] = data[c];
            }
        }

        trajectory.CopyTo(record[k..]);
        _ids.Add(id);
        _starts.Add(start);
        _trajectoryLengths.Add(trajectory.Length);
    }

    /// <summary>Adds every article of another store with the same data length.</summary>
    /// <param name="other">The other store; it is not changed.</param>
    public void AddRange(ArticleStore other)
    {
        ArgumentNullException.ThrowIfNull(other);
        ThrowIfView();
        if (other._dataLength != _dataLength)
        {
            throw new ArgumentException("Stores of different layouts cannot be combined.", nameof(other));
        }

        var count = other.Count;
        for (var i = 0; i < count; i++)
        {
            CopyFrom(other, i);
        }
    }

    /// <summary>The id of article <paramref name="i"/>.</summary>
    public string Id(int i) => _ids[Physical(i)];

    /// <summary>Writes article <paramref name="i"/>'s data array into <paramref name="data"/> (at least <see cref="DataLength"/> long).</summary>
    public void Read(int i, Span<double> data)
    {
        i = Physical(i);
        data[.._dataLength].Clear();
        var values = Record(i);
        var k = 0;
        for (var w = 0; w < _maskWords; w++)
        {
            for (var mask = _masks[(i * _maskWords) + w]; mask != 0; mask &= mask - 1)
            {
                data[(w * 64) + BitOperations.TrailingZeroCount(mask)] = values[k++];
            }
        }
    }

    /// <summary>One value of article <paramref name="i"/>'s data array.</summary>
    public double Get(int i, int column)
    {
        i = Physical(i);
        var w = column >> 6;
        var mask = _masks[(i * _maskWords) + w];
        var bit = 1UL << column;
        if ((mask & bit) == 0)
        {
            return 0;
        }

        var k = BitOperations.PopCount(mask & (bit - 1));
        for (var v = 0; v < w; v++)
        {
            k += BitOperations.PopCount(_masks[(i * _maskWords) + v]);
        }

        return Record(i)[k];
    }

    /// <summary>The number of outlet paragraphs of article <paramref name="i"/> (the length of its trajectory).</summary>
    public int TrajectoryLength(int i) => _trajectoryLengths[Physical(i)];

    /// <summary>Article <paramref name="i"/>'s trajectory.</summary>
    public ReadOnlySpan<double> Trajectory(int i)
    {
        i = Physical(i);
        var record = Record(i);
        return record[(record.Length - _trajectoryLengths[i])..];
    }

    /// <summary>
    /// A read-only view of the articles ordered by article id (ordinal), then data, then trajectory: the same sequence for
    /// any order of adding or merging. It shares this store's storage (4 bytes per article for the order), so it is valid
    /// until this store is added to.
    /// </summary>
    public ArticleStore Sorted()
    {
        ThrowIfView();
        var order = new int[Count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        Array.Sort(order, Compare);
        return new ArticleStore(this, order);
    }

    private int Compare(int x, int y)
    {
        if (x == y)
        {
            return 0;
        }

        var c = string.CompareOrdinal(_ids[x], _ids[y]);
        if (c != 0)
        {
            return c;
        }

        Span<double> a = _dataLength <= 256 ? stackalloc double[_dataLength] : new double[_dataLength];
        Span<double> b = _dataLength <= 256 ? stackalloc double[_dataLength] : new double[_dataLength];
        Read(x, a);
        Read(y, b);
        for (var i = 0; i < a.Length; i++)
        {
            c = a[i].CompareTo(b[i]);
            if (c != 0)
            {
                return c;
            }
        }

        var tx = Trajectory(x);
        var ty = Trajectory(y);
        for (var i = 0; i < tx.Length && i < ty.Length; i++)
        {
            c = tx[i].CompareTo(ty[i]);
            if (c != 0)
            {
                return c;
            }
        }

        return tx.Length.CompareTo(ty.Length);
    }

    private int Physical(int i) => _order is null ? i : _order[i];

    private void ThrowIfView()
    {
        if (_order is not null)
        {
            throw new InvalidOperationException("A sorted view of an article store is read-only.");
        }
    }

    private void CopyFrom(ArticleStore other, int i)
    {
        i = other.Physical(i);
        var source = other.Record(i);
        var record = Reserve(source.Length, out var start);
        source.CopyTo(record);
        for (var w = 0; w < _maskWords; w++)
        {
            _masks.Add(other._masks[(i * _maskWords) + w]);
        }

        _ids.Add(other._ids[i]);
        _starts.Add(start);
        _trajectoryLengths.Add(other._trajectoryLengths[i]);
    }

    private ReadOnlySpan<double> Record(int i)
    {
        var start = _starts[i];
        var length = _trajectoryLengths[i];
        for (var w = 0; w < _maskWords; w++)
        {
            length += BitOperations.PopCount(_masks[(i * _maskWords) + w]);
        }

        return _chunks[(int)(start >> 32)].AsSpan((int)start, length);
    }

    /// <summary>Room for a record of <paramref name="length"/> values in the current chunk, or a new chunk.</summary>
    private Span<double> Reserve(int length, out long start)
    {
        if (_used + length > ChunkSize || _chunks.Count == 0)
        {
            _chunks.Add(new double[Math.Max(ChunkSize, length)]);
            _used = 0;
        }

        start = ((long)(_chunks.Count - 1) << 32) | (uint)_used;
        var record = _chunks[^1].AsSpan(_used, length);
        _used += length;
        return record;
    }
}
