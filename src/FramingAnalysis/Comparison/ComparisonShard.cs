using System.Text;

namespace FramingAnalysis.Comparison;

/// <summary>
/// One shard of a comparison: what a <see cref="ComparisonBuilder"/> accumulated over part of a corpus, with the reader's
/// problems and the article counts of that part, in a form that leaves the process (<see cref="WriteTo"/>) and comes
/// back (<see cref="ReadFrom"/>, into an empty builder made like the writer's: <see cref="ComparisonBuilder.For"/> with the
/// same analyzer options and comparison options). Merging the shards of every part (<see cref="ComparisonShardMerger"/>) and building
/// gives the report one builder over the whole corpus gives, byte for byte.
/// </summary>
/// <remarks>
/// <para>
/// Format (version <see cref="FormatVersion"/>, little-endian): the magic bytes <c>FASHARD</c> and a zero byte, the
/// format version (int32), the layout's <see cref="ComparisonLayout.Fingerprint"/> (64 hex characters as a string),
/// the analyzed and failed article counts, the reader's counts and problems (file, line, field, message, severity,
/// record id), the builder's rejected-record counts, then each group in ordinal key order: its per-article summaries
/// in canonical order (id, column masks, exact doubles), its integer counts, its maps in ordinal key order, its example
/// sentences and its naming tallies. Strings are UTF-8 with a 7-bit length prefix. The layout itself (frames, targets,
/// options, text pipeline) is not written: writer and reader build it from the same options, and the fingerprint
/// check refuses a shard made under another layout. The same state gives the same bytes whatever the order in which
/// its articles were added.
/// </para>
/// <para>Not thread-safe. Size: about 30 bytes plus 8 per non-zero value per article, plus the vocabulary and examples.</para>
/// </remarks>
public sealed class ComparisonShard
{
    /// <summary>The version of the byte format <see cref="WriteTo"/> writes and <see cref="ReadFrom"/> reads.</summary>
    public const int FormatVersion = 1;

    private static readonly byte[] Magic = "FASHARD\0"u8.ToArray();

