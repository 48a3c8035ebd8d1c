using FramingAnalysis.Text;
using Xunit.Abstractions;

namespace FramingAnalysis.Tests.Text;

public class CorpusLanguageIdentifierTests(ITestOutputHelper output)
{
    [Fact]
    public void CorpusUnitsOfFiveWordsOrMore_AtLeast99PercentCorrect()
    {
        string? corpus = CorpusUnits.FindCorpus();
        if (corpus is null)
        {
            output.WriteLine("corpus/ not found (set FRAMING_CORPUS_DIR); nothing to evaluate.");
            return;
        }

        string labels = Path.Combine(AppContext.BaseDirectory, "Text", "Data", "corpus-comment-languages.tsv");
        var (paragraphs, comments) = CorpusUnits.Read(corpus, labels);
        int total = 0;
        int correct = 0;
        foreach (var (name, units) in new[] { ("paragraphs", paragraphs), ("comments", comments) })
        {
            var pairs = new List<(string, string)>();
            foreach (var (text, gold) in units)
            {
                LanguageGuess guess = LanguageIdentifier.Default.Identify(text);
                pairs.Add((gold, guess.Language));
                if (guess.Language == gold)
                {
                    correct++;
                }
                else
                {
                    output.WriteLine($"MISS [{name}] gold {gold}, got {guess.Language} ({guess.Confidence:F2}): {text[..Math.Min(120, text.Length)]}");
                }
            }

            total += units.Count;
            int right = pairs.Count(p => p.Item1 == p.Item2);
            output.WriteLine($"{name}: {right}/{units.Count} = {(double)right / units.Count:P1}");
            output.WriteLine(LanguageIdentifierTests.ConfusionTable(pairs));
        }

        double accuracy = (double)correct / total;
        output.WriteLine($"all units: {correct}/{total} = {accuracy:P2}");
        Assert.True(accuracy >= 0.99, $"accuracy {accuracy:P2}");
    }
}
