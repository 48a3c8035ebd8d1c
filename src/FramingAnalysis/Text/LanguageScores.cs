using System.Globalization;
using System.Runtime.CompilerServices;

namespace FramingAnalysis.Text;

/// <summary>
/// The posterior probability of each language a <see cref="LanguageIdentifier"/> models, in the identifier's order;
/// what is left to 1 is the probability of some other language. A value, held inline: making one does not allocate.
/// </summary>
public readonly struct LanguageScores : IEquatable<LanguageScores>
{
    /// <summary>The most languages one identifier scores.</summary>
    public const int MaxLanguages = 8;

    private static readonly string[] NoLanguages = [];

    private readonly string[]? _languages;
    private readonly Values _values;

    /// <summary>Makes scores from the identifier's language codes (shared, never copied) and one probability per code.</summary>
    internal LanguageScores(string[] languages, ReadOnlySpan<double> probabilities)
    {
        if (languages.Length > MaxLanguages || probabilities.Length != languages.Length)
        {
            throw new ArgumentException($"At most {MaxLanguages} languages, one probability each.", nameof(probabilities));
        }

        _languages = languages;
        probabilities.CopyTo(_values);
    }

    /// <summary>How many languages are scored (0 for <see cref="LanguageGuess.None"/>).</summary>
    public int Count => (_languages ?? NoLanguages).Length;

    /// <summary>The score of the language at <paramref name="index"/>.</summary>
    /// <param name="index">In [0, <see cref="Count"/>).</param>
    public LanguageScore this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
            return new LanguageScore(_languages![index], _values[index]);
        }
    }

    /// <summary>The posterior probability of a language, or 0 when it is not scored.</summary>
    /// <param name="language">A language code (ordinal).</param>
    public double Of(string language)
    {
        var languages = _languages ?? NoLanguages;
        for (var i = 0; i < languages.Length; i++)
        {
            if (string.Equals(languages[i], language, StringComparison.Ordinal))
            {
                return _values[i];
            }
        }

        return 0;
    }

    /// <summary>Enumerates the scores in order without allocating.</summary>
    public Enumerator GetEnumerator() => new(this);

    /// <inheritdoc/>
    public bool Equals(LanguageScores other)
    {
        if (Count != other.Count)
        {
            return false;
        }

        for (var i = 0; i < Count; i++)
        {
            if (!string.Equals(_languages![i], other._languages![i], StringComparison.Ordinal) || !_values[i].Equals(other._values[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is LanguageScores other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        for (var i = 0; i < Count; i++)
        {
            hash.Add(_languages![i]);
            hash.Add(_values[i]);
        }

        return hash.ToHashCode();
    }

    /// <summary>Whether two score lists hold the same languages and probabilities.</summary>
    public static bool operator ==(LanguageScores left, LanguageScores right) => left.Equals(right);

    /// <summary>Whether two score lists differ.</summary>
    public static bool operator !=(LanguageScores left, LanguageScores right) => !left.Equals(right);

    /// <summary>The scores as <c>en 0.9312, es 0.0411</c>.</summary>
    public override string ToString()
    {
        var parts = new string[Count];
        for (var i = 0; i < parts.Length; i++)
        {
            parts[i] = string.Create(CultureInfo.InvariantCulture, $"{_languages![i]} {_values[i]:0.####}");
        }

        return string.Join(", ", parts);
    }

    /// <summary>Enumerates <see cref="LanguageScores"/>.</summary>
    public struct Enumerator
    {
        private readonly LanguageScores _scores;
        private int _index;

        internal Enumerator(LanguageScores scores)
        {
            _scores = scores;
            _index = -1;
        }

        /// <summary>The current score.</summary>
        public readonly LanguageScore Current => _scores[_index];

        /// <summary>Moves to the next score.</summary>
        public bool MoveNext() => ++_index < _scores.Count;
    }

    [InlineArray(MaxLanguages)]
    private struct Values
    {
        private double _element;
    }
}
