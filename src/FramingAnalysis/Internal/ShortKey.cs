using System.Runtime.CompilerServices;

namespace FramingAnalysis.Internal;

/// <summary>
/// Packs a short Latin-1 string (1 to <see cref="MaxLength"/> characters up to U+00FF, the first not U+0000) into one
/// 64-bit integer, 8 bits per character: the key of <see cref="ShortKeyMap{T}"/>. Distinct strings pack to distinct,
/// non-zero integers (the first character is never U+0000, so strings of different lengths differ).
/// </summary>
internal static class ShortKey
{
    /// <summary>The longest string packed: eight 8-bit characters fill the 64-bit packed form.</summary>
    public const int MaxLength = 8;

    /// <summary>
    /// Packs a key: 1 to <see cref="MaxLength"/> characters, each at most U+00FF, the first not U+0000. False for any
    /// other key, which the caller looks up in its other table.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryPack(ReadOnlySpan<char> key, out ulong packed)
    {
        packed = 0;
        if ((uint)(key.Length - 1) >= MaxLength || key[0] == '\0')
        {
            return false;
        }

        uint all = 0;
        foreach (var c in key)
        {
            packed = (packed << 8) | c;
            all |= c;
        }

        return all <= 0xFF;
    }
}
