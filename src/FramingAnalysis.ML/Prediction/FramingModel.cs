using System.Collections.Concurrent;
using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Serialization;
using FramingAnalysis.Languages;
using FramingAnalysis.Stance;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace FramingAnalysis.ML;

/// <summary>
/// A trained stance, sentiment or frames model: ML.NET's transformer chain plus the <see cref="ModelMetadata"/> that
/// says how to feed it. Made by <see cref="FramingTrainer"/> or read with <see cref="Load"/>.
/// </summary>
/// <remarks>
/// <para><b>Thread safety.</b> Every <c>Predict</c> overload is thread-safe. ML.NET's <c>PredictionEngine</c> is not, so the
/// model keeps a pool of engines: each call takes one (or creates one when all are busy; creating one costs far more than a prediction),
/// uses it and gives it back. Many threads may share one model.</para>
/// <para><b>Cost.</b> One prediction tokenizes the text once, builds its n-grams through ML.NET's transforms and runs a
/// sparse linear model: 0.1–0.25 ms per sentence-length unit in <c>StanceModelBenchmarks</c> (short runs on a busy
/// 2-core machine; the plain <c>FeaturizeText</c> baseline measured in the same range). <see cref="PredictMany"/> saves the engine hand-off per unit.</para>
/// </remarks>
/// <example>
/// <code>
/// var model = FramingModel.Load("stance.zip");
/// var p = model.Predict("Say yes to the mine and yes to the future.", unit.Language, "Copper mine");
/// Console.WriteLine($"{p.Label} {p.Probabilities[p.Label]:P0}");
/// </code>
/// </example>
public sealed class FramingModel : IFramingClassifier
{
    internal static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    private readonly MLContext _ml;
    private readonly ITransformer _transformer;
    private readonly DataViewSchema _inputSchema;
    private readonly SchemaDefinition _schemaDefinition;
    private readonly Func<string, string, float[]>? _extraFeatures;
    private readonly ConcurrentBag<PredictionEngine<FeatureRow, MulticlassOutput>> _multiclassEngines = [];
    private readonly ConcurrentBag<PredictionEngine<FeatureRow, FramesOutput>> _framesEngines = [];

    internal FramingModel(MLContext ml, ITransformer transformer, DataViewSchema inputSchema, ModelMetadata metadata, Func<string, string, float[]>? extraFeatures)
    {
        _ml = ml;
        _transformer = transformer;
        _inputSchema = inputSchema;
        Metadata = metadata;
        _extraFeatures = extraFeatures;
        _schemaDefinition = FeatureSchema.Create(metadata.ExtraFeatureCount);
    }

    /// <summary>What the model predicts and how it was trained.</summary>
    public ModelMetadata Metadata { get; }

    // Targets with a model of their own (FramingTrainerOptions.PerTarget), by target name; empty for most models.
    private IReadOnlyDictionary<string, FramingModel> _perTarget = new Dictionary<string, FramingModel>(StringComparer.Ordinal);

    // The entry of each per-target model inside the saved zip.
    private const string PerTargetEntryPrefix = "per-target/";

    /// <summary>This model with per-target models added and the choices recorded in its metadata.</summary>
    internal FramingModel WithPerTarget(Dictionary<string, FramingModel> models, IReadOnlyList<PerTargetChoice> choices) =>
        new(_ml, _transformer, _inputSchema, Metadata with { PerTarget = choices }, _extraFeatures) { _perTarget = models };

    // The model that answers for a target: its own when it has one.
    private FramingModel For(string? target) => target is not null && _perTarget.Count > 0 && _perTarget.TryGetValue(target, out var own) ? own : this;

    /// <inheritdoc/>
    public LearningTask Task => Metadata.Task;

