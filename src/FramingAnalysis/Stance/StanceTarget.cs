using System.Text.Json;

namespace FramingAnalysis.Stance;

/// <summary>
/// A target whose stance is measured: a name and aliases per language (<c>{"name": "Prison model", "aliases": {"en":
/// ["the prison", "mega-prison"], "es": ["la cárcel", "megacárcel"]}}</c>). Aliases match on folded, inflection-aware
/// keys, may span several words, and also match possessives (<c>the government's crackdown</c>).
/// </summary>
/// <param name="Name">The display name used in every output.</param>
/// <param name="Aliases">Language code → aliases; the key <c>*</c> applies to every language.</param>
public sealed record StanceTarget(string Name, IReadOnlyDictionary<string, IReadOnlyList<string>> Aliases)
{
    /// <summary>Loads targets from a JSON file of the form <c>{"targets": [{"name": …, "aliases": {"en": […], "es": […]}}]}</c> (a bare array also works).</summary>
    /// <exception cref="FormatException">The file is not in that form; the message names the file and the target.</exception>
    public static IReadOnlyList<StanceTarget> LoadJson(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        var root = doc.RootElement;
        var array = root.ValueKind == JsonValueKind.Array ? root : root.TryGetProperty("targets", out var t) ? t : default;
        if (array.ValueKind != JsonValueKind.Array)
        {
            throw new FormatException($"{path}: expected {{\"targets\": [...]}} or an array of targets");
        }

        var result = new List<StanceTarget>();
        var index = 0;
        foreach (var item in array.EnumerateArray())
        {
            index++;
            if (!item.TryGetProperty("name", out var name) || name.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(name.GetString()))
            {
                throw new FormatException($"{path}: target {index}: name: missing or empty");
            }

            var aliases = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
            if (item.TryGetProperty("aliases", out var al) && al.ValueKind == JsonValueKind.Object)
            {
                foreach (var lang in al.EnumerateObject())
                {
                    aliases[lang.Name] = lang.Value.ValueKind == JsonValueKind.Array
                        ? lang.Value.EnumerateArray().Select(a => a.GetString() ?? string.Empty).Where(a => a.Length > 0).ToList()
                        : throw new FormatException($"{path}: target '{name.GetString()}': aliases.{lang.Name}: expected an array of strings");
                }
            }

            aliases.TryAdd("*", [name.GetString()!]);
            result.Add(new StanceTarget(name.GetString()!, aliases));
        }

        return result;
    }
}
