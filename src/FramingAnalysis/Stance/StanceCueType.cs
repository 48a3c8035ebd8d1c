namespace FramingAnalysis.Stance;

/// <summary>The kinds of cue in the stance cue lexicons (<c>stance-cues.{en,es}.tsv</c>).</summary>
public enum StanceCueType
{
    /// <summary>An evaluative label for the target or its proponents (<c>controversial</c>, <c>ejemplar</c>); Entman 1993.</summary>
    Evaluative,

    /// <summary>An endorsement or adoption predicate (<c>learn from</c>, <c>seguir el ejemplo</c>).</summary>
    Endorsement,

    /// <summary>An opposition or concern predicate (<c>critics argue</c>, <c>denuncian</c>).</summary>
    Opposition,

    /// <summary>A hedge or distancing marker (<c>alleged</c>, <c>so-called</c>, <c>supuesto</c>); Hyland 1998.</summary>
    Hedge,

    /// <summary>A first-person comment-style cue (<c>I hope</c>, <c>me preocupa</c>); weighed 1.5× in comments.</summary>
    Comment,

    /// <summary>A reported-speech verb or phrase (<c>said</c>, <c>según</c>): marks quoted voice.</summary>
    Attribution,

    /// <summary>A generic expression that refers back to a mentioned target (<c>the facility</c>, <c>la medida</c>).</summary>
    Anaphor,

    /// <summary>A concession opener whose clause weighs less (<c>while</c>, <c>aunque</c>).</summary>
    Concession,

    /// <summary>A contrast marker whose following clause weighs more (<c>but</c>, <c>sin embargo</c>).</summary>
    Contrast,
}
