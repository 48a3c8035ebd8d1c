namespace FramingAnalysis.Naming;

/// <summary>How a label word is attached to a reference to a target (the naming table, issue 26).</summary>
public enum LabelAttachment
{
    /// <summary>A modifier inside the noun phrase of the reference: <c>the controversial mega-prison</c>, <c>una experiencia exitosa</c>.</summary>
    Modifier,

    /// <summary>A word of an apposition after the reference: <c>CECOT, a massive detention facility,</c>.</summary>
    Apposition,

    /// <summary>A word of a predicate linked by a copula: <c>the prison is a disaster</c>, <c>la medida es un éxito</c>.</summary>
    Predicate,
}
