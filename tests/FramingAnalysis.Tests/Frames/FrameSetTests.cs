using FramingAnalysis.Frames;

namespace FramingAnalysis.Tests.Frames;

/// <summary>The built-in Policy Frames Codebook set and <see cref="FrameSet.Create"/>'s checks.</summary>
public class FrameSetTests
{
    [Fact]
    public void BuiltIn_HasFifteenFramesWithNamesAndOneParagraphDefinitionsInBothLanguages()
    {
        var frames = FrameSet.PolicyFrames.Frames;
        Assert.Equal(15, frames.Count);
        Assert.All(frames, f =>
        {
            Assert.Equal(["en", "es"], f.Texts.Select(t => t.Key));
            Assert.All(f.Texts, t =>
            {
                Assert.False(string.IsNullOrWhiteSpace(t.Value.Name), f.Id);
                Assert.True(t.Value.Definition.Length >= 80 && !t.Value.Definition.Contains('\n', StringComparison.Ordinal), f.Id);
            });
        });
        Assert.All(frames, f => Assert.Contains(FrameSet.PolicyFrames.Cues, c => c.Frame == f.Id && c.Language == "en"));
        Assert.All(frames, f => Assert.Contains(FrameSet.PolicyFrames.Cues, c => c.Frame == f.Id && c.Language == "es"));
    }

    [Fact]
    public void Create_RejectsUnknownFramesAndRepeatedIds()
    {
        var a = new FrameDefinition("a");
        Assert.Throws<ArgumentException>(() => FrameSet.Create("x", null, [a, a], []));
        Assert.Throws<ArgumentException>(() => FrameSet.Create("x", null, [a], [new FrameCue("b", "en", "cue", 1)]));
    }

    [Fact]
    public void Find_ReturnsTheDefinitionOrNull()
    {
        Assert.Equal("Económico", FrameSet.PolicyFrames.Find("economic")!.NameIn("es"));
        Assert.Null(FrameSet.PolicyFrames.Find("Economic"));
    }
}
