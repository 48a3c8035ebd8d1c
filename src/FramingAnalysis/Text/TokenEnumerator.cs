namespace FramingAnalysis.Text;

/// <summary>
/// Enumerates tokens one at a time over a span, without allocating. Obtained from <see cref="Tokenizer.Enumerate"/>
/// and used with <c>foreach</c>. A <see langword="ref"/> struct: it cannot be stored on the heap or cross an
/// <c>await</c>; use <see cref="Tokenizer.Tokenize"/> to keep the tokens.
/// </summary>
public ref struct TokenEnumerator
{
    private readonly ReadOnlySpan<char> _text;
    private readonly TokenLexicon _lexicon;
    private int _position;
    private Token _current;

    internal TokenEnumerator(ReadOnlySpan<char> text, TokenLexicon lexicon)
    {
        _text = text;
        _lexicon = lexicon;
        _position = 0;
        _current = default;
    }

    /// <summary>The token at the current position; undefined before the first <see cref="MoveNext"/> and after it returns false.</summary>
    public readonly Token Current => _current;

    /// <summary>Advances to the next token.</summary>
    /// <returns>False when the text has no more tokens.</returns>
    public bool MoveNext() => TokenScanner.TryRead(_text, ref _position, _lexicon, out _current);

    /// <summary>Returns this enumerator, so that <c>foreach</c> works directly on <see cref="Tokenizer.Enumerate"/>.</summary>
    /// <returns>This enumerator, by value.</returns>
    public readonly TokenEnumerator GetEnumerator() => this;
}
