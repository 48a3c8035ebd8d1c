using System.Text;
using FramingAnalysis.Text;

namespace FramingAnalysis.Tests.Text;

public class SampleCorpusRoundTripTests
{
    [Fact]
    public void EveryUnitOfTheSampleCorpus_RebuildsExactlyFromItsTokensAndGaps()
    {
        var units = FramingAnalysis.Corpus.Load(RepoPaths.Corpus).Units().ToList();
        Assert.True(units.Count > 200);
        var tokens = new List<Token>();
        foreach (var unit in units)
        {
            tokens.Clear();
            Tokenizer.Default.Tokenize(unit.Text, tokens);
            var rebuilt = new StringBuilder(unit.Text.Length);
            var at = 0;
            foreach (var t in tokens)
            {
                Assert.True(t.Start >= at && t.Length > 0, $"{unit.UnitId}: token at {t.Start} overlaps or is empty");
                var gap = unit.Text.AsSpan(at, t.Start - at);
                Assert.True(gap.IsWhiteSpace(), $"{unit.UnitId}: non-space text '{gap}' between tokens");
                rebuilt.Append(gap).Append(t.Slice(unit.Text));
                at = t.End;
            }

            rebuilt.Append(unit.Text.AsSpan(at));
            Assert.True(unit.Text.AsSpan(at).IsWhiteSpace(), $"{unit.UnitId}: text after the last token");
            Assert.Equal(unit.Text, rebuilt.ToString());
        }
    }
}
