namespace FramingAnalysis.ML;

/// <summary>What a model learns to predict from a unit's text.</summary>
public enum LearningTask
{
    /// <summary>Stance toward a named target: one of <c>favor</c>, <c>against</c>, <c>neutral</c> (SemEval-2016 Task 6 labels).</summary>
    Stance,

    /// <summary>Sentiment of the unit's own language: one of <c>positive</c>, <c>negative</c>, <c>neutral</c>, <c>mixed</c>.</summary>
    Sentiment,

    /// <summary>
    /// Policy frames (Boydstun et al., 2014, Policy Frames Codebook): any number of the 15 frame ids per unit, a
    /// multi-label task.
    /// </summary>
    Frames,
}
