using BenchmarkDotNet.Attributes;
using FramingAnalysis.ML;

namespace FramingAnalysis.Benchmarks;

/// <summary>
/// Prediction throughput of a trained stance model, per unit (each benchmark scores <see cref="Units"/> units and
/// reports the time per unit through <c>OperationsPerInvoke</c>, so units/s = 1 / mean). Peers in the same table: our
/// model one unit at a time through the pooled prediction engines, our model in one batch through ML.NET's columnar
/// path, and the plain ML.NET baseline (<c>FeaturizeText</c> + SDCA) one unit at a time.
/// </summary>
/// <remarks>
/// Both models are trained once in <see cref="Setup"/> on <c>tests/data/stance-training.tsv</c> (seed 1, L-BFGS, the
/// trainer <see cref="TrainerChoice.Auto"/> picks on that file). The shared <c>BenchmarkConfig</c> lives on the
/// tokenizer branch; once merged, add <c>[Config(typeof(BenchmarkConfig))]</c> here.
/// </remarks>
[MemoryDiagnoser]
public class StanceModelBenchmarks
{
    private const int Units = 1_000;
    private FramingModel _model = null!;
    private FramingModel _baseline = null!;
    private (string Text, string Language, string? Target)[] _units = [];

    /// <summary>Trains both models and picks the units to score (the training texts, cycled).</summary>
    [GlobalSetup]
    public void Setup()
    {
        var data = TrainingData.Load(FindRepoFile("tests", "data", "stance-training.tsv"));
        var trainer = new FramingTrainer(new FramingTrainerOptions { Task = LearningTask.Stance, Trainer = TrainerChoice.LbfgsMaximumEntropy, Seed = 1 });
        _model = trainer.Train(data);
        _baseline = trainer.TrainBaseline(data);
        _units = Enumerable.Range(0, Units).Select(i => data[(i * 7) % data.Count]).Select(e => (e.Text, e.Language, e.Target)).ToArray();
    }

    /// <summary>Our model, one <see cref="FramingModel.Predict"/> call per unit.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = Units)]
    public int OursPerUnit()
    {
        var favor = 0;
        foreach (var (text, language, target) in _units)
        {
            favor += _model.Predict(text, language, target).Label == "favor" ? 1 : 0;
        }

        return favor;
    }

    /// <summary>Our model, all units in one <see cref="FramingModel.PredictMany"/> batch.</summary>
    [Benchmark(OperationsPerInvoke = Units)]
    public int OursBatch() => _model.PredictMany(_units).Count(p => p.Label == "favor");

    /// <summary>The plain ML.NET baseline, one call per unit.</summary>
    [Benchmark(OperationsPerInvoke = Units)]
    public int BaselinePerUnit()
    {
        var favor = 0;
        foreach (var (text, language, target) in _units)
        {
            favor += _baseline.Predict(text, language, target).Label == "favor" ? 1 : 0;
        }

        return favor;
    }

    private static string FindRepoFile(params string[] parts)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "FramingAnalysis.sln")))
        {
            dir = dir.Parent;
        }

        return Path.Combine([dir?.FullName ?? throw new InvalidOperationException("FramingAnalysis.sln not found above " + AppContext.BaseDirectory), .. parts]);
    }
}
