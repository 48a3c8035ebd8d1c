namespace FramingAnalysis.ML;

/// <summary>The columns read back from a stance or sentiment model.</summary>
internal sealed class MulticlassOutput
{
    public float[] Score { get; set; } = [];
}

/// <summary>The column read back from a frames model: one probability per trained frame.</summary>
internal sealed class FramesOutput
{
    public float[] FrameProbabilities { get; set; } = [];
}
