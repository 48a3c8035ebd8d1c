namespace FramingAnalysis.Reporting;

/// <summary>How much evidence unit records carry (<c>framing analyze --evidence</c>): every item, the strongest, or none.</summary>
public enum EvidenceDetail
{
    /// <summary>Every evidence item of every score (the default; what the records always carried).</summary>
    All,

    /// <summary>
    /// Per evidence list, the one item that moved its score most (largest absolute valence or weight; the first in text
    /// order on a tie, so a stance result whose only evidence is its mentions keeps the first mention).
    /// </summary>
    Top,

    /// <summary>No evidence: the JSON records have no <c>evidence</c> properties and the CSV no <c>_evidence</c> columns.</summary>
    None,
}
