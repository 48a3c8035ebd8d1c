using System.Collections.Frozen;

namespace FramingAnalysis.Languages;

/// <summary>
/// The registry of <see cref="LanguagePack"/>s: the one place where the library learns which languages it serves. The
/// built-in English and Spanish packs are the first two registrations; <see cref="Register(LanguagePack)"/> adds more.
/// </summary>
/// <remarks>
/// <para>
/// <b>Order.</b> <see cref="All"/> lists packs in registration order (English, Spanish, then yours), and everything that
/// iterates languages (frame cues, resource versions, display names) follows it, so output does not depend on hashing or
/// timing. Registering a pack for a code that is already registered replaces that pack in its place.
/// <see cref="Default"/>, the first pack, reads text whose language no pack serves (<c>und</c>, a third language).
/// </para>
/// <para>
/// <b>Thread safety.</b> All members are thread-safe. Registration takes a lock and publishes a new immutable snapshot;
/// lookups read the current snapshot without locking. A lookup that runs while another thread registers sees the pack
/// list before or after the registration, never a mix.
/// </para>
/// <para>
/// <b>When to register.</b> Before building the analyzers and scorers that should use the pack: a scorer resolves a
/// language's pack when it is built or when it first meets the language. <see cref="Frames.FrameSet.PolicyFrames"/>,
/// <see cref="Frames.DictionaryFrameScorer.Default"/>, <see cref="Text.LanguageIdentifier.Default"/> and
/// <see cref="Text.TextPipeline.Default"/> follow the registrations (they are rebuilt after one). Built-in packs load
/// their tables on first use, so registering costs nothing until a pack is read.
/// </para>
/// <para>
/// <b>Cost.</b> <see cref="Find(string)"/> compares the code with each registered pack's (a handful), without allocating
/// when the code is already a lower-case primary subtag. Callers resolve a pack once per text, never per token.
/// </para>
/// </remarks>
public static class LanguagePacks
{
    private static readonly Lock Gate = new();

    // The current snapshot: replaced whole on registration, read without locks.
    private static Snapshot _current = new([new EnglishLanguagePack(), new SpanishLanguagePack()]);

    /// <summary>Every registered pack, in registration order. The list is a snapshot: later registrations do not change it.</summary>
    public static IReadOnlyList<LanguagePack> All => Volatile.Read(ref _current).View;

    /// <summary>The first registered pack (English): it reads text in a language no pack serves.</summary>
    public static LanguagePack Default => Volatile.Read(ref _current).Packs[0];

    /// <summary>
    /// Registers a pack. A pack with the same <see cref="LanguagePack.Code"/> is replaced in its place; otherwise the pack
    /// is added after the others.
    /// </summary>
    /// <param name="pack">The pack; its code must be a lower-case ISO 639-1 code (or a common ISO 639-2/3 one), as corpus language cells are read.</param>
    /// <exception cref="ArgumentException">The code is empty, not lower case, has subtags, or is not a known language code.</exception>
    public static void Register(LanguagePack pack)
    {
        ArgumentNullException.ThrowIfNull(pack);
        var code = pack.Code;
        if (string.IsNullOrEmpty(code) || !LanguageCodes.TryNormalize(code, out var normalized) || !string.Equals(normalized, code, StringComparison.Ordinal)
            || code.Contains('-', StringComparison.Ordinal) || code == Text.LanguageGuess.Undetermined)
        {
            throw new ArgumentException($"A language pack's code must be a known lower-case primary language subtag (such as 'pt'); '{code}' is not.", nameof(pack));
        }

        lock (Gate)
        {
            var packs = new List<LanguagePack>(Volatile.Read(ref _current).Packs);
            var at = packs.FindIndex(p => string.Equals(p.Code, code, StringComparison.Ordinal));
            if (at >= 0)
            {
                packs[at] = pack;
            }
            else
            {
                packs.Add(pack);
            }

            Volatile.Write(ref _current, new Snapshot([.. packs]));
        }
    }

    /// <summary>
    /// Removes the pack registered for a code, except the first (default) pack; for tests that register a pack for
    /// their own run and must leave the registry as they found it.
    /// </summary>
    /// <returns>Whether a pack was removed.</returns>
    internal static bool Unregister(string code)
    {
        lock (Gate)
        {
            var packs = new List<LanguagePack>(Volatile.Read(ref _current).Packs);
            var at = packs.FindIndex(p => string.Equals(p.Code, code, StringComparison.Ordinal));
            if (at <= 0)
            {
                return false;
            }

            packs.RemoveAt(at);
            Volatile.Write(ref _current, new Snapshot([.. packs]));
            return true;
        }
    }

    /// <summary>
    /// The pack of a language: <paramref name="language"/> as it is (the common case, no allocation), else its normalized
    /// primary subtag (<c>ES-mx</c> → <c>es</c>); null when no pack serves it.
    /// </summary>
    /// <param name="language">A language code or BCP-47 tag.</param>
    public static LanguagePack? Find(string language)
    {
        ArgumentNullException.ThrowIfNull(language);
        var packs = Volatile.Read(ref _current).Packs;
        foreach (var pack in packs)
        {
            if (string.Equals(pack.Code, language, StringComparison.Ordinal))
            {
                return pack;
            }
        }

        if (!LanguageCodes.TryNormalize(language, out var normalized))
        {
            return null;
        }

        var primary = LanguageCodes.Primary(normalized);
        foreach (var pack in packs)
        {
            if (string.Equals(pack.Code, primary, StringComparison.Ordinal))
            {
                return pack;
            }
        }

        return null;
    }

    /// <summary>The pack of a language (<see cref="Find(string)"/>), else <see cref="Default"/>.</summary>
    /// <param name="language">A language code or BCP-47 tag; <c>und</c> and unserved languages get the default pack.</param>
    public static LanguagePack FindOrDefault(string language) => Find(language) ?? Default;

    /// <summary>The pack of a language (<see cref="Find(string)"/>).</summary>
    /// <param name="language">A language code or BCP-47 tag.</param>
    /// <exception cref="ArgumentException">No registered pack serves the language.</exception>
    public static LanguagePack Get(string language) => Find(language)
        ?? throw new ArgumentException($"No language pack for '{language}' (registered: {string.Join(", ", All.Select(p => p.Code))}); register one with LanguagePacks.Register.", nameof(language));

    /// <summary>Whether a pack serves the language (<see cref="Find(string)"/>).</summary>
    /// <param name="language">A language code or BCP-47 tag.</param>
    public static bool IsRegistered(string language) => Find(language) is not null;

    /// <summary>
    /// Whether a folded word is a phrase determiner of any registered pack (<see cref="LanguagePack.PhraseDeterminers"/>).
    /// Read when a phrase matcher is built, not per token.
    /// </summary>
    internal static bool IsPhraseDeterminer(string word) => Volatile.Read(ref _current).Determiners.Contains(word);

    /// <summary>One registration state: the packs in order and the union of their phrase determiners (built on first use).</summary>
    private sealed class Snapshot(LanguagePack[] packs)
    {
        private FrozenSet<string>? _determiners;

        public LanguagePack[] Packs { get; } = packs;

        public IReadOnlyList<LanguagePack> View { get; } = Array.AsReadOnly(packs);

        public FrozenSet<string> Determiners =>
            _determiners ??= Packs.SelectMany(p => p.PhraseDeterminers).ToFrozenSet(StringComparer.Ordinal);
    }
}
