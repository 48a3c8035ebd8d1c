using System.Collections.Frozen;
using System.Collections.ObjectModel;

namespace FramingAnalysis.Lexicons;

/// <summary>
/// An immutable term-to-valence table with metadata. Lookups are exact and ordinal (the term as stored, same case),
/// by <see cref="ReadOnlySpan{T}"/> without allocation.
/// </summary>
/// <remarks>
/// Thread safety: instances are immutable and every member is safe to call from many threads at once.
/// Build one with <see cref="Create"/> or load one with <see cref="LexiconLoader"/>.
/// </remarks>
public sealed class SentimentLexicon
{
    private readonly FrozenDictionary<string, double> _valences;
    private readonly FrozenDictionary<string, double>.AlternateLookup<ReadOnlySpan<char>> _spanLookup;

    private SentimentLexicon(LexiconEntry[] entries, FrozenDictionary<string, double> valences, string name, string? version, string? language)
    {
        Entries = new ReadOnlyCollection<LexiconEntry>(entries);
        _valences = valences;
        _spanLookup = valences.GetAlternateLookup<ReadOnlySpan<char>>();
        Name = name;
        Version = version;
        Language = language;
    }

    /// <summary>A human-readable name, for reports and evidence (for example <c>vader_lexicon</c>).</summary>
    public string Name { get; }

    /// <summary>The version of the lexicon data, or <see langword="null"/> when the source does not say.</summary>
    public string? Version { get; }

    /// <summary>The language code (<c>en</c>, <c>es</c>, ...), or <see langword="null"/> when unknown.</summary>
    public string? Language { get; }

    /// <summary>The entries in source order. Terms are unique.</summary>
    public IReadOnlyList<LexiconEntry> Entries { get; }

    /// <summary>The number of entries.</summary>
    public int Count => _valences.Count;

    /// <summary>
    /// Builds a lexicon from entries. Terms must be unique (ordinal); loaders report duplicates as problems before
    /// they get here, so a duplicate passed directly is a programming error.
    /// </summary>
    /// <param name="entries">The entries, in the order <see cref="Entries"/> should list them.</param>
    /// <param name="name">A name for reports; must not be empty.</param>
    /// <param name="version">The data version, if known.</param>
    /// <param name="language">The language code, if known.</param>
    /// <returns>The immutable lexicon.</returns>
    /// <exception cref="ArgumentException">A term is null or empty, a valence is not finite, or a term repeats.</exception>
    public static SentimentLexicon Create(IEnumerable<LexiconEntry> entries, string name, string? version = null, string? language = null)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);

        var list = new List<LexiconEntry>(entries is ICollection<LexiconEntry> c ? c.Count : 0);
        var map = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (LexiconEntry entry in entries)
        {
            if (string.IsNullOrEmpty(entry.Term))
            {
                throw new ArgumentException("A lexicon term must not be null or empty.", nameof(entries));
            }

            if (!double.IsFinite(entry.Valence))
            {
                throw new ArgumentException($"The valence of '{entry.Term}' is not finite.", nameof(entries));
            }

            if (!map.TryAdd(entry.Term, entry.Valence))
            {
                throw new ArgumentException($"The term '{entry.Term}' appears more than once.", nameof(entries));
            }

            list.Add(entry);
        }

        return new SentimentLexicon(list.ToArray(), map.ToFrozenDictionary(StringComparer.Ordinal), name, version, language);
    }

    /// <summary>Looks a term up exactly as stored (ordinal, case-sensitive). Does not allocate.</summary>
    /// <param name="term">The term to find.</param>
    /// <param name="valence">The term's valence when found; otherwise 0.</param>
    /// <returns>Whether the term is in the lexicon.</returns>
    public bool TryGetValence(ReadOnlySpan<char> term, out double valence) => _spanLookup.TryGetValue(term, out valence);

    /// <summary>Whether the term is in the lexicon, exactly as stored. Does not allocate.</summary>
    /// <param name="term">The term to find.</param>
    /// <returns><see langword="true"/> when the term has an entry.</returns>
    public bool Contains(ReadOnlySpan<char> term) => _spanLookup.ContainsKey(term);

    /// <inheritdoc/>
    public override string ToString() => Version is null ? $"{Name} ({Count} terms)" : $"{Name} {Version} ({Count} terms)";
}
