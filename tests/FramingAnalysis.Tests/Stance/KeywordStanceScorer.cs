using FramingAnalysis.Stance;
using FramingAnalysis.Text;

namespace FramingAnalysis.Tests.Stance;

/// <summary>
/// A third-party stance scorer, written only against the public API, as a user would: each target is named by one
/// keyword; a unit that names it (or says "it" after an earlier unit of the article named it, carried in
/// <see cref="StanceContext.LastTarget"/>) is favor with "good", against with "bad", else neutral; any other unit does not
/// mention the target.
/// </summary>
internal sealed class KeywordStanceScorer : StanceScorer
{
    private readonly (string Name, string Keyword)[] _targets;

    public KeywordStanceScorer(params (string Name, string Keyword)[] targets)
    {
        _targets = targets;
        Targets = [.. targets.Select(t => new StanceTarget(t.Name, new Dictionary<string, IReadOnlyList<string>> { ["*"] = [t.Keyword] }))];
    }

    public override IReadOnlyList<StanceTarget> Targets { get; }

    public override IReadOnlyList<StanceResult> Score(AnalyzedText text, TextUnit unit, StanceContext? context)
    {
        var results = new List<StanceResult>(_targets.Length);
        var named = -1;
        for (var t = 0; t < _targets.Length; t++)
        {
            var mention = Find(text, _targets[t].Keyword);
            var carried = mention < 0 && context?.LastTarget == t ? Find(text, "it") : -1;
            if (mention < 0 && carried < 0)
            {
                results.Add(StanceResult.NotMentioned(_targets[t].Name, unit.Voice, null, "no mention"));
                continue;
            }

            named = mention >= 0 ? t : named;
            var at = mention >= 0 ? mention : carried;
            var evidence = new List<StanceEvidence> { Evidence(text, at, mention >= 0 ? "mention" : "carry", 0) };
            var (label, score) = (StanceLabel.Neutral, 0.0);
            if (Find(text, "good") is var good and >= 0)
            {
                (label, score) = (StanceLabel.Favor, 1.0);
                evidence.Add(Evidence(text, good, "evaluative", 1));
            }
            else if (Find(text, "bad") is var bad and >= 0)
            {
                (label, score) = (StanceLabel.Against, -1.0);
                evidence.Add(Evidence(text, bad, "evaluative", -1));
            }

            results.Add(new StanceResult(_targets[t].Name, label, score, 1, unit.Voice, null, mention >= 0 ? "mentioned" : "carried", evidence));
        }

        if (context is not null && named >= 0)
        {
            context.LastTarget = named;
        }

        return results;
    }

    private static int Find(AnalyzedText text, string key)
    {
        for (var i = 0; i < text.TokenCount; i++)
        {
            if (text.Key(i).Equals(key, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    private static StanceEvidence Evidence(AnalyzedText text, int token, string cue, double weight)
    {
        var t = text.TokenAt(token);
        return new StanceEvidence(t.Start, t.Length, text.TokenText(token).ToString(), cue, weight);
    }
}
