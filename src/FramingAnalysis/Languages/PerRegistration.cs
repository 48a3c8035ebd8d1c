namespace FramingAnalysis.Languages;

/// <summary>
/// A value built from the registered language packs (a default frame set, identifier, splitter …): built on first use,
/// shared while the registrations stay the same, and built again after a pack is registered. Thread-safe: two threads
/// may both build it once after a change, and either result is the same value.
/// </summary>
/// <typeparam name="T">The value's type.</typeparam>
/// <param name="build">Builds the value from the registrations (in registration order).</param>
internal sealed class PerRegistration<T>(Func<IReadOnlyList<LanguagePack>, T> build)
    where T : class
{
    private Entry? _entry;

    /// <summary>The value for the current registrations.</summary>
    public T Value
    {
        get
        {
            // LanguagePacks.All is a new list after every registration, so the list itself says whether they changed.
            var packs = LanguagePacks.All;
            var entry = Volatile.Read(ref _entry);
            if (entry is not null && ReferenceEquals(entry.Packs, packs))
            {
                return entry.Value;
            }

            var value = build(packs);
            Volatile.Write(ref _entry, new Entry(packs, value));
            return value;
        }
    }

    private sealed record Entry(IReadOnlyList<LanguagePack> Packs, T Value);
}
