namespace FramingAnalysis.Tests;

public class SmokeTests
{
    [Fact]
    public void Library_assembly_loads()
    {
        Assert.Equal("FramingAnalysis", typeof(FramingAnalysis.Text.NamespaceDoc).Assembly.GetName().Name);
    }
}
