using BenchmarkDotNet.Attributes;
using FramingAnalysis.Benchmarks.Data;
using FramingAnalysis.Text;

namespace FramingAnalysis.Benchmarks;

/// <summary>The sentence splitter over pre-computed tokens, and tokenizing plus splitting together.</summary>
[Config(typeof(BenchmarkConfig))]
[MemoryDiagnoser]
public class SentenceSplitterBenchmarks
{
    private string _text = "";
    private Token[] _tokens = [];
    private readonly List<Token> _tokenBuffer = [];
    private readonly List<SentenceSpan> _sentences = [];

    /// <summary>Input size in characters.</summary>
    [ParamsSource(typeof(BenchmarkSizes), nameof(BenchmarkSizes.Chars))]
    public int Chars { get; set; }

    /// <summary>Makes the input and its tokens once per size.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _text = CorpusGenerator.Generate(Chars, seed: 42);
        Tokenizer.Default.Tokenize(_text, _tokenBuffer);
        _tokens = _tokenBuffer.ToArray();
    }

    /// <summary>Splitting only, into a reused list.</summary>
    [Benchmark(Baseline = true)]
    public int Split()
    {
        _sentences.Clear();
        return SentenceSplitter.Default.Split(_text, _tokens, _sentences);
    }

    /// <summary>Tokenizing and splitting, both into reused lists: the text stage's cost per document.</summary>
    [Benchmark]
    public int TokenizeAndSplit()
    {
        _tokenBuffer.Clear();
        _sentences.Clear();
        Tokenizer.Default.Tokenize(_text, _tokenBuffer);
        return SentenceSplitter.Default.Split(_text, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_tokenBuffer), _sentences);
    }
}
