using FramingAnalysis.Reporting;

namespace FramingAnalysis.Tests.Corpus;

public sealed class VoiceSetTests
{
    [Fact]
    public void The_voice_count_is_the_number_of_voices_and_each_has_a_report_name()
    {
        var voices = Enum.GetValues<Voice>();
        Assert.Equal(VoiceSet.Count, voices.Length);
        Assert.Equal(Enumerable.Range(0, VoiceSet.Count), voices.Select(v => (int)v));
        Assert.Equal(["outlet", "quoted", "embedded", "audience"], voices.Select(Voices.Name));
    }
}
