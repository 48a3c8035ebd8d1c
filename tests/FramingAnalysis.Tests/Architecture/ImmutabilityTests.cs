using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace FramingAnalysis.Tests.Architecture;

/// <summary>
/// Contracts named in code (issue 25, item 4): a public type whose documentation says it is immutable has no settable
/// state: no public or protected setter other than <c>init</c>, and no instance field that can be assigned after
/// construction, whatever its visibility.
/// </summary>
public sealed partial class ImmutabilityTests
{
    private static readonly Assembly[] Assemblies =
    [
        typeof(FramingAnalysis.Analysis.FramingAnalyzer).Assembly,
        typeof(FramingAnalysis.ML.FramingModel).Assembly,
        typeof(FramingAnalysis.DataFrames.FramingDataFrames).Assembly,
        typeof(FramingAnalysis.Html.HtmlCorpusReader).Assembly,
        typeof(FramingAnalysis.Charts.FramingCharts).Assembly,
    ];

    // A claim about the type itself: "Immutable." / "Immutable and thread-safe" / "Immutable; …" opening a sentence, "An
    // immutable …" opening the summary, or "instances are immutable" / "is immutable". ("produces immutable snapshots"
    // is a claim about another type and does not count.)
    [GeneratedRegex(@"(^|[.;:]\s+)(Immutable\b|An immutable\b)|\binstances are immutable\b|\bis immutable\b|\bare immutable\b", RegexOptions.CultureInvariant)]
    private static partial Regex Claim();

    /// <summary>Every public type whose XML documentation claims immutability, with the assembly that holds it.</summary>
    public static TheoryData<string> DocumentedImmutable()
    {
        var data = new TheoryData<string>();
        foreach (var name in ClaimedTypes().Select(t => t.FullName!).Order(StringComparer.Ordinal))
        {
            data.Add(name);
        }

        return data;
    }

    [Fact]
    public void The_documentation_claims_immutability_of_many_public_types()
    {
        // Guards the test itself: when the XML files or the claim pattern break, no type would be checked.
        var claimed = ClaimedTypes().ToList();
        Assert.True(claimed.Count >= 25, $"only {claimed.Count} types found documented as immutable");
        Assert.Contains(claimed, t => t.Name == "ComparisonOptions");
    }

    [Theory]
    [MemberData(nameof(DocumentedImmutable))]
    public void A_type_documented_as_immutable_has_no_settable_state(string typeName)
    {
        var type = Assemblies.Select(a => a.GetType(typeName)).Single(t => t is not null)!;
        var problems = new List<string>();
        for (var t = type; t is not null && t != typeof(object) && Assemblies.Contains(t.Assembly); t = t.BaseType)
        {
            foreach (var field in t.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                if (!field.IsInitOnly)
                {
                    problems.Add($"field {t.Name}.{field.Name} can be assigned after construction");
                }
            }

            foreach (var property in t.GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                var setter = property.SetMethod;
                if (setter is { IsPublic: true } or { IsFamily: true } or { IsFamilyOrAssembly: true } && !IsInit(setter))
                {
                    problems.Add($"property {t.Name}.{property.Name} has a setter");
                }
            }
        }

        Assert.True(problems.Count == 0, $"{typeName} is documented as immutable, but: {string.Join("; ", problems)}");
    }

    private static bool IsInit(MethodInfo setter) =>
        setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));

    private static IEnumerable<Type> ClaimedTypes()
    {
        foreach (var assembly in Assemblies)
        {
            var xml = Path.ChangeExtension(assembly.Location, ".xml");
            var docs = XDocument.Load(xml);
            foreach (var member in docs.Descendants("member"))
            {
                var id = (string?)member.Attribute("name");
                if (id is null || !id.StartsWith("T:", StringComparison.Ordinal))
                {
                    continue;
                }

                var text = string.Join(" ", new[] { member.Element("summary"), member.Element("remarks") }
                    .Where(e => e is not null)
                    .Select(e => Regex.Replace(string.Concat(e!.DescendantNodes().OfType<XText>().Select(n => n.Value)), @"\s+", " ").Trim()));
                if (!Claim().IsMatch(text))
                {
                    continue;
                }

                var type = assembly.GetType(id[2..].Replace('{', '<').Split('<')[0]);
                if (type is { IsPublic: true } or { IsNestedPublic: true })
                {
                    yield return type;
                }
            }
        }
    }
}
