namespace FramingAnalysis.Stance;

/// <summary>The stance of a unit toward a target.</summary>
public enum StanceLabel
{
    /// <summary>The unit opposes the target.</summary>
    Against,

    /// <summary>No clear stance. A unit that does not mention the target also carries this label, with <see cref="StanceResult.Mentioned"/> false: it has no stance toward it.</summary>
    Neutral,

    /// <summary>The unit favours the target.</summary>
    Favor,
}
