using System.Collections.Frozen;

namespace FramingAnalysis;

/// <summary>
/// Validates and normalizes BCP-47 language tags as they appear in corpus files: a known ISO 639-1 (two-letter) or
/// ISO 639-2/3 primary subtag, optionally followed by subtags (<c>es-MX</c>, <c>en-GB</c>).
/// </summary>
internal static class LanguageCodes
{
    // ISO 639-1 two-letter codes (the registry's list of primary subtags), plus a few common three-letter ones.
    private static readonly FrozenSet<string> Known = (
        "aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz ee el " +
        "en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik io is it iu " +
        "ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na " +
        "nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so " +
        "sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu " +
        "und mul zxx fil haw yue cmn spa eng por fra deu ita cat glg eus nah quc")
        .Split(' ', StringSplitOptions.RemoveEmptyEntries)
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Normalizes a tag: trims it, lower-cases the primary subtag and upper-cases a two-letter region
    /// (<c>ES-mx</c> → <c>es-MX</c>). Returns <see langword="false"/> for an empty or unknown tag.
    /// </summary>
    public static bool TryNormalize(string? tag, out string normalized)
    {
        normalized = string.Empty;
        if (string.IsNullOrWhiteSpace(tag))
        {
            return false;
        }

        // Already normalized and primary-only (a bare two-letter code): the common case, answered without allocating.
        if (Known.Contains(tag))
        {
            normalized = tag;
            return true;
        }

        var parts = tag.Trim().Replace('_', '-').Split('-');
        var primary = parts[0].ToLowerInvariant();
        if (!Known.Contains(primary))
        {
            return false;
        }

        for (var i = 1; i < parts.Length; i++)
        {
            var p = parts[i];
            if (p.Length == 0 || p.Length > 8 || !p.All(char.IsAsciiLetterOrDigit))
            {
                return false;
            }

            parts[i] = p.Length == 2 ? p.ToUpperInvariant() : p.ToLowerInvariant();
        }

        parts[0] = primary;
        normalized = string.Join('-', parts);
        return true;
    }

    /// <summary>The primary subtag of a normalized tag (<c>es-MX</c> → <c>es</c>).</summary>
    public static string Primary(string tag)
    {
        ArgumentNullException.ThrowIfNull(tag);
        var dash = tag.IndexOf('-', StringComparison.Ordinal);
        return dash < 0 ? tag : tag[..dash];
    }
}
