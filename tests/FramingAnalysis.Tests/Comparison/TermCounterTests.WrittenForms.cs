using FramingAnalysis.Comparison;
using Xunit;

namespace FramingAnalysis.Tests.Comparison;

/// <summary>Written forms: counted per folded key, the most frequent one wins, ties and merges decide the same way every time.</summary>
public partial class TermCounterTests
{
    [Theory]
    [InlineData(new[] { "Cárceles", "cárceles", "carceles" }, "cárceles")]
    [InlineData(new[] { "carceles", "carceles", "cárceles" }, "carceles")]
    [InlineData(new[] { "carceles", "cárceles" }, "cárceles")] // a tie: the accented form (ordinal-largest)
    [InlineData(new[] { "cárcelés", "carceles", "cárceles", "Cárceles" }, "cárceles")] // a third form, counted apart
    [InlineData(new[] { "cárcelés", "cárceles", "cárcelés" }, "cárcelés")]
    [InlineData(new[] { "CONSTITUCIÓN", "Constitución" }, "constitución")]
    [InlineData(new[] { "Prison", "PRISON" }, "prison")] // ASCII: the key itself, nothing stored
    [InlineData(new[] { "Cárcel’s", "cárcel" }, "cárcel")] // the possessive is not part of the form
    public void The_most_frequent_lower_cased_form_is_the_written_form(string[] written, string expected)
    {
        var counter = new TermCounter();
        var key = FramingAnalysis.Text.TermNormalizer.Fold(expected);
        foreach (var w in written)
        {
            counter.AddWord(key, w);
        }

        Assert.Equal(expected, counter.WrittenForm(key));
        Assert.Equal(written.Length, counter.ToDictionary()[key]);
    }

    [Fact]
    public void A_pair_is_written_as_the_forms_of_its_words_and_an_unknown_term_as_itself()
    {
        var counter = new TermCounter();
        var first = counter.AddWord("carceles", "cárceles");
        var second = counter.AddWord("mas", "más");
        counter.AddPair(first, second);
        Assert.Equal("cárceles más", counter.WrittenForm("carceles mas"));
        Assert.Equal("nunca", counter.WrittenForm("nunca"));
    }

    [Fact]
    public void Written_forms_merge_to_the_same_choice_in_any_order()
    {
        // Alone, each counter prefers another form; together "cárceles" has 3 against 2 and 2.
        TermCounter Make(params string[] forms)
        {
            var c = new TermCounter();
            foreach (var f in forms)
            {
                c.AddWord("carceles", f);
            }

            return c;
        }

        string Merged(params TermCounter[] parts)
        {
            var total = new TermCounter();
            foreach (var p in parts)
            {
                total.Merge(p);
            }

            return total.WrittenForm("carceles");
        }

        var a = Make("carceles", "carceles", "cárceles");
        var b = Make("cárceles", "cárceles", "cárcelés");
        var c = Make("cárcelés");
        Assert.Equal("carceles", a.WrittenForm("carceles"));
        Assert.Equal("cárceles", Merged(a, b, c));
        Assert.Equal("cárceles", Merged(c, b, a));
        Assert.Equal("cárceles", Merged(b, c, a));
    }
}
