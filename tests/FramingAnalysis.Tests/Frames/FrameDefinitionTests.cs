using FramingAnalysis.Frames;

namespace FramingAnalysis.Tests.Frames;

/// <summary>Frame names and definitions as data keyed by language code.</summary>
public sealed class FrameDefinitionTests
{
    private static FrameDefinition Economic(params (string Language, string Name)[] names) =>
        new("economic", names.Select(n => KeyValuePair.Create(n.Language, new FrameText(n.Name, $"{n.Name} definition"))));

    [Fact]
    public void DisplayName_JoinsDifferentNamesInOrder_AndKeepsOneWhenTheyAgree()
    {
        Assert.Equal("Economic / Económico", Economic(("en", "Economic"), ("es", "Económico")).DisplayName());
        Assert.Equal("Other", new FrameDefinition("other", [KeyValuePair.Create("en", new FrameText("Other", "")), KeyValuePair.Create("es", new FrameText("Other", ""))]).DisplayName());
        Assert.Equal("custom", new FrameDefinition("custom").DisplayName());
    }

    [Fact]
    public void Name_IsTheFirstLanguages_AndNameInFallsBackToIt()
    {
        var frame = Economic(("en", "Economic"), ("es", "Económico"));
        Assert.Equal("Economic", frame.Name);
        Assert.Equal("Económico", frame.NameIn("es"));
        Assert.Equal("Economic", frame.NameIn("pt"));
        Assert.Null(frame.TextIn("pt"));
        Assert.Equal("custom", new FrameDefinition("custom").Name);
        Assert.Equal(string.Empty, new FrameDefinition("custom").Definition);
    }

    [Fact]
    public void Equality_ComparesIdAndTextsInOrder_AndALanguageListedTwiceKeepsItsFirstText()
    {
        Assert.Equal(Economic(("en", "Economic"), ("es", "Económico")), Economic(("en", "Economic"), ("es", "Económico")));
        Assert.NotEqual(Economic(("en", "Economic"), ("es", "Económico")), Economic(("es", "Económico"), ("en", "Economic")));
        Assert.Equal(Economic(("en", "Economic")), Economic(("en", "Economic"), ("en", "Economy")));
        Assert.Equal(Economic(("en", "Economic")).GetHashCode(), Economic(("en", "Economic")).GetHashCode());
    }
}
