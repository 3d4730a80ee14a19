using System.Text.Json;
using PerfDomain.Policies.Audit;
using PerfDomain.Policies.Decisions;
using PerfDomain.Policies.Decisions.Json;

namespace PerfDomain.Cli.Output;

/// <summary>
/// Writes <c>perfdomain diff --format json</c>: the comparison document of docs/decision-format.md, with each side's
/// envelope and the decisions added, withdrawn and changed as the decision format's objects.
/// </summary>
internal static class ComparisonJson
{
    /// <summary>Writes the comparison.</summary>
    /// <param name="output">Where to write.</param>
    /// <param name="comparison">The comparison.</param>
    public static void Write(TextWriter output, DecisionComparison comparison)
    {
        using var stream = new TextWriterStream(output);
        using var writer = new DecisionWriter(lines: false);
        var json = writer.Json;
        json.WriteStartObject();
        json.WriteNumber("schemaVersion", DecisionJson.SchemaVersion);
        json.WriteString("document", "comparison");
        Side("before", comparison.Before);
        Side("after", comparison.After);
        json.WriteStartArray("inputsDiffer");
        foreach (var difference in ComparisonTable.Differences(comparison.Before, comparison.After))
        {
            json.WriteStringValue(difference);
        }

        json.WriteEndArray();
        json.WriteStartObject("summary");
        json.WriteNumber("added", comparison.Added.Count);
        json.WriteNumber("withdrawn", comparison.Withdrawn.Count);
        json.WriteNumber("changed", comparison.Changed.Count);
        json.WriteNumber("unchanged", comparison.Unchanged);
        json.WriteEndObject();
        Decisions("added", comparison.Added);
        Decisions("withdrawn", comparison.Withdrawn);
        json.WriteStartArray("changed");
        foreach (var change in comparison.Changed)
        {
            json.WriteStartObject();
            json.WriteStartArray("fields");
            foreach (var field in change.Fields)
            {
                json.WriteStringValue(field);
            }

            json.WriteEndArray();
            json.WritePropertyName("before");
            writer.WriteDecision(change.Before);
            json.WritePropertyName("after");
            writer.WriteDecision(change.After);
            json.WriteEndObject();
            Flush();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        writer.EndDocument();
        writer.WriteChunk(stream);

        void Side(string name, DecisionDocument document)
        {
            json.WriteStartObject(name);
            json.WriteString("organization", document.Organization);
            json.WriteString("asOf", DecisionTable.Date(document.AsOf));
            json.WriteStartArray("packs");
            foreach (var pack in document.Packs)
            {
                json.WriteStartObject();
                json.WriteString("name", pack.Name);
                json.WriteString("version", pack.Version);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            writer.WriteRecord(document.Record);
            json.WriteNumber("decisionCount", document.Decisions.Count);
            json.WriteEndObject();
        }

        void Decisions(string name, IReadOnlyList<Decision> decisions)
        {
            json.WriteStartArray(name);
            foreach (var decision in decisions)
            {
                writer.WriteDecision(decision);
                Flush();
            }

            json.WriteEndArray();
        }

        void Flush()
        {
            json.Flush();
            if (writer.IsChunkFull)
            {
                writer.WriteChunk(stream);
            }
        }
    }
}
