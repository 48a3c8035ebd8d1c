namespace FramingAnalysis.ML;

/// <summary>The label sets a <see cref="LearningTask"/> accepts unless the caller gives its own.</summary>
public static class LabelSets
{
    /// <summary>Stance labels, in report order.</summary>
    public static IReadOnlyList<string> Stance { get; } = ["favor", "against", "neutral"];

    /// <summary>Sentiment labels, in report order.</summary>
    public static IReadOnlyList<string> Sentiment { get; } = ["positive", "negative", "neutral", "mixed"];

    /// <summary>The 15 frame ids of the Policy Frames Codebook (Boydstun et al., 2014), as written in <c>corpus/annotations.csv</c>.</summary>
    public static IReadOnlyList<string> Frames { get; } =
    [
        "economic",
        "capacity_and_resources",
        "morality",
        "fairness_and_equality",
        "legality_constitutionality_jurisprudence",
        "policy_prescription_and_evaluation",
        "crime_and_punishment",
        "security_and_defense",
        "health_and_safety",
        "quality_of_life",
        "cultural_identity",
        "public_opinion",
        "political",
        "external_regulation_and_reputation",
        "other",
    ];

    /// <summary>The default label set of <paramref name="task"/>.</summary>
    public static IReadOnlyList<string> For(LearningTask task) => task switch
    {
        LearningTask.Stance => Stance,
        LearningTask.Sentiment => Sentiment,
        LearningTask.Frames => Frames,
        _ => throw new ArgumentOutOfRangeException(nameof(task), task, "Unknown task."),
    };
}
