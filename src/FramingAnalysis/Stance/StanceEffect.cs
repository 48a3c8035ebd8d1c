namespace FramingAnalysis.Stance;

/// <summary>
/// The kinds of entry in the good-for/bad-for effect lexicons (<c>stance-effects.{en,es}.tsv</c>), after the +/-effect
/// events of Choi &amp; Wiebe (2014, EffectWordNet) and the implicit sentiment rules of Deng &amp; Wiebe (2015): an agent
/// that helps a good thing or harms a bad thing is judged well; one that harms a good thing or helps a bad thing badly.
/// </summary>
public enum StanceEffect
{
    /// <summary>A predicate that helps or increases its object (<c>protect</c>, <c>restore</c>, <c>garantizar</c>).</summary>
    GoodFor,

    /// <summary>A predicate that harms, reduces or ends its object (<c>reduce</c>, <c>suspend</c>, <c>combatir</c>, <c>contra</c>).</summary>
    BadFor,

    /// <summary>A thing commonly judged good (<c>rights</c>, <c>due process</c>, <c>seguridad</c>).</summary>
    Good,

    /// <summary>A thing commonly judged bad (<c>crime</c>, <c>homicides</c>, <c>extorsión</c>); a topic word that is not stance by itself.</summary>
    Bad,
}
