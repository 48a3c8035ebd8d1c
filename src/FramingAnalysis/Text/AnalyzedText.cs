namespace FramingAnalysis.Text;

/// <summary>
/// A text after the text stage: its tokens, sentences, language and, for every token, a normalized lookup key and a
/// stem. Scorers read this and never re-tokenize. Immutable once built; safe to share between threads.
/// </summary>
/// <remarks>
/// Keys live in one shared character buffer, so a text costs a handful of allocations whatever its length: no string
/// is made per token. <see cref="Key"/> is the case- and accent-folded form with a possessive <c>'s</c> removed
/// (<c>Government’s</c> → <c>government</c>); <see cref="Stem"/> is that key run through the light stemmer of the
/// text's language.
/// </remarks>
public sealed class AnalyzedText
{
    private readonly char[] _keys;
    private readonly int[] _keyStart;
    private readonly int[] _stemStart;

    internal AnalyzedText(string text, Token[] tokens, SentenceSpan[] sentences, string language, double languageConfidence, char[] keys, int[] keyStart, int[] stemStart)
    {
        Text = text;
        Tokens = tokens;
        Sentences = sentences;
        Language = language;
        LanguageConfidence = languageConfidence;
        _keys = keys;
        _keyStart = keyStart;
        _stemStart = stemStart;
    }

    /// <summary>The original text.</summary>
    public string Text { get; }

    /// <summary>The tokens in order, as offsets into <see cref="Text"/>.</summary>
    public IReadOnlyList<Token> Tokens { get; }

    /// <summary>The sentences in order, as offsets into <see cref="Text"/> and ranges of <see cref="Tokens"/>.</summary>
    public IReadOnlyList<SentenceSpan> Sentences { get; }

    /// <summary>The language the scorers use: <c>en</c>, <c>es</c> or <c>und</c> (undetermined).</summary>
    public string Language { get; }

    /// <summary>How sure the language decision is, in [0, 1]; 1 when the language was declared and not detected.</summary>
    public double LanguageConfidence { get; }

    /// <summary>The number of tokens.</summary>
    public int TokenCount => _keyStart.Length;

    /// <summary>The text of token <paramref name="index"/>.</summary>
    public ReadOnlySpan<char> TokenText(int index) => Tokens[index].Slice(Text);

    /// <summary>The folded lookup key of token <paramref name="index"/> (lower case, no accents, no possessive).</summary>
    public ReadOnlySpan<char> Key(int index) => _keys.AsSpan(_keyStart[index], _stemStart[index] - _keyStart[index]);

    /// <summary>The stem of token <paramref name="index"/>'s key.</summary>
    public ReadOnlySpan<char> Stem(int index)
    {
        var end = index + 1 < _keyStart.Length ? _keyStart[index + 1] : _keys.Length;
        return _keys.AsSpan(_stemStart[index], end - _stemStart[index]);
    }
}
