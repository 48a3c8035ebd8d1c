using BenchmarkDotNet.Attributes;
using FramingAnalysis.Benchmarks.Data;
using FramingAnalysis.Text;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace FramingAnalysis.Benchmarks;

/// <summary>
/// Our tokenizer against its peers on the same generated English/Spanish news, tweets and comments:
/// Lucene.Net's <c>StandardTokenizer</c> (UAX #29 word breaks, JFlex-generated) and ML.NET's
/// <c>TokenizeIntoWords</c> (splits on spaces only, so it does far less work per character).
/// Each benchmark returns a checksum of the token offsets so that nothing is optimized away.
/// </summary>
[Config(typeof(BenchmarkConfig))]
[MemoryDiagnoser]
public class TokenizerBenchmarks
{
    private string _text = "";
    private readonly List<Token> _tokens = [];
    private StandardTokenizer _lucene = null!;
    private IOffsetAttribute _luceneOffsets = null!;
    private IDataView _documents = null!;
    private ITransformer _mlTokenizer = null!;

    /// <summary>Input size in characters.</summary>
    [ParamsSource(typeof(BenchmarkSizes), nameof(BenchmarkSizes.Chars))]
    public int Chars { get; set; }

    /// <summary>Makes the input and the peers' reusable objects once per size.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _text = CorpusGenerator.Generate(Chars, seed: 42);

        _lucene = new StandardTokenizer(LuceneVersion.LUCENE_48, new StringReader(""));
        _luceneOffsets = _lucene.AddAttribute<IOffsetAttribute>();

        var ml = new MLContext(seed: 1);
        _documents = ml.Data.LoadFromEnumerable(CorpusGenerator.Documents(_text).Select(d => new Document { Text = d }).ToArray());
        _mlTokenizer = ml.Transforms.Text.TokenizeIntoWords("Tokens", nameof(Document.Text)).Fit(_documents);
    }

    /// <summary>Releases the Lucene tokenizer.</summary>
    [GlobalCleanup]
    public void Cleanup() => _lucene.Dispose();

    /// <summary>Our tokenizer through the zero-allocation enumerator.</summary>
    [Benchmark(Baseline = true)]
    public long FramingAnalysis_Enumerate()
    {
        long checksum = 0;
        foreach (Token token in Tokenizer.Default.Enumerate(_text))
        {
            checksum += token.Start + (int)token.Kind;
        }

        return checksum;
    }

    /// <summary>Our tokenizer into a reused list (what a pipeline keeping the tokens does).</summary>
    [Benchmark]
    public long FramingAnalysis_TokenizeToList()
    {
        _tokens.Clear();
        Tokenizer.Default.Tokenize(_text, _tokens);
        return _tokens.Count;
    }

    /// <summary>Lucene.Net's StandardTokenizer, one instance reused across iterations via SetReader/Reset.</summary>
    [Benchmark]
    public long Lucene_StandardTokenizer()
    {
        long checksum = 0;
        _lucene.SetReader(new StringReader(_text));
        _lucene.Reset();
        while (_lucene.IncrementToken())
        {
            checksum += _luceneOffsets.StartOffset;
        }

        _lucene.End();
        _lucene.Dispose();
        return checksum;
    }

    /// <summary>ML.NET's word tokenizer over the documents as an IDataView, reading every token through a cursor.</summary>
    [Benchmark]
    public long MLNet_TokenizeIntoWords()
    {
        IDataView transformed = _mlTokenizer.Transform(_documents);
        DataViewSchema.Column column = transformed.Schema["Tokens"];
        using DataViewRowCursor cursor = transformed.GetRowCursor([column]);
        ValueGetter<VBuffer<ReadOnlyMemory<char>>> getter = cursor.GetGetter<VBuffer<ReadOnlyMemory<char>>>(column);
        VBuffer<ReadOnlyMemory<char>> buffer = default;
        long checksum = 0;
        while (cursor.MoveNext())
        {
            getter(ref buffer);
            checksum += buffer.Length;
        }

        return checksum;
    }

    /// <summary>One row of the ML.NET input.</summary>
    private sealed class Document
    {
        public string Text { get; set; } = "";
    }
}
