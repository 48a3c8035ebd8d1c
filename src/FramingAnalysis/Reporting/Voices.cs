namespace FramingAnalysis.Reporting;

/// <summary>Report names of voices (lower case, stable across releases).</summary>
public static class Voices
{
    /// <summary>The report name of a voice.</summary>
    /// <param name="voice">The voice.</param>
    /// <returns><c>outlet</c>, <c>quoted</c>, <c>embedded</c> or <c>audience</c>.</returns>
    public static string Name(Voice voice) => voice switch
    {
        Voice.Outlet => "outlet",
        Voice.Quoted => "quoted",
        Voice.Embedded => "embedded",
        _ => "audience",
    };
}
