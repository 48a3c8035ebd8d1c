namespace FramingAnalysis;

/// <summary>
/// Reads a stream line by line as raw UTF-8 bytes, so that invalid bytes can be reported per line instead of being
/// replaced silently. Handles LF and CRLF. A line longer than the limit given to the constructor is not buffered: its
/// bytes are skipped up to the next line break, and it comes back as an empty line with <see cref="LastLineTooLong"/>
/// set, so memory stays bounded by the limit whatever the input (a 1 GiB line, a link to <c>/dev/zero</c>).
/// </summary>
internal sealed class Utf8LineReader
{
    private readonly Stream _stream;
    private readonly long _maxLineBytes;
    private byte[] _buffer = new byte[1 << 16];
    private int _start;
    private int _end;
    private bool _eof;
    private long _remaining;

    /// <param name="stream">The input, read forward only.</param>
    /// <param name="maxLineBytes">The longest line returned, in bytes (without its line break).</param>
    /// <param name="length">The most bytes read from <paramref name="stream"/> (a partition's byte range); the end of the range is the end of the input.</param>
    public Utf8LineReader(Stream stream, long maxLineBytes = int.MaxValue / 2, long length = long.MaxValue)
    {
        _stream = stream;
        _maxLineBytes = Math.Clamp(maxLineBytes, 1, int.MaxValue / 2);
        _remaining = length;
    }

    /// <summary>Whether the line last returned was over the limit (it is then returned empty).</summary>
    public bool LastLineTooLong { get; private set; }

    /// <summary>The length in bytes of the line last returned, including the bytes skipped when it was too long.</summary>
    public long LastLineLength { get; private set; }

    /// <summary>The next line without its line break, or null at the end. Valid until the next call.</summary>
    public async ValueTask<ReadOnlyMemory<byte>?> ReadLineAsync(CancellationToken ct)
    {
        LastLineTooLong = false;
        var scanFrom = _start;
        long skipped = 0;
        while (true)
        {
            var nl = Array.IndexOf(_buffer, (byte)'\n', scanFrom, _end - scanFrom);
            if (nl >= 0)
            {
                var line = new ReadOnlyMemory<byte>(_buffer, _start, TrimCr(nl) - _start);
                _start = nl + 1;
                return Finish(line, skipped);
            }

            if (_eof)
            {
                if (_start == _end && skipped == 0)
                {
                    return null;
                }

                var last = new ReadOnlyMemory<byte>(_buffer, _start, TrimCr(_end) - _start);
                _start = _end;
                return Finish(last, skipped);
            }

            if (_end - _start > _maxLineBytes)
            {
                // Over the limit: drop what is buffered and keep scanning for the line break without keeping the bytes.
                skipped += _end - _start;
                _start = _end;
            }

            scanFrom = _end;
            if (_start > 0)
            {
                var used = _end - _start;
                Buffer.BlockCopy(_buffer, _start, _buffer, 0, used);
                scanFrom -= _start;
                _start = 0;
                _end = used;
            }

            if (_end == _buffer.Length)
            {
                Array.Resize(ref _buffer, _buffer.Length * 2);
            }

            var read = _remaining <= 0 ? 0 : await _stream.ReadAsync(_buffer.AsMemory(_end, (int)Math.Min(_buffer.Length - _end, _remaining)), ct).ConfigureAwait(false);
            if (read == 0)
            {
                _eof = true;
            }

            _end += read;
            _remaining -= read;
        }
    }

    private ReadOnlyMemory<byte> Finish(ReadOnlyMemory<byte> line, long skipped)
    {
        LastLineLength = skipped + line.Length;
        if (skipped > 0 || line.Length > _maxLineBytes)
        {
            LastLineTooLong = true;
            return ReadOnlyMemory<byte>.Empty;
        }

        return line;
    }

    private int TrimCr(int end) => end > _start && _buffer[end - 1] == (byte)'\r' ? end - 1 : end;
}
