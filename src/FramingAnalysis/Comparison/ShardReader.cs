namespace FramingAnalysis.Comparison;

/// <summary>
/// Reads what <see cref="ShardWriter"/> wrote, checking as it goes: a count that is negative or larger than the bytes
/// left could hold is an <see cref="InvalidDataException"/> naming what was being read, never a huge allocation or a silently different state. A truncated stream throws
/// <see cref="EndOfStreamException"/> and bad UTF-8 <see cref="System.Text.DecoderFallbackException"/>; the caller
/// (<see cref="ComparisonShard.ReadFrom"/>) turns both into an <see cref="InvalidDataException"/>.
/// </summary>
internal sealed class ShardReader : IDisposable
{
    private readonly BinaryReader _reader;
    private readonly string _source;

    public ShardReader(Stream stream, string source)
    {
        _reader = new BinaryReader(stream, ShardWriter.Strict, leaveOpen: true);
        _source = source;
    }

    public int Int() => _reader.ReadInt32();

    public long Long() => _reader.ReadInt64();

    public double Double() => _reader.ReadDouble();

    public bool Bool() => _reader.ReadBoolean();

    public byte[] Bytes(int count)
    {
        var bytes = _reader.ReadBytes(count);
        return bytes.Length == count ? bytes : throw new EndOfStreamException();
    }

    public string String() => _reader.ReadString();

    public string? NullableString() => Bool() ? String() : null;

    /// <summary>A count of items that follow, each at least <paramref name="minBytes"/> long: checked against the bytes left when the stream can tell.</summary>
    public int Count(string what, int minBytes = 1)
    {
        var n = Int();
        if (n < 0 || (_reader.BaseStream.CanSeek && (long)n * minBytes > _reader.BaseStream.Length - _reader.BaseStream.Position))
        {
            throw Invalid($"{what}: count {n} does not fit in the shard");
        }

        return n;
    }

    /// <summary>An int array of exactly <c>into.Length</c> values (the layout fixes the length).</summary>
    public void IntsInto(int[] into, string what)
    {
        var n = Int();
        if (n != into.Length)
        {
            throw Invalid($"{what}: {n} values where the layout has {into.Length}");
        }

        for (var i = 0; i < n; i++)
        {
            into[i] = Int();
        }
    }

    public void CountsInto(Dictionary<string, int> into, string what)
    {
        var n = Count(what, 5);
        for (var i = 0; i < n; i++)
        {
            var key = String();
            into[key] = Int();
        }
    }

    public void StringsInto(ISet<string> into, string what)
    {
        var n = Count(what);
        for (var i = 0; i < n; i++)
        {
            into.Add(String());
        }
    }

    public InvalidDataException Invalid(string message) => new($"{_source}: not a valid comparison shard: {message}");

    public void Dispose() => _reader.Dispose();
}
