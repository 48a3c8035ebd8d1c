namespace FramingAnalysis.Text;

public sealed partial class LanguageIdentifier
{
    /// <summary>
    /// Walks the words of a text without allocating: runs of letters (and NFD combining marks) with inner apostrophes
    /// (<c>don't</c>, <c>Salvador’s</c>). Whitespace-delimited chunks that look like links, e-mail addresses or
    /// @mentions are skipped whole; digits, emoji and punctuation separate words. Reads the training sentences when the
    /// model is built; identification reads tokens instead, with the same rule for words inside a token.
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

        public static bool IsWordChar(char c) =>
            c < '\u0080' ? char.IsAsciiLetter(c) : char.IsLetter(c) || c is >= '\u0300' and <= '\u036F';

        public static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u02BC';

        /// <summary>
        /// Whether a whitespace-delimited chunk is a link, an e-mail address or a handle: it contains <c>://</c> or
        /// <c>@</c>, starts with <c>www.</c>, or has a dot before its first slash (<c>bit.ly/abc</c>). One pass.
        /// </summary>
        private static bool IsLinkOrHandle(ReadOnlySpan<char> chunk)
        {
            if (chunk.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            bool dotBeforeSlash = false;
            bool slashSeen = false;
            for (int i = 0; i < chunk.Length; i++)
            {
                switch (chunk[i])
                {
                    case '@':
                        return true;
                    case ':' when i + 2 < chunk.Length && chunk[i + 1] == '/' && chunk[i + 2] == '/':
                        return true;
                    case '.' when !slashSeen:
                        dotBeforeSlash = true;
                        break;
                    case '/' when !slashSeen:
                        slashSeen = true;
                        if (i > 0 && dotBeforeSlash)
                        {
                            // Decided unless "://" or "@" comes later, which also means true.
                            return true;
                        }

                        break;
                }
            }

            return false;
        }
    }
}
