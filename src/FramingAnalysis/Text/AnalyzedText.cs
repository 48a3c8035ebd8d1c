using System.Runtime.CompilerServices;
using FramingAnalysis.Internal;

namespace FramingAnalysis.Text;

/// <summary>
/// A text after the text stage: its tokens, sentences, language and, for every token, a normalized lookup key and a
/// stem. Scorers read this and never re-tokenize. An instance from <see cref="TextPipeline.Analyze(string, string?)"/>
/// never changes and is safe to share between threads; the instances the analyzer lends its scorers are refilled for
/// the next unit (see the remarks), so a scorer must not keep the text it is given.
/// </summary>
/// <remarks>
/// <para>Keys live in one shared character buffer, so a text costs a handful of allocations whatever its length: no string
/// is made per token. <see cref="Key"/> is the case- and accent-folded form with a possessive <c>'s</c> removed
/// (<c>Government’s</c> → <c>government</c>); <see cref="Stem"/> is that key run through the light stemmer of the
/// text's language.</para>
/// <para>Hot loops should read <see cref="TokenSpan"/> and <see cref="SentenceSpans"/> (no interface dispatch) rather
/// than <see cref="Tokens"/> and <see cref="Sentences"/>.</para>
/// <para>Inside the library a per-thread instance is refilled for each unit by
/// <see cref="FramingAnalysis.Analysis.FramingAnalyzer"/> (through <c>TextPipeline.AnalyzeScratch</c>); every instance a caller gets from
/// <see cref="TextPipeline.Analyze(string, string?)"/> is its own and never changes.</para>
/// </remarks>
public sealed class AnalyzedText
{
    private Token[] _tokens;
    private int _tokenCount;
    private SentenceSpan[] _sentences;
    private int _sentenceCount;
    private char[] _keys;
    private int _keysLength;
    private int[] _keyStart;
    private int[] _keyEnd;
    private int[] _stemStart;
    private int[] _stemEnd;
    private TokenHashes[] _hashes;
    private IReadOnlyList<Token>? _tokenList;
    private IReadOnlyList<SentenceSpan>? _sentenceList;

    /// <summary>An empty instance whose buffers are filled (and grown) by <see cref="TextPipeline"/>.</summary>
    internal AnalyzedText()
    {
        Text = string.Empty;
        Language = "und";
        _tokens = [];
        _sentences = [];
        _keys = [];
        _keyStart = [];
        _keyEnd = [];
        _stemStart = [];
        _stemEnd = [];
        _hashes = [];
    }

    /// <summary>The original text.</summary>
    public string Text { get; private set; }

    /// <summary>The tokens in order, as offsets into <see cref="Text"/>.</summary>
    public IReadOnlyList<Token> Tokens => _tokenList ??= new ArraySegment<Token>(_tokens, 0, _tokenCount);

    /// <summary>The tokens in order, without interface dispatch; for hot loops.</summary>
    public ReadOnlySpan<Token> TokenSpan => new(_tokens, 0, _tokenCount);

    /// <summary>The sentences in order, as offsets into <see cref="Text"/> and ranges of <see cref="Tokens"/>.</summary>
    public IReadOnlyList<SentenceSpan> Sentences => _sentenceList ??= new ArraySegment<SentenceSpan>(_sentences, 0, _sentenceCount);

    /// <summary>The sentences in order, without interface dispatch; for hot loops.</summary>
    public ReadOnlySpan<SentenceSpan> SentenceSpans => new(_sentences, 0, _sentenceCount);

    /// <summary>The language the scorers use: <c>en</c>, <c>es</c> or <c>und</c> (undetermined).</summary>
    public string Language { get; private set; }

    /// <summary>How sure the language decision is, in [0, 1]; 1 when the language was declared and not detected.</summary>
    public double LanguageConfidence { get; private set; }

    /// <summary>The number of tokens.</summary>
    public int TokenCount => _tokenCount;

    /// <summary>The number of sentences.</summary>
    public int SentenceCount => _sentenceCount;

    /// <summary>Token <paramref name="index"/> (no bounds check beyond the array's).</summary>
    public ref readonly Token TokenAt(int index) => ref _tokens[index];

    /// <summary>The text of token <paramref name="index"/>.</summary>
    public ReadOnlySpan<char> TokenText(int index)
    {
        ref readonly var token = ref _tokens[index];
        return Text.AsSpan(token.Start, token.Length);
    }

