using FramingAnalysis.Internal;

namespace FramingAnalysis.Tests.Sentiment.Vader;

public class PythonRoundingTests
{
    [Theory]
    [InlineData(0.12375, 4, 0.1237)]   // stored as 0.123749999…: Python rounds down; scaling by 10^4 would make a tie
    [InlineData(0.125, 2, 0.12)]       // exact tie: half to even
    [InlineData(0.375, 2, 0.38)]       // exact tie: half to even
    [InlineData(-0.0625, 3, -0.062)]   // exact tie, negative
    [InlineData(0.44043, 4, 0.4404)]
    [InlineData(-0.54229, 4, -0.5423)]
    [InlineData(1.0, 3, 1.0)]
    [InlineData(0.0, 3, 0.0)]
    public void Round_MatchesPython(double value, int digits, double expected) =>
        Assert.Equal(expected, PythonRounding.Round(value, digits));
}
