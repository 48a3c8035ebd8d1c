using FramingAnalysis.Comparison;
using Xunit;

namespace FramingAnalysis.Tests.Comparison;

/// <summary>
/// The id-based word and pair counter of distinctive language gives exactly the counts of counting the terms as strings
/// (each word, and each pair as "first second"), alone and after merging counters that numbered their words differently.
/// </summary>
public class TermCounterTests
{
    [Fact]
    public void Counts_words_and_ordered_pairs_like_string_counting()
    {
        var counter = new TermCounter();
        var expected = new Dictionary<string, int>(StringComparer.Ordinal);
        Feed(counter, expected, ["prison", "reform", "prison", "reform", "reform", "prison"]);

        var actual = counter.ToDictionary();
        Assert.Equal(expected.OrderBy(kv => kv.Key, StringComparer.Ordinal), actual.OrderBy(kv => kv.Key, StringComparer.Ordinal));
        Assert.Equal(3, actual["prison"]);
        Assert.Equal(2, actual["prison reform"]);
        Assert.Equal(2, actual["reform prison"]);
        Assert.Equal(1, actual["reform reform"]);
        Assert.Equal(expected.Values.Sum(x => (long)x), counter.Total);
    }

    [Fact]
    public void Many_words_and_pairs_survive_the_packed_keys_and_merges()
    {
        // Enough distinct words that ids use the high bits of both halves of a pair key, in three counters whose ids
        // differ (each sees the words in another order).
        var random = new Random(11);
        var words = Enumerable.Range(0, 70_000).Select(i => "w" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var expected = new Dictionary<string, int>(StringComparer.Ordinal);
        var counters = new TermCounter[3];
        for (var c = 0; c < counters.Length; c++)
        {
            counters[c] = new TermCounter();
            var stream = Enumerable.Range(0, 120_000).Select(_ => words[random.Next(words.Length)]).ToArray();
            Feed(counters[c], expected, stream);
        }

        counters[0].Merge(counters[1]);
        counters[0].Merge(counters[2]);
        var actual = counters[0].ToDictionary();
        Assert.Equal(expected.Count, actual.Count);
        foreach (var (term, count) in expected)
        {
            Assert.Equal(count, actual[term]);
        }

        Assert.Equal(expected.Values.Sum(x => (long)x), counters[0].Total);

        // Merging does not change the counter merged from.
        Assert.Equal(120_000 + 119_999, counters[1].Total);
    }

    private static void Feed(TermCounter counter, Dictionary<string, int> expected, string[] stream)
    {
        var previous = -1;
        for (var i = 0; i < stream.Length; i++)
        {
            var id = counter.AddWord(stream[i]);
            expected[stream[i]] = expected.GetValueOrDefault(stream[i]) + 1;
            if (previous >= 0)
            {
                counter.AddPair(previous, id);
                var pair = stream[i - 1] + " " + stream[i];
                expected[pair] = expected.GetValueOrDefault(pair) + 1;
            }

            previous = id;
        }
    }
}
