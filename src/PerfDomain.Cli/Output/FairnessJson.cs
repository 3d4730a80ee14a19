using System.Text.Encodings.Web;
using System.Text.Json;
using PerfDomain.Policies.Fairness;

namespace PerfDomain.Cli.Output;

/// <summary>Writes <c>perfdomain fairness --format json</c>: the fairness document of docs/fairness.md. Suppressed figures are <c>null</c>.</summary>
internal static class FairnessJson
{
    /// <summary>Writes the report.</summary>
    /// <param name="output">Where to write.</param>
    /// <param name="report">The report.</param>
    /// <param name="source">What it was made from.</param>
    public static void Write(TextWriter output, FairnessReport report, FairnessSource source)
    {
        using var stream = new TextWriterStream(output);
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteNumber("schemaVersion", 1);
            json.WriteString("document", "fairness");
            json.WriteString("organization", source.Organization);
            json.WriteString("asOf", DecisionTable.Date(report.AsOf));
            json.WriteString("packs", source.Packs);
            json.WriteNumber("minimumGroupSize", report.Options.MinimumGroupSize);
            json.WriteNumber("fourFifthsThreshold", report.Options.FourFifthsThreshold);
            json.WriteNumber("population", report.Population);
            json.WriteStartArray("attributes");
            foreach (var attribute in report.Attributes)
            {
                Attribute(json, attribute);
            }

            json.WriteEndArray();
            json.WriteStartArray("scales");
            foreach (var scale in report.Scales)
            {
                json.WriteStartObject();
                json.WriteString("cycleId", scale.Cycle.Value);
                json.WriteStartArray("labels");
                scale.Labels.ToList().ForEach(json.WriteStringValue);
                json.WriteEndArray();
                json.WriteNumber("meetsThreshold", scale.MeetsThreshold);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("managerDeviations");
            foreach (var m in report.ManagerDeviations)
            {
                json.WriteStartObject();
                json.WriteString("cycleId", m.Cycle.Value);
                json.WriteString("managerId", m.ManagerId.Value);
                json.WriteNumber("reports", m.Reports);
                json.WriteNumber("distance", Math.Round(m.Distance, 6));
                json.WriteNumber("mean", Math.Round(m.Mean, 6));
                json.WriteNumber("organizationMean", Math.Round(m.OrganizationMean, 6));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("caveats");
            FairnessFigures.Caveats.ToList().ForEach(json.WriteStringValue);
            json.WriteEndArray();
            json.WriteEndObject();
        }

        stream.WriteByte((byte)'\n');
    }

    private static void Attribute(Utf8JsonWriter json, AttributeAnalysis attribute)
    {
        json.WriteStartObject();
        json.WriteString("attribute", attribute.Attribute);
        json.WriteStartArray("groups");
        attribute.Groups.ToList().ForEach(json.WriteStringValue);
        json.WriteEndArray();
        json.WriteNumber("unlabelled", attribute.Unlabelled);
        json.WriteStartArray("selection");
        foreach (var selection in attribute.Selection)
        {
            json.WriteStartObject();
            json.WriteString("kind", selection.Kind.Name);
            json.WriteString("direction", FairnessFigures.Direction(selection.Direction));
            Nullable(json, "referenceGroup", selection.ReferenceGroup);
            json.WriteStartArray("groups");
            foreach (var g in selection.Groups)
            {
                json.WriteStartObject();
                json.WriteString("group", g.Group);
                json.WriteNumber("size", g.Size);
                json.WriteBoolean("suppressed", g.Suppressed);
                Number(json, "selected", g.Selected);
                Number(json, "rate", g.Rate);
                Number(json, "impactRatio", g.ImpactRatio);
                json.WriteBoolean("fourFifthsFlag", g.FourFifthsFlag);
                Number(json, "pValue", g.PValue);
                json.WriteString("test", FairnessFigures.Test(g.Test));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("ratings");
        foreach (var r in attribute.Ratings)
        {
            var shift = attribute.Calibration.Single(c => c.Cycle == r.Cycle && c.Group == r.Group);
            json.WriteStartObject();
            json.WriteString("cycleId", r.Cycle.Value);
            json.WriteString("group", r.Group);
            json.WriteNumber("size", r.Size);
            json.WriteBoolean("suppressed", r.Suppressed);
            if (r.Counts is { } counts)
            {
                json.WriteStartArray("counts");
                counts.ToList().ForEach(json.WriteNumberValue);
                json.WriteEndArray();
            }
            else
            {
                json.WriteNull("counts");
            }

            Number(json, "mean", r.Mean);
            Number(json, "shareBelowMeets", r.ShareBelowMeets);
            json.WriteStartObject("calibration");
            Number(json, "calibrated", shift.Calibrated);
            Number(json, "raised", shift.Raised);
            Number(json, "lowered", shift.Lowered);
            Number(json, "meanShift", shift.MeanShift);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Nullable(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }

    private static void Number(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } v)
        {
            // Six decimals: enough for any ratio a report shows, and the same bytes on every machine.
            json.WriteNumber(name, Math.Round(v, 6));
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static void Number(Utf8JsonWriter json, string name, int? value)
    {
        if (value is { } v)
        {
            json.WriteNumber(name, v);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
