using System.Text;

namespace FramingAnalysis.Comparison;

/// <summary>
/// Writes the primitives of the comparison shard format (<see cref="ComparisonShard"/>): little-endian integers and
/// IEEE doubles (exact bits), strings as strict UTF-8 with a 7-bit length prefix (a string that UTF-8 cannot carry
/// exactly, such as a lone surrogate, throws instead of being changed), and maps in ordinal key order, so that the same
/// state always gives the same bytes.
/// </summary>
internal sealed class ShardWriter : IDisposable
{
    internal static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly BinaryWriter _writer;

    public ShardWriter(Stream stream) => _writer = new BinaryWriter(stream, Strict, leaveOpen: true);

    public void Int(int value) => _writer.Write(value);

    public void Long(long value) => _writer.Write(value);

    public void Double(double value) => _writer.Write(value);

    public void Bool(bool value) => _writer.Write(value);

    public void Bytes(ReadOnlySpan<byte> value) => _writer.Write(value);

    public void String(string value) => _writer.Write(value);

    public void NullableString(string? value)
    {
        _writer.Write(value is not null);
        if (value is not null)
        {
            _writer.Write(value);
        }
    }

    public void Ints(int[] values)
    {
        Int(values.Length);
        foreach (var v in values)
        {
            Int(v);
        }
    }

    /// <summary>A string → count map, in ordinal key order.</summary>
    public void Counts(Dictionary<string, int> counts)
    {
        Int(counts.Count);
        foreach (var key in Sorted(counts.Keys))
        {
            String(key);
            Int(counts[key]);
        }
    }

    /// <summary>Strings in ordinal order.</summary>
    public void Strings(IEnumerable<string> values)
    {
        var sorted = Sorted(values);
        Int(sorted.Count);
        foreach (var v in sorted)
        {
            String(v);
        }
    }

    public static List<string> Sorted(IEnumerable<string> keys)
    {
        var list = keys.ToList();
        list.Sort(StringComparer.Ordinal);
        return list;
    }

    public void Dispose() => _writer.Flush();
}
