using PerfDomain.Cli.Input;
using PerfDomain.Policies.Decisions;
using PerfDomain.Policies.Evaluation;
using PerfDomain.Policies.Packs;
using static PerfDomain.Cli.Output.DecisionTable;

namespace PerfDomain.Cli.Output;

/// <summary>
/// Writes one employee's explanation for a terminal: each decision with its full explanation, then
/// the rules that did not fire, each with the engine's reason and the facts closest to matching.
/// </summary>
internal static class ExplanationTable
{
    private const string Indent = "     ";

    /// <summary>Writes the explanation, fitted to the terminal's width.</summary>
    /// <param name="output">Where to write.</param>
    /// <param name="input">The snapshot evaluated.</param>
    /// <param name="packs">The packs that ran.</param>
    /// <param name="explanation">The explanation.</param>
    /// <param name="terminal">The width to fit and whether to colour.</param>
    /// <param name="verbose">Whether to add the engine's report (condition expressions) to each rule that did not fire.</param>
    public static void Write(TextWriter output, SnapshotInput input, IReadOnlyList<PolicyPack> packs, EmployeeExplanation explanation, Terminal terminal, bool verbose)
    {
        var width = terminal.Width;
        var employee = input.Snapshot.Employee(explanation.EmployeeId);
        TextLayout.WriteWrapped(output, width, string.Empty, "  ", Invariant($"{employee.Id}  {employee.Name}: policy as of {Date(explanation.AsOf)} ({input.Source}; packs {PackList(packs)})"));
        output.WriteLine();
        output.WriteLine(TextLayout.Paint(terminal, Invariant($"Decisions ({explanation.Decisions.Count})"), TextLayout.Bold));
        if (explanation.Decisions.Count == 0)
        {
            output.WriteLine("  none");
        }

        var number = 0;
        foreach (var decision in explanation.Decisions)
        {
            number++;
            output.WriteLine();
            WriteDecision(output, terminal, input, number, decision);
        }

        output.WriteLine();
        output.WriteLine(TextLayout.Paint(terminal, Invariant($"Rules that did not fire ({explanation.NotFired.Count})"), TextLayout.Bold));
        if (explanation.NotFired.Count == 0)
        {
            output.WriteLine("  none");
        }

        foreach (var diagnosis in explanation.NotFired)
        {
            output.WriteLine();
            TextLayout.WriteWrapped(output, width, "  ", Indent, Invariant($"{diagnosis.Rule} ({diagnosis.Pack}): {diagnosis.Description}"));
            var closest = diagnosis.ClosestFacts.Select(WhyNot.Parse).ToList();
            TextLayout.WriteWrapped(output, width, Indent + "why not:    ", Indent + Blank, WhyNot.Words(diagnosis, closest));
            WriteList(output, width, "closest:", closest.Select(c => c.Fact).ToList(), "none");
            if (verbose)
            {
                TextLayout.WriteWrapped(output, width, Indent + "engine:     ", Indent + Blank, diagnosis.Reason);
                WriteList(output, width, "fails:", closest.Select(c => c.Failed).ToList(), "none");
            }
        }
    }

    private const string Blank = "            ";

    private static void WriteDecision(TextWriter output, Terminal terminal, SnapshotInput input, int number, Decision decision)
    {
        var width = terminal.Width;
        var head = new List<string> { Names.Of(decision.Kind) };
        if (decision.CycleId is { } cycle)
        {
            head.Add("cycle " + cycle.Value);
        }

        if (decision.DueOn is { } due)
        {
            head.Add("due " + Date(due));
        }

        head.Add(decision.EscalateTo is { } level ? "escalate to " + WhoActs.Words(level) : "who acts: " + WhoActs.Of(input.Snapshot, decision));
        if (decision.RequiresApproval)
        {
            head.Add("needs approval");
        }

        var explanation = decision.Explanation;
        var first = Invariant($"  {number}. ");
        var plain = first + string.Join("  ", head);
        if (plain.Length <= width)
        {
            output.WriteLine(first + TextLayout.Paint(terminal, head[0], TextLayout.Cyan) + plain[(first.Length + head[0].Length)..]);
        }
        else
        {
            TextLayout.WriteWrapped(output, width, first, Indent, string.Join("  ", head));
        }

        TextLayout.WriteWrapped(output, width, Indent + "reason:     ", Indent + Blank, explanation.Reason);
        if (decision.Subject is { } subject)
        {
            TextLayout.WriteWrapped(output, width, Indent + "subject:    ", Indent + Blank, subject);
        }

        TextLayout.WriteWrapped(output, width, Indent + "rule:       ", Indent + Blank, Invariant($"{explanation.Rule} ({explanation.Pack}@{explanation.PackVersion}), as of {Date(explanation.AsOf)}"));
        WriteList(
            output,
            width,
            "facts:",
            explanation.Facts.Select(f => $"{f.Type} {f.Id}: {Pairs(f.Values)}").ToList(),
            "none");
        WriteList(
            output,
            width,
            "parameters:",
            explanation.Parameters.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key} = {p.Value}").ToList(),
            "none");
    }

    private static void WriteList(TextWriter output, int width, string label, IReadOnlyList<string> items, string empty)
    {
        var padded = label.PadRight(12);
        if (items.Count == 0)
        {
            output.WriteLine(Indent + padded + empty);
            return;
        }

        for (var i = 0; i < items.Count; i++)
        {
            TextLayout.WriteWrapped(output, width, Indent + (i == 0 ? padded : Blank), Indent + Blank + "  ", items[i]);
        }
    }

    private static string Pairs(IReadOnlyDictionary<string, string> values) =>
        values.Count == 0 ? "(no values)" : string.Join(", ", values.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={WhyNot.Spelling(p.Value)}"));
}
