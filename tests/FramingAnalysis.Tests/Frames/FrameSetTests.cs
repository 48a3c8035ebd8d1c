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
            Assert.False(string.IsNullOrWhiteSpace(f.NameEn), f.Id);
            Assert.False(string.IsNullOrWhiteSpace(f.NameEs), f.Id);
            Assert.True(f.DefinitionEn.Length >= 80 && !f.DefinitionEn.Contains('\n', StringComparison.Ordinal), f.Id);
            Assert.True(f.DefinitionEs.Length >= 80 && !f.DefinitionEs.Contains('\n', StringComparison.Ordinal), f.Id);
        });
        Assert.All(frames, f => Assert.Contains(FrameSet.PolicyFrames.Cues, c => c.Frame == f.Id && c.Language == "en"));
        Assert.All(frames, f => Assert.Contains(FrameSet.PolicyFrames.Cues, c => c.Frame == f.Id && c.Language == "es"));
    }

    [Fact]
    public void Create_RejectsUnknownFramesAndRepeatedIds()
    {
        var a = new FrameDefinition("a", "A", "A", "", "");
        Assert.Throws<ArgumentException>(() => FrameSet.Create("x", null, [a, a], []));
        Assert.Throws<ArgumentException>(() => FrameSet.Create("x", null, [a], [new FrameCue("b", "en", "cue", 1)]));
    }

    [Fact]
    public void Find_ReturnsTheDefinitionOrNull()
    {
        Assert.Equal("Económico", FrameSet.PolicyFrames.Find("economic")!.NameEs);
        Assert.Null(FrameSet.PolicyFrames.Find("Economic"));
    }
}
