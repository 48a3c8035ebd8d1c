namespace FramingAnalysis.Stance;

/// <summary>The stance of a unit toward a target.</summary>
public enum StanceLabel
{
    /// <summary>The unit opposes the target.</summary>
    Against,

    /// <summary>No clear stance, or no mention of the target.</summary>
    Neutral,

    /// <summary>The unit favours the target.</summary>
    Favor,
}