    /// <summary>Reads a model saved by <see cref="Save"/>.</summary>
    /// <param name="path">The model zip.</param>
    /// <param name="extraFeatures">
    /// The extra-feature function the model was trained with, when its metadata says it used one
    /// (<see cref="ModelMetadata.ExtraFeatureCount"/> &gt; 0).
    /// </param>
    /// <exception cref="FileNotFoundException">No file at <paramref name="path"/>.</exception>
    /// <exception cref="InvalidDataException">The file is not a zip, is corrupt, has no <c>framing-model.json</c>, or has a
    /// newer metadata layout than this library knows; the message names the file in one line.</exception>
    /// <exception cref="ArgumentException">The model needs extra features and none were given.</exception>
    public static FramingModel Load(string path, Func<string, string, float[]>? extraFeatures = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"{path}: no such model file", path);
        }

        ModelMetadata metadata;
        try
        {
            using var zip = ZipFile.OpenRead(path);
            var entry = zip.GetEntry(ModelMetadata.EntryName)
                ?? throw new InvalidDataException($"{path}: not a FramingAnalysis model (no {ModelMetadata.EntryName} entry)");
            using var stream = entry.Open();
            metadata = JsonSerializer.Deserialize<ModelMetadata>(stream, JsonOptions)
                ?? throw new InvalidDataException($"{path}: {ModelMetadata.EntryName} is empty");
        }
        catch (Exception ex) when (ex is JsonException or IOException or NotSupportedException
            || (ex is InvalidDataException && !ex.Message.StartsWith(path, StringComparison.Ordinal)))
        {
            // A corrupt or crafted zip (bad entry data, unreadable metadata) is one clear message, not a stack trace.
            throw new InvalidDataException($"{path}: not a readable FramingAnalysis model: {FirstLine(ex.Message)}", ex);
        }

        if (metadata.FormatVersion > ModelMetadata.CurrentFormatVersion)
        {
            throw new InvalidDataException($"{path}: model metadata format {metadata.FormatVersion} is newer than this library reads ({ModelMetadata.CurrentFormatVersion}); update FramingAnalysis.ML");
        }

        if (metadata.FormatVersion < 2)
        {
            // Format 1 predates the target-aware features: its models were trained without them.
            metadata = metadata with { Features = metadata.Features.WithoutTargetAwareFeatures() };
        }

        if (metadata.ExtraFeatureCount > 0 && extraFeatures is null)
        {
            throw new ArgumentException($"{path}: the model was trained with {metadata.ExtraFeatureCount} extra features ({metadata.ExtraFeaturesName ?? "unnamed"}); pass the same function to Load", nameof(extraFeatures));
        }

        var ml = new MLContext(metadata.Seed);
        ITransformer transformer;
        DataViewSchema inputSchema;
        try
        {
            transformer = ml.Model.Load(path, out inputSchema);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            throw new InvalidDataException($"{path}: not a readable FramingAnalysis model: {FirstLine(ex.Message)}", ex);
        }

        var model = new FramingModel(ml, transformer, inputSchema, metadata, extraFeatures);
        var kept = metadata.PerTarget.Where(c => c.Kept).ToList();
        if (kept.Count == 0)
        {
            return model;
        }

        // Each kept per-target model is a model file of its own inside this one.
        var perTarget = new Dictionary<string, FramingModel>(StringComparer.Ordinal);
        var scratch = Directory.CreateTempSubdirectory("framing-model-");
        try
        {
            using var zip = ZipFile.OpenRead(path);
            for (var i = 0; i < kept.Count; i++)
            {
                var entry = zip.GetEntry(PerTargetEntryPrefix + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".zip")
                    ?? throw new InvalidDataException($"{path}: the per-target model of '{kept[i].Target}' is missing");
                var file = Path.Combine(scratch.FullName, i.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".zip");
                entry.ExtractToFile(file);
                perTarget[kept[i].Target] = Load(file, extraFeatures);
            }
        }
        finally
        {
            scratch.Delete(recursive: true);
        }

        return model.WithPerTarget(perTarget, metadata.PerTarget);
    }

    /// <summary>
    /// The time stamp of every entry of a saved model (1980-01-01, the earliest a zip can record), so that the same
    /// model saves to the same bytes whenever it is saved.
    /// </summary>
    internal static readonly DateTimeOffset EntryTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>
    /// Writes the model: ML.NET's zip with <c>framing-model.json</c> added beside its entries. The same model saves to
    /// the same bytes (every entry carries <see cref="EntryTime"/> instead of the time of saving).
    /// </summary>
    /// <param name="path">The file to write; replaced if it exists.</param>
    public void Save(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var dir = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(dir))
        {
            Directory.CreateDirectory(dir);
        }

        _ml.Model.Save(_transformer, _inputSchema, path);
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Update))
        {
            zip.GetEntry(ModelMetadata.EntryName)?.Delete();
            var entry = zip.CreateEntry(ModelMetadata.EntryName, CompressionLevel.Optimal);
            using (var stream = entry.Open())
            {
                JsonSerializer.Serialize(stream, Metadata, JsonOptions);
            }

            var kept = Metadata.PerTarget.Where(c => c.Kept).ToList();
            for (var i = 0; i < kept.Count; i++)
            {
                var file = Path.GetTempFileName();
                try
                {
                    _perTarget[kept[i].Target].Save(file);
                    zip.CreateEntryFromFile(file, PerTargetEntryPrefix + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".zip", CompressionLevel.NoCompression);
                }
                finally
                {
                    File.Delete(file);
                }
            }
        }

        Restamp(path);
    }

    // Rewrites the zip at `path` with its entries in the same order and with the same content, each stamped EntryTime:
    // ML.NET and ZipArchive stamp entries with the time of saving, which made two saves of one model differ.
    private static void Restamp(string path)
    {
        var temp = path + ".restamp";
        using (var source = ZipFile.OpenRead(path))
        using (var target = ZipFile.Open(temp, ZipArchiveMode.Create))
        {
            foreach (var entry in source.Entries)
            {
                var copy = target.CreateEntry(entry.FullName, entry.CompressedLength == entry.Length ? CompressionLevel.NoCompression : CompressionLevel.Optimal);
                copy.LastWriteTime = EntryTime;
                using var from = entry.Open();
                using var to = copy.Open();
                from.CopyTo(to);
            }
        }

        File.Move(temp, path, overwrite: true);
    }

    /// <inheritdoc/>
    /// <remarks>Thread-safe; see the class remarks.</remarks>
    public FramingPrediction Predict(string text, string language, string? target = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        return PredictMany([(text, language, target)])[0];
    }

    /// <summary>
    /// Predicts the stance toward <paramref name="target"/>, whose aliases (not only its name) mark where the text
    /// mentions it for the target-aware features (<see cref="FeatureSettings.MaskTarget"/>, <see cref="FeatureSettings.TargetWindow"/>,
    /// <see cref="FeatureSettings.LexiconFeatures"/>). The target's name is the model's target feature. Thread-safe.
    /// </summary>
    public FramingPrediction Predict(string text, string language, StanceTarget target)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(target);
        if (For(target.Name) is var own && own != this)
        {
            return own.Predict(text, language, target);
        }

        var engine = Rent();
        try
        {
            return FromScores(engine.Predict(MakeRow(text, language, target.Name, target)).Score);
        }
        finally
        {
            _multiclassEngines.Add(engine);
        }
    }

    /// <summary>Predicts a batch with one pooled prediction engine; results are in input order. Thread-safe.</summary>
    /// <param name="units">Each unit's text, language and target (or <see langword="null"/>).</param>
    /// <remarks>
    /// ML.NET's columnar path (<c>Transform</c> over an <c>IDataView</c>) measured about twice as slow per unit as a
    /// reused prediction engine on 1,000 short units (<c>StanceModelBenchmarks</c>), so batches use the engine too.
    /// </remarks>
    public IReadOnlyList<FramingPrediction> PredictMany(IEnumerable<(string Text, string Language, string? Target)> units)
    {
        ArgumentNullException.ThrowIfNull(units);
        var results = new List<FramingPrediction>();
        if (Metadata.Task == LearningTask.Frames)
        {
            if (!_framesEngines.TryTake(out var framesEngine))
            {
                framesEngine = _ml.Model.CreatePredictionEngine<FeatureRow, FramesOutput>(_transformer, ignoreMissingColumns: true, inputSchemaDefinition: _schemaDefinition);
            }

            try
            {
                foreach (var (text, language, target) in units)
                {
                    results.Add(FromFrames(framesEngine.Predict(MakeRow(text, language, target)).FrameProbabilities));
                }
            }
            finally
            {
                _framesEngines.Add(framesEngine);
            }

            return results;
        }

        var engine = Rent();
        try
        {
            foreach (var (text, language, target) in units)
            {
                var own = For(target);
                results.Add(own == this ? FromScores(engine.Predict(MakeRow(text, language, target)).Score) : own.Predict(text, language, target));
            }
        }
        finally
        {
            _multiclassEngines.Add(engine);
        }

        return results;
    }

    internal IReadOnlyList<FramingPrediction> PredictExamples(IReadOnlyList<LabeledExample> examples) =>
        PredictMany(examples.Select(e => (e.Text, e.Language, e.Target)));

    private FeatureRow MakeRow(string text, string language, string? target, StanceTarget? aliases = null)
    {
        var extra = Metadata.ExtraFeatureCount > 0 ? ExtraFeatureCheck.Call(_extraFeatures!, text, language, Metadata.ExtraFeatureCount) : null;
        return TokenFeaturizer.Featurize(text, (language ?? LanguagePacks.Default.Code).ToLowerInvariant(), target, Metadata.Features, extra, task: Metadata.Task, aliases: aliases);
    }

    private PredictionEngine<FeatureRow, MulticlassOutput> Rent()
    {
        if (Metadata.Task == LearningTask.Frames)
        {
            throw new InvalidOperationException("A frames model predicts frames, not the stance toward a target; use Predict(text, language).");
        }

        return _multiclassEngines.TryTake(out var engine)
            ? engine
            : _ml.Model.CreatePredictionEngine<FeatureRow, MulticlassOutput>(_transformer, ignoreMissingColumns: true, inputSchemaDefinition: _schemaDefinition);
    }

    private FramingPrediction FromScores(float[] scores)
    {
        var labels = Metadata.ModelLabels;
        var probabilities = new Dictionary<string, float>(labels.Count, StringComparer.Ordinal);
        var best = 0;
        for (var i = 0; i < labels.Count && i < scores.Length; i++)
        {
            probabilities[labels[i]] = scores[i];
            if (scores[i] > scores[best])
            {
                best = i;
            }
        }

        return new FramingPrediction(labels[best], probabilities, [labels[best]]);
    }

    private FramingPrediction FromFrames(float[] scores)
    {
        var labels = Metadata.ModelLabels;
        var probabilities = new Dictionary<string, float>(Metadata.Labels.Count, StringComparer.Ordinal);
        foreach (var label in Metadata.Labels)
        {
            probabilities[label] = 0f;
        }

        var order = new List<int>(labels.Count);
        for (var i = 0; i < labels.Count && i < scores.Length; i++)
        {
            probabilities[labels[i]] = scores[i];
            order.Add(i);
        }

        // Most probable first; ties keep model order, so the result is deterministic.
        order.Sort((a, b) => scores[b] != scores[a] ? scores[b].CompareTo(scores[a]) : a.CompareTo(b));
        var chosen = order.Where(i => scores[i] >= Metadata.FrameThreshold).Select(i => labels[i]).ToList();
        if (chosen.Count == 0 && order.Count > 0)
        {
            chosen.Add(labels[order[0]]);
        }

        return new FramingPrediction(chosen.Count > 0 ? chosen[0] : string.Empty, probabilities, chosen);
    }

    private static string FirstLine(string message)
    {
        var end = message.IndexOfAny(['\r', '\n']);
        return end < 0 ? message : message[..end];
    }
}
