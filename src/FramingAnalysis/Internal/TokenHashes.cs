using System.Runtime.CompilerServices;

namespace FramingAnalysis.Internal;

/// <summary>
/// The hashes of one token that the lexicon matchers test before any dictionary lookup: the <see cref="KeyFilter"/>
/// hashes of its key and stem, the hash of its key's first characters that selects prefix lengths, and the signature
/// bits of its key and stem that a phrase's second word is checked against. The text stage works them out once per
/// token (<c>TextPipeline</c>, into <c>AnalyzedText</c>), so that the several matchers of the sentiment, stance and
/// frame scorers that look at the same token do not hash it again each.
/// </summary>
internal readonly struct TokenHashes
{
    /// <summary>How many leading characters of a key <see cref="StartHash"/> reads; shorter keys have <see cref="PrefixHash"/> 0.</summary>
    public const int PrefixStart = 4;

    private TokenHashes(uint keyHash, uint stemHash, uint prefixHash, ulong pairBits)
    {
        KeyHash = keyHash;
        StemHash = stemHash;
        PrefixHash = prefixHash;
        PairBits = pairBits;
    }

    /// <summary>The <see cref="KeyFilter.Hash"/> of the token's key.</summary>
    public uint KeyHash { get; }

    /// <summary>The <see cref="KeyFilter.Hash"/> of the token's stem.</summary>
    public uint StemHash { get; }

    /// <summary>The <see cref="StartHash"/> of the token's key (0 when the key is shorter than <see cref="PrefixStart"/>).</summary>
    public uint PrefixHash { get; }

    /// <summary>The <see cref="PairBit"/> of the key and of the stem, or'ed (each only when not empty).</summary>
    public ulong PairBits { get; }

    /// <summary>The hashes of a token with this key and stem (<paramref name="stemIsKey"/>: the stem has the key's characters).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TokenHashes Of(ReadOnlySpan<char> key, ReadOnlySpan<char> stem, bool stemIsKey)
    {
        var keyHash = KeyFilter.Hash(key);
        var pairBits = key.IsEmpty ? 0 : PairBit(key);
        if (!stemIsKey && !stem.IsEmpty)
        {
            pairBits |= PairBit(stem);
        }

        return new TokenHashes(
            keyHash,
            stemIsKey ? keyHash : KeyFilter.Hash(stem),
            key.Length >= PrefixStart ? StartHash(key) : 0,
            pairBits);
    }

    /// <summary>A hash of the first <see cref="PrefixStart"/> characters of a string at least that long.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint StartHash(ReadOnlySpan<char> key)
    {
        var h = (key[0] * 0x9E3779B1u) ^ (key[1] * 0x85EBCA77u) ^ (key[2] * 0xC2B2AE3Du) ^ (key[3] * 0x27D4EB2Fu);
        return (h ^ (h >> 15)) * 0x2C1B3C6Du;
    }

    /// <summary>
    /// A word's bit in a 64-bit signature mask: a hash of its first two characters (its only character and 0 for a
    /// one-letter word). Two words whose bits differ cannot be equal, nor can one start with the other when both have
    /// two characters or more. The word must not be empty.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong PairBit(ReadOnlySpan<char> word)
    {
        uint second = word.Length > 1 ? word[1] : '\0';
        return 1UL << (int)(((word[0] * 0x9E3779B1u) ^ (second * 0x85EBCA77u)) >> 26);
    }
}
