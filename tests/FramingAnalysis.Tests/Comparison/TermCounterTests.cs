using FramingAnalysis.Comparison;
using Xunit;

namespace FramingAnalysis.Tests.Comparison;

/// <summary>
/// The id-based word and pair counter of distinctive language gives exactly the counts of counting the terms as strings
/// (each word, and each pair as "first second"), alone and after merging counters that numbered their words differently.
/// </summary>
public partial class TermCounterTests
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

    [Fact]
    public void Kept_terms_are_those_the_corpus_counted_often_enough()
    {
        var a = new TermCounter();
        var b = new TermCounter();
        var countsA = new Dictionary<string, int>(StringComparer.Ordinal);
        var countsB = new Dictionary<string, int>(StringComparer.Ordinal);
        Feed(a, countsA, ["mega", "prison", "mega", "prison", "gangs", "terror"]);
        Feed(b, countsB, ["terror", "mega", "prison", "crackdown", "mega"]);
        var corpus = new TermCounter();
        var mapA = corpus.Merge(a);
        var mapB = corpus.Merge(b);

        // Corpus: mega 4, prison 3, terror 2, "mega prison" 3, "prison mega" 1, ...; kept at 3: mega, prison, "mega prison".
        var kept = corpus.ToDictionary(3);
        Assert.Equal(["mega", "mega prison", "prison"], kept.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(4, kept["mega"]);
        Assert.Equal(3, kept["mega prison"]);

        var ownA = a.ToDictionary(corpus, mapA, 3);
        var ownB = b.ToDictionary(corpus, mapB, 3);
        Assert.Equal(countsA.Where(kv => kept.ContainsKey(kv.Key)).OrderBy(kv => kv.Key, StringComparer.Ordinal), ownA.OrderBy(kv => kv.Key, StringComparer.Ordinal));
        Assert.Equal(countsB.Where(kv => kept.ContainsKey(kv.Key)).OrderBy(kv => kv.Key, StringComparer.Ordinal), ownB.OrderBy(kv => kv.Key, StringComparer.Ordinal));
        Assert.Equal(2, ownA["mega prison"]);
        Assert.Equal(1, ownB["mega prison"]);
    }

    [Fact]
    public void A_word_with_a_space_is_refused_and_not_kept()
    {
        var counter = new TermCounter();
        Assert.Throws<ArgumentException>(() => counter.AddWord("mega prison"));
        counter.AddWord("mega");
        Assert.Equal(["mega"], counter.ToDictionary().Keys);
        Assert.Equal(1, counter.Total);
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
