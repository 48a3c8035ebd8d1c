namespace FramingAnalysis.Text;

public sealed partial class LanguageIdentifier
{
    /// <summary>
    /// Walks the words of a text without allocating: runs of letters (and NFD combining marks) with inner apostrophes
    /// (<c>don't</c>, <c>Salvador’s</c>). Whitespace-delimited chunks that look like links, e-mail addresses or
    /// @mentions are skipped whole; digits, emoji and punctuation separate words.
    /// </summary>
    private ref struct WordCursor
    {
        private readonly ReadOnlySpan<char> _text;
        private int _position;
        private int _chunkEnd;

        public WordCursor(ReadOnlySpan<char> text)
        {
            _text = text;
            _position = 0;
            _chunkEnd = 0;
            WordStart = 0;
        }

        /// <summary>The index in the text where the last word returned by <see cref="TryNext"/> starts.</summary>
        public int WordStart { get; private set; }

        public bool TryNext(out ReadOnlySpan<char> word)
        {
            while (true)
            {
                if (_position >= _chunkEnd && !StartChunk())
                {
                    word = default;
                    return false;
                }

                while (_position < _chunkEnd && !IsWordChar(_text[_position]))
                {
                    _position++;
                }

                if (_position >= _chunkEnd)
                {
                    continue;
                }

                int start = _position;
                while (_position < _chunkEnd)
                {
                    char c = _text[_position];
                    if (IsWordChar(c)
                        || (IsApostrophe(c) && _position + 1 < _chunkEnd && IsWordChar(_text[_position + 1])))
                    {
                        _position++;
                    }
                    else
                    {
                        break;
                    }
                }

                WordStart = start;
                word = _text[start.._position];
                return true;
            }
        }

        private bool StartChunk()
        {
            while (true)
            {
                while (_position < _text.Length && char.IsWhiteSpace(_text[_position]))
                {
                    _position++;
                }

                if (_position >= _text.Length)
                {
                    return false;
                }

                int end = _position;
                while (end < _text.Length && !char.IsWhiteSpace(_text[end]))
                {
                    end++;
                }

                if (!IsLinkOrHandle(_text[_position..end]))
                {
                    _chunkEnd = end;
                    return true;
                }

                _position = end;
            }
        }

        private static bool IsWordChar(char c) => char.IsLetter(c) || c is >= '\u0300' and <= '\u036F';

        private static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u02BC';

        private static bool IsLinkOrHandle(ReadOnlySpan<char> chunk)
        {
            if (chunk.Contains("://", StringComparison.Ordinal) || chunk.StartsWith("www.", StringComparison.OrdinalIgnoreCase)
                || chunk.Contains('@'))
            {
                return true;
            }

            // bit.ly/abc, example.com/path: a dot before the first slash.
            int slash = chunk.IndexOf('/');
            return slash > 0 && chunk[..slash].Contains('.');
        }
    }
}
