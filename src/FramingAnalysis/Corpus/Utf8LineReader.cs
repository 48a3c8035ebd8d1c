namespace FramingAnalysis;

/// <summary>
/// Reads a stream line by line as raw UTF-8 bytes, so that invalid bytes can be reported per line instead of being
/// replaced silently. Handles LF and CRLF; a line may be of any length (the buffer grows as needed).
/// </summary>
internal sealed class Utf8LineReader
{
    private readonly Stream _stream;
    private byte[] _buffer = new byte[1 << 16];
    private int _start;
    private int _end;
    private bool _eof;

    public Utf8LineReader(Stream stream) => _stream = stream;

    /// <summary>The next line without its line break, or null at the end. Valid until the next call.</summary>
    public async ValueTask<ReadOnlyMemory<byte>?> ReadLineAsync(CancellationToken ct)
    {
        var scanFrom = _start;
        while (true)
        {
            var nl = Array.IndexOf(_buffer, (byte)'\n', scanFrom, _end - scanFrom);
            if (nl >= 0)
            {
                var line = new ReadOnlyMemory<byte>(_buffer, _start, TrimCr(nl) - _start);
                _start = nl + 1;
                return line;
            }

            if (_eof)
            {
                if (_start == _end)
                {
                    return null;
                }

                var last = new ReadOnlyMemory<byte>(_buffer, _start, TrimCr(_end) - _start);
                _start = _end;
                return last;
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

            var read = await _stream.ReadAsync(_buffer.AsMemory(_end), ct).ConfigureAwait(false);
            if (read == 0)
            {
                _eof = true;
            }

            _end += read;
        }
    }

    private int TrimCr(int end) => end > _start && _buffer[end - 1] == (byte)'\r' ? end - 1 : end;
}