    /// <summary>Creates a shard from a builder and the counts of the part of the corpus it covers.</summary>
    /// <param name="builder">The accumulated state; it is held, not copied. Do not call <see cref="ComparisonBuilder.AddProblems"/> on it: the problems travel separately and are added once, when merged.</param>
    /// <param name="problems">The reader's problems and counts for this part.</param>
    /// <param name="articles">Articles analyzed and added.</param>
    /// <param name="failed">Articles whose analysis threw (left out).</param>
    public ComparisonShard(ComparisonBuilder builder, CorpusProblems problems, int articles, int failed)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(problems);
        ArgumentOutOfRangeException.ThrowIfNegative(articles);
        ArgumentOutOfRangeException.ThrowIfNegative(failed);
        Builder = builder;
        Problems = problems;
        Articles = articles;
        Failed = failed;
    }

    /// <summary>
    /// Reads, analyzes and accumulates one partition of a corpus on every core (the analysis phase of
    /// <see cref="ComparisonRunner.RunAsync"/>, over the partition only): the shard a worker of a distributed run sends
    /// back. Records that fail to read are in <see cref="Problems"/>; articles whose analysis throws are counted in
    /// <see cref="Failed"/> and told to <see cref="ComparisonRunOptions.ArticleFailed"/>.
    /// </summary>
    /// <param name="partition">The partition (see <see cref="CorpusPartitioner"/>).</param>
    /// <param name="analyzer">The analyzer; its frames and targets make the layout.</param>
    /// <param name="options">The comparison options; null for defaults.</param>
    /// <param name="run">Reading options, workers and callbacks (the manifest inputs and <see cref="ComparisonRunOptions.Analyzed"/> are not used); null for defaults.</param>
    /// <param name="cancellationToken">Cancels the analysis.</param>
    /// <exception cref="IOException">The partition's file cannot be read.</exception>
    public static async Task<ComparisonShard> AnalyzeAsync(CorpusPartition partition, Analysis.FramingAnalyzer analyzer, ComparisonOptions? options = null,
        ComparisonRunOptions? run = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(partition);
        ArgumentNullException.ThrowIfNull(analyzer);
        options ??= ComparisonOptions.Default;
        options.Validate();
        run ??= new ComparisonRunOptions();
        var problems = new CorpusProblems();
        var articles = partition.ReadAsync(problems, run.ReadOptions, cancellationToken);
        var (builder, count, failed) = await ComparisonRunner.AccumulateAsync(articles, analyzer, options, run, cancellationToken).ConfigureAwait(false);
        return new ComparisonShard(builder, problems, count, failed);
    }

    /// <summary>The accumulated state.</summary>
    public ComparisonBuilder Builder { get; }

    /// <summary>The reader's problems and record counts for this part of the corpus, in the order found.</summary>
    public CorpusProblems Problems { get; }

    /// <summary>Articles analyzed and added.</summary>
    public int Articles { get; }

    /// <summary>Articles whose analysis threw (left out, as <see cref="ComparisonRunner"/> leaves them out).</summary>
    public int Failed { get; }

    /// <summary>Writes the shard to <paramref name="stream"/> (see the remarks for the format).</summary>
    /// <exception cref="EncoderFallbackException">A string holds a lone surrogate, which UTF-8 cannot carry exactly.</exception>
    public void WriteTo(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var writer = new ShardWriter(stream);
        writer.Bytes(Magic);
        writer.Int(FormatVersion);
        writer.String(Builder.Layout.Fingerprint);
        writer.Int(Articles);
        writer.Int(Failed);
        WriteProblems(writer, Problems);
        Builder.WriteStateTo(writer);
    }

    /// <summary>The shard's bytes (<see cref="WriteTo"/> into memory).</summary>
    public byte[] ToBytes()
    {
        using var memory = new MemoryStream();
        WriteTo(memory);
        return memory.ToArray();
    }

    /// <summary>Reads a shard written by <see cref="WriteTo"/> under the same layout into <paramref name="into"/>.</summary>
    /// <param name="stream">The bytes; read to the end of the shard.</param>
    /// <param name="into">An empty builder made like the writer's (<see cref="ComparisonBuilder.For"/> with the same analyzer and options); it becomes the shard's <see cref="Builder"/>.</param>
    /// <param name="source">What to call the bytes in error messages (a file or partition name).</param>
    /// <exception cref="InvalidDataException">Not a shard, another format version, another layout (fingerprint), or damaged bytes; the message says which.</exception>
    /// <exception cref="InvalidOperationException"><paramref name="into"/> is not empty.</exception>
    public static ComparisonShard ReadFrom(Stream stream, ComparisonBuilder into, string source = "shard")
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(into);
        var layout = into.Layout;
        using var reader = new ShardReader(stream, source);
        try
        {
            if (!reader.Bytes(Magic.Length).AsSpan().SequenceEqual(Magic))
            {
                throw reader.Invalid("it does not start with the shard magic bytes");
            }

            var version = reader.Int();
            if (version != FormatVersion)
            {
                throw reader.Invalid($"format version {version}, this library reads version {FormatVersion}");
            }

            var fingerprint = reader.String();
            if (!string.Equals(fingerprint, layout.Fingerprint, StringComparison.Ordinal))
            {
                throw new InvalidDataException($"{source}: the shard was made under another comparison layout (fingerprint {fingerprint}, this run's is {layout.Fingerprint}): " +
                    "frames, targets or comparison options differ; build both sides from the same options");
            }

            var articles = reader.Int();
            var failed = reader.Int();
            if (articles < 0 || failed < 0)
            {
                throw reader.Invalid($"negative article counts ({articles}, {failed})");
            }

            var problems = ReadProblems(reader);
            into.ReadStateFrom(reader);
            return new ComparisonShard(into, problems, articles, failed);
        }
        catch (EndOfStreamException)
        {
            throw reader.Invalid("the shard is truncated");
        }
        catch (DecoderFallbackException)
        {
            throw reader.Invalid("a string is not valid UTF-8");
        }
    }

    /// <summary>Reads a shard from bytes into an empty builder (<see cref="ReadFrom(Stream, ComparisonBuilder, string)"/>); trailing bytes are an error.</summary>
    /// <exception cref="InvalidDataException">See <see cref="ReadFrom(Stream, ComparisonBuilder, string)"/>.</exception>
    public static ComparisonShard FromBytes(byte[] bytes, ComparisonBuilder into, string source = "shard")
    {
        ArgumentNullException.ThrowIfNull(bytes);
        using var memory = new MemoryStream(bytes, writable: false);
        var shard = ReadFrom(memory, into, source);
        return memory.Position == memory.Length
            ? shard
            : throw new InvalidDataException($"{source}: not a valid comparison shard: {memory.Length - memory.Position} bytes after its end");
    }

    private static void WriteProblems(ShardWriter writer, CorpusProblems problems)
    {
        writer.Int(problems.ArticlesRead);
        writer.Int(problems.ArticlesRejected);
        writer.Int(problems.CommentsRead);
        writer.Int(problems.CommentsRejected);
        writer.Int(problems.Count);
        foreach (var p in problems)
        {
            writer.String(p.File);
            writer.Long(p.Line);
            writer.String(p.Field);
            writer.String(p.Message);
            writer.Int((int)p.Severity);
            writer.NullableString(p.RecordId);
        }
    }

    private static CorpusProblems ReadProblems(ShardReader reader)
    {
        var problems = new CorpusProblems
        {
            ArticlesRead = reader.Int(),
            ArticlesRejected = reader.Int(),
            CommentsRead = reader.Int(),
            CommentsRejected = reader.Int(),
        };
        var n = reader.Count("problems", 16);
        for (var i = 0; i < n; i++)
        {
            var file = reader.String();
            var line = reader.Long();
            var field = reader.String();
            var message = reader.String();
            var severity = reader.Int();
            if (severity is not ((int)ProblemSeverity.Warning or (int)ProblemSeverity.Error))
            {
                throw reader.Invalid($"unknown problem severity {severity}");
            }

            problems.Add(new CorpusProblem(file, line, field, message, (ProblemSeverity)severity, reader.NullableString()), strict: false);
        }

        return problems;
    }
}
