using FramingAnalysis.Stance;
using FramingAnalysis.Text;

namespace FramingAnalysis.Comparison;

/// <summary>
/// One candidate example sentence kept by a <see cref="GroupAccumulator"/>. Candidates are chosen by a total order that
/// does not depend on the order articles arrive in (see <see cref="IsBetterCueThan"/> and <see cref="IsBetterStanceThan"/>),
/// so keeping the best of two accumulators' candidates is a lawful merge.
/// </summary>
internal sealed record ExampleCandidate(string ArticleId, string UnitId, int Start, double Score, StanceLabel Label, string Cue, double Weight, EvidenceSnippet Snippet)
{
    private const int MaxSnippet = 280;
    private const int Context = 120;

    /// <summary>Frame cue examples: the first match by article id, unit id and offset.</summary>
    public static bool IsBetterCue(string articleId, string unitId, int start, ExampleCandidate? current) =>
        current is null || Key(articleId, unitId, start, current) < 0;

    public bool IsBetterCueThan(ExampleCandidate? other) => other is null || Key(ArticleId, UnitId, Start, other) < 0;

    /// <summary>Stance examples: the largest |score|, then the first by article id, unit id and offset.</summary>
    public static bool IsBetterStance(double score, string articleId, string unitId, int start, ExampleCandidate? current)
    {
        if (current is null)
        {
            return true;
        }

        var c = Math.Abs(score).CompareTo(Math.Abs(current.Score));
        return c > 0 || (c == 0 && Key(articleId, unitId, start, current) < 0);
    }

    public bool IsBetterStanceThan(ExampleCandidate? other) => IsBetterStance(Score, ArticleId, UnitId, Start, other);

    /// <summary>The sentence of <paramref name="text"/> that contains the cue, shortened around it when long.</summary>
    public static EvidenceSnippet MakeSnippet(string articleId, string unitId, AnalyzedText text, int start, int length)
    {
        var s = text.Text;
        start = Math.Clamp(start, 0, s.Length);
        length = Math.Clamp(length, 0, s.Length - start);
        int from = 0, to = s.Length;
        foreach (var sentence in text.Sentences)
        {
            if (start >= sentence.Start && start < sentence.Start + sentence.Length)
            {
                from = sentence.Start;
                to = Math.Max(sentence.Start + sentence.Length, start + length);
                break;
            }
        }

        var prefix = "";
        var suffix = "";
        if (to - from > MaxSnippet)
        {
            var a = Math.Max(from, start - Context);
            var b = Math.Min(to, start + length + Context);
            prefix = a > from ? "…" : "";
            suffix = b < to ? "…" : "";
            (from, to) = (a, b);
        }

        while (from < start && char.IsWhiteSpace(s[from]))
        {
            from++;
        }

        while (to > start + length && char.IsWhiteSpace(s[to - 1]))
        {
            to--;
        }

        return new EvidenceSnippet(articleId, unitId, prefix + s[from..to] + suffix, prefix.Length + start - from, length);
    }

    private static int Key(string articleId, string unitId, int start, ExampleCandidate other)
    {
        var c = string.CompareOrdinal(articleId, other.ArticleId);
        if (c == 0)
        {
            c = string.CompareOrdinal(unitId, other.UnitId);
        }

        return c != 0 ? c : start.CompareTo(other.Start);
    }
}
