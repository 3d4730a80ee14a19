using PerfDomain.Policies.Audit;
using PerfDomain.Policies.Decisions;
using static PerfDomain.Cli.Output.DecisionTable;

namespace PerfDomain.Cli.Output;

/// <summary>Writes <c>perfdomain diff</c> for people: what each evaluation ran on, then the decisions added, withdrawn and changed.</summary>
internal static class ComparisonTable
{
    /// <summary>Writes the comparison.</summary>
    /// <param name="output">Where to write.</param>
    /// <param name="comparison">The comparison.</param>
    /// <param name="before">The first file's name.</param>
    /// <param name="after">The second file's name.</param>
    /// <param name="terminal">The width to fit and whether to colour.</param>
    public static void Write(TextWriter output, DecisionComparison comparison, string before, string after, Terminal terminal)
    {
        var width = terminal.Width;
        TextLayout.WriteWrapped(output, width, "before: ", "        ", Describe(before, comparison.Before));
        TextLayout.WriteWrapped(output, width, "after:  ", "        ", Describe(after, comparison.After));
        if (Differences(comparison.Before, comparison.After) is { Count: > 0 } differences)
        {
            TextLayout.WriteWrapped(output, width, "inputs: ", "        ", $"{string.Join(", ", differences)} {(differences.Count == 1 ? "differs" : "differ")}.");
        }

        output.WriteLine();
        Section("Added", comparison.Added, d => Line(d, string.Empty));
        Section("Withdrawn", comparison.Withdrawn, d => Line(d, string.Empty));
        Section("Changed", comparison.Changed, c =>
        {
            Line(c.After, $" ({string.Join(", ", c.Fields)})");
            foreach (var field in c.Fields)
            {
                TextLayout.WriteWrapped(output, width, $"      {field}: ", "        ", $"{Value(c.Before, field)} -> {Value(c.After, field)}");
            }
        });
        TextLayout.WriteWrapped(output, width, string.Empty, "  ", Invariant($"{comparison.Added.Count} added, {comparison.Withdrawn.Count} withdrawn, {comparison.Changed.Count} changed, {comparison.Unchanged} unchanged."));

        void Section<T>(string title, IReadOnlyList<T> items, Action<T> write)
        {
            if (items.Count == 0)
            {
                return;
            }

            output.WriteLine(TextLayout.Paint(terminal, Invariant($"{title} ({items.Count})"), TextLayout.Bold));
            foreach (var item in items)
            {
                write(item);
            }

            output.WriteLine();
        }

        void Line(Decision decision, string suffix)
        {
            var cycle = decision.CycleId is { } c ? $" {c}" : string.Empty;
            var subject = decision.Subject is { } s ? $" [{s}]" : string.Empty;
            TextLayout.WriteWrapped(output, width, "  ", "      ", $"{decision.EmployeeId} {decision.Kind}{cycle}{subject} by {decision.Explanation.Rule}{suffix}: {decision.Explanation.Reason}");
        }
    }

    /// <summary>Names what differs between the inputs of two evaluations, as far as their documents tell.</summary>
    /// <param name="before">The first evaluation.</param>
    /// <param name="after">The second.</param>
    /// <returns>Such as <c>asOf</c>, <c>packs</c>, <c>parameters</c>, <c>snapshot</c>.</returns>
    public static IReadOnlyList<string> Differences(DecisionDocument before, DecisionDocument after)
    {
        var differences = new List<string>();
        if (before.Organization != after.Organization)
        {
            differences.Add("organization");
        }

        if (before.AsOf != after.AsOf)
        {
            differences.Add("asOf");
        }

        if (!before.Packs.SequenceEqual(after.Packs))
        {
            differences.Add("packs");
        }

        if (before.Record is { } b && after.Record is { } a)
        {
            AddIf(b.ParameterFingerprint != a.ParameterFingerprint, "parameters");
            AddIf(b.SnapshotFingerprint != a.SnapshotFingerprint, "snapshot");
            AddIf(b.Runtime != a.Runtime, "runtime");
            AddIf(b.PerfDomainVersion != a.PerfDomainVersion, "perfDomainVersion");
        }

        return differences;

        void AddIf(bool differs, string name)
        {
            if (differs)
            {
                differences.Add(name);
            }
        }
    }

    private static string Describe(string file, DecisionDocument document)
    {
        var record = document.Record is { } r
            ? $"; parameters {Short(r.ParameterFingerprint)}, snapshot {Short(r.SnapshotFingerprint)}, {Commands.RuntimeOption.Name(r.Runtime)} runtime, PerfDomain {r.PerfDomainVersion}"
            : "; not recorded (no fingerprints)";
        return Invariant($"{file}: {document.Organization} as of {Date(document.AsOf)}, packs {string.Join(", ", document.Packs)}{record}; {document.Decisions.Count} decisions");
    }

    private static string Short(string fingerprint) => fingerprint[..(Fingerprints.Prefix.Length + 12)];

    private static string Value(Decision decision, string field) => field switch
    {
        "dueOn" => decision.DueOn is { } d ? Date(d) : "none",
        "requiresApproval" => decision.RequiresApproval ? "true" : "false",
        "escalateTo" => decision.EscalateTo is { } level ? Names.Of(level) : "none",
        "explanation.pack" => decision.Explanation.Pack,
        "explanation.packVersion" => decision.Explanation.PackVersion,
        "explanation.parameters" => "{" + string.Join(", ", decision.Explanation.Parameters.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}")) + "}",
        _ => $"\"{decision.Explanation.Reason}\"",
    };
}
