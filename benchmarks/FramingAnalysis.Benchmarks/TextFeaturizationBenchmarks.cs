using BenchmarkDotNet.Attributes;
using FramingAnalysis.Benchmarks.Data;
using FramingAnalysis.Text;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace FramingAnalysis.Benchmarks;

/// <summary>
/// Our text stage against ML.NET's <c>FeaturizeText</c> on the same generated documents. The two do different work:
/// ours tokenizes (UAX-29-like rules plus emoji, hashtags, numbers), splits sentences, identifies the language, folds
/// and stems every token; FeaturizeText (default options) lower-cases, strips diacritics, splits on spaces and counts
/// word 1–2-grams and character 3-grams into an L2-normalized vector. Both turn raw text into what a scorer reads, which
/// is the comparison a user makes when choosing a front end; neither is a subset of the other.
/// </summary>
[Config(typeof(BenchmarkConfig))]
[MemoryDiagnoser]
public class TextFeaturizationBenchmarks
{
    private string[] _documents = [];
    private IDataView _view = null!;
    private ITransformer _featurizer = null!;

    /// <summary>Total input size in characters (10 MB is left out: FeaturizeText alone takes tens of seconds there).</summary>
    [ParamsSource(typeof(BenchmarkSizes), nameof(BenchmarkSizes.CharsUpTo1MB))]
    public int Chars { get; set; }

    /// <summary>Makes the documents, and fits FeaturizeText on them (fitting builds its n-gram dictionary; not timed).</summary>
    [GlobalSetup]
    public void Setup()
    {
        _documents = CorpusGenerator.Documents(CorpusGenerator.Generate(Chars, seed: 42));
        var ml = new MLContext(seed: 1);
        _view = ml.Data.LoadFromEnumerable(_documents.Select(d => new Document { Text = d }).ToArray());
        _featurizer = ml.Transforms.Text.FeaturizeText("Features", nameof(Document.Text)).Fit(_view);
    }

    /// <summary>Our text stage over every document; returns the token count.</summary>
    [Benchmark(Baseline = true)]
    public long FramingAnalysis_TextPipeline()
    {
        long tokens = 0;
        foreach (string document in _documents)
        {
            tokens += TextPipeline.Default.Analyze(document).TokenCount;
        }

        return tokens;
    }

    /// <summary>ML.NET FeaturizeText over every document, reading each feature vector through a cursor.</summary>
    [Benchmark]
    public long MLNet_FeaturizeText()
    {
        IDataView transformed = _featurizer.Transform(_view);
        DataViewSchema.Column column = transformed.Schema["Features"];
        using DataViewRowCursor cursor = transformed.GetRowCursor([column]);
        ValueGetter<VBuffer<float>> getter = cursor.GetGetter<VBuffer<float>>(column);
        VBuffer<float> buffer = default;
        long checksum = 0;
        while (cursor.MoveNext())
        {
            getter(ref buffer);
            checksum += buffer.GetValues().Length;
        }

        return checksum;
    }

    /// <summary>One row of the ML.NET input.</summary>
    private sealed class Document
    {
        public string Text { get; set; } = "";
    }
}
