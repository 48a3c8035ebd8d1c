using System.Text.Json;
using FramingAnalysis.Comparison;
using FramingAnalysis.Naming;

namespace FramingAnalysis.Reporting;

/// <summary>The <c>naming</c> array of the JSON report (docs/report-schema.md): per target and language, each group's references, expressions, phrases and labels, every count with its locations.</summary>
public static partial class JsonReport
{
    private static void WriteNaming(Utf8JsonWriter w, ComparisonResult r)
    {
        w.WriteStartArray("naming");
        foreach (var t in r.Naming)
        {
            w.WriteStartObject();
            w.WriteString("target", t.Target);
            w.WriteString("language", t.Language);
            w.WriteBoolean("tested", t.Tested);
            w.WriteStartArray("groups");
            foreach (var g in t.Groups)
            {
                w.WriteStartObject();
                w.WriteString("group", g.Group);
                w.WriteNumber("references", g.References);
                WriteVoiceCounts(w, g.Voices);
                WriteForms(w, "expressions", g.Expressions);
                WriteForms(w, "phrases", g.Phrases);
                w.WriteStartArray("labels");
                foreach (var l in g.Labels)
                {
                    w.WriteStartObject();
                    w.WriteString("label", l.Label);
                    w.WriteString("key", l.Key);
                    w.WriteNumber("count", l.Count);
                    WriteVoiceCounts(w, l.Voices);
                    w.WriteString("attachment", l.Attachment.ToString().ToLowerInvariant());
                    Number(w, "valence", l.Valence);
                    Number(w, "evaluative", l.Evaluative);
                    if (l.Z is { } z)
                    {
                        Number(w, "z", z);
                    }
                    else
                    {
                        w.WriteNull("z");
                    }

                    WriteNamingExample(w, l.Example);
                    WriteLocations(w, l.Locations);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteForms(Utf8JsonWriter w, string name, IReadOnlyList<NamingForm> forms)
    {
        w.WriteStartArray(name);
        foreach (var f in forms)
        {
            w.WriteStartObject();
            w.WriteString("text", f.Text);
            w.WriteNumber("count", f.Count);
            WriteVoiceCounts(w, f.Voices);
            WriteNamingExample(w, f.Example);
            WriteLocations(w, f.Locations);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteVoiceCounts(Utf8JsonWriter w, VoiceCounts v)
    {
        w.WriteStartObject("voices");
        w.WriteNumber("outlet", v.Outlet);
        w.WriteNumber("quoted", v.Quoted);
        w.WriteNumber("embedded", v.Embedded);
        w.WriteNumber("audience", v.Audience);
        w.WriteEndObject();
    }

    private static void WriteNamingExample(Utf8JsonWriter w, NamingExample e)
    {
        w.WriteStartObject("example");
        w.WriteString("articleId", e.Location.ArticleId);
        w.WriteString("unitId", e.Location.UnitId);
        w.WriteNumber("start", e.Location.Start - e.SentenceStart);
        w.WriteNumber("length", e.Location.Length);
        w.WriteString("sentence", e.Sentence);
        w.WriteEndObject();
    }

    private static void WriteLocations(Utf8JsonWriter w, IReadOnlyList<NamingLocation> locations)
    {
        w.WriteStartArray("locations");
        foreach (var l in locations)
        {
            w.WriteStartObject();
            w.WriteString("articleId", l.ArticleId);
            w.WriteString("unitId", l.UnitId);
            w.WriteNumber("start", l.Start);
            w.WriteNumber("length", l.Length);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }
}
