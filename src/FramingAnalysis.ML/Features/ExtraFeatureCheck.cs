namespace FramingAnalysis.ML;

/// <summary>Calls the caller's extra-feature function and checks that it keeps its promised length.</summary>
internal static class ExtraFeatureCheck
{
    public static float[] Call(Func<string, string, float[]> extra, string text, string language, int expected)
    {
        var values = extra(text, language) ?? throw new InvalidOperationException("The extra-feature function returned null.");
        if (values.Length != expected)
        {
            throw new InvalidOperationException($"The extra-feature function returned {values.Length} values; the model expects {expected} for every example.");
        }

        return values;
    }
}
