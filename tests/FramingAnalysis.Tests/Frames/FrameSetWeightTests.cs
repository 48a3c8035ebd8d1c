using FramingAnalysis.Frames;

namespace FramingAnalysis.Tests.Frames;

/// <summary><see cref="FrameSet.Create"/> rejects cue weights that salience cannot divide by, naming the cue.</summary>
public class FrameSetWeightTests
{
    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Create_RejectsNonPositiveOrNonFiniteWeights(double weight)
    {
        var frames = new[] { new FrameDefinition("a") };
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() =>
            FrameSet.Create("t", null, frames, [new FrameCue("a", "*", "alpha", 1), new FrameCue("a", "*", "beta", weight)]));
        Assert.Contains("'beta'", ex.Message);
    }
}