    /// <summary>The folded lookup key of token <paramref name="index"/> (lower case, no accents, no possessive).</summary>
    // Key, Stem and StemIsKey are read for every token by every scorer; without PGO data (the framing tool runs with
    // TieredPGO off) the JIT does not inline them on its own.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ReadOnlySpan<char> Key(int index) => _keys.AsSpan(_keyStart[index], _keyEnd[index] - _keyStart[index]);

    /// <summary>The stem of token <paramref name="index"/>'s key.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ReadOnlySpan<char> Stem(int index) => _keys.AsSpan(_stemStart[index], _stemEnd[index] - _stemStart[index]);

    /// <summary>
    /// Whether token <paramref name="index"/>'s stem has the same characters as its key (the stemmer left the word as
    /// it was, or the token is not a word): a lookup by stem can then reuse the lookup by key. O(1).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal bool StemIsKey(int index) => _stemStart[index] == _keyStart[index];

    /// <summary>Starts a refill: sets the text and language and makes room for <paramref name="keyCapacity"/> key characters.</summary>
    internal void Reset(string text, string language, double confidence, int keyCapacity)
    {
        Text = text;
        Language = language;
        LanguageConfidence = confidence;
        _tokenList = null;
        _sentenceList = null;
        if (_keys.Length < keyCapacity)
        {
            _keys = new char[Math.Max(keyCapacity, _keys.Length * 2)];
        }
    }

    /// <summary>Copies the tokens in and sizes the per-token key arrays.</summary>
    internal void SetTokens(ReadOnlySpan<Token> tokens)
    {
        if (_tokens.Length < tokens.Length)
        {
            var size = Math.Max(tokens.Length, _tokens.Length * 2);
            _tokens = new Token[size];
            _keyStart = new int[size];
            _keyEnd = new int[size];
            _stemStart = new int[size];
            _stemEnd = new int[size];
            _hashes = new TokenHashes[size];
        }

        tokens.CopyTo(_tokens);
        _tokenCount = tokens.Length;
    }

    /// <summary>Copies the sentences in.</summary>
    internal void SetSentences(ReadOnlySpan<SentenceSpan> sentences)
    {
        if (_sentences.Length < sentences.Length)
        {
            _sentences = new SentenceSpan[Math.Max(sentences.Length, _sentences.Length * 2)];
        }

        sentences.CopyTo(_sentences);
        _sentenceCount = sentences.Length;
    }

    /// <summary>The key buffer being filled, and the per-token start arrays.</summary>
    internal Span<char> KeyBuffer => _keys;

    internal int[] KeyStarts => _keyStart;

    internal int[] KeyEnds => _keyEnd;

    internal int[] StemStarts => _stemStart;

    internal int[] StemEnds => _stemEnd;

    /// <summary>The per-token lookup hashes being filled (the text stage writes them after the stems).</summary>
    internal TokenHashes[] Hashes => _hashes;

    /// <summary>Token <paramref name="index"/>'s lookup hashes (of its key and stem), for the lexicon matchers. O(1).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal ref readonly TokenHashes HashesAt(int index) => ref _hashes[index];

    /// <summary>Sets the language decision (the text stage decides it from the tokens, after <see cref="Reset"/>).</summary>
    internal void SetLanguage(string language, double confidence)
    {
        Language = language;
        LanguageConfidence = confidence;
    }

    internal void SetKeysLength(int length) => _keysLength = length;

    /// <summary>An independent copy with exact-size arrays (what public callers receive).</summary>
    internal AnalyzedText Freeze() => new()
    {
        Text = Text,
        Language = Language,
        LanguageConfidence = LanguageConfidence,
        _tokens = _tokens.AsSpan(0, _tokenCount).ToArray(),
        _tokenCount = _tokenCount,
        _sentences = _sentences.AsSpan(0, _sentenceCount).ToArray(),
        _sentenceCount = _sentenceCount,
        _keys = _keys.AsSpan(0, _keysLength).ToArray(),
        _keysLength = _keysLength,
        _keyStart = _keyStart.AsSpan(0, _tokenCount).ToArray(),
        _keyEnd = _keyEnd.AsSpan(0, _tokenCount).ToArray(),
        _stemStart = _stemStart.AsSpan(0, _tokenCount).ToArray(),
        _stemEnd = _stemEnd.AsSpan(0, _tokenCount).ToArray(),
        _hashes = _hashes.AsSpan(0, _tokenCount).ToArray(),
    };
}
