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

    /// <summary>Writes the explanation.</summary>
    /// <param name="output">Where to write.</param>
    /// <param name="input">The snapshot evaluated.</param>
    /// <param name="packs">The packs that ran.</param>
    /// <param name="explanation">The explanation.</param>
    public static void Write(TextWriter output, SnapshotInput input, IReadOnlyList<PolicyPack> packs, EmployeeExplanation explanation)
    {
        var employee = input.Snapshot.Employee(explanation.EmployeeId);
        output.WriteLine(Invariant($"{employee.Id}  {employee.Name}: policy as of {Date(explanation.AsOf)} ({input.Source}; packs {PackList(packs)})"));
        output.WriteLine();
        output.WriteLine(Invariant($"Decisions ({explanation.Decisions.Count})"));
        if (explanation.Decisions.Count == 0)
        {
            output.WriteLine("  none");
        }

        var number = 0;
        foreach (var decision in explanation.Decisions)
        {
            number++;
            output.WriteLine();
            WriteDecision(output, number, decision);
        }

        output.WriteLine();
        output.WriteLine(Invariant($"Rules that did not fire ({explanation.NotFired.Count})"));
        if (explanation.NotFired.Count == 0)
        {
            output.WriteLine("  none");
        }

        foreach (var diagnosis in explanation.NotFired)
        {
            output.WriteLine();
            output.WriteLine(Invariant($"  {diagnosis.Rule} ({diagnosis.Pack}): {diagnosis.Description}"));
            output.WriteLine(Invariant($"{Indent}why not: {diagnosis.Reason}"));
            WriteList(output, "closest:", diagnosis.ClosestFacts, "none");
        }
    }

    private static void WriteDecision(TextWriter output, int number, Decision decision)
    {
        var head = new List<string> { Names.Of(decision.Kind) };
        if (decision.CycleId is { } cycle)
        {
            head.Add("cycle " + cycle.Value);
        }

        if (decision.DueOn is { } due)
        {
            head.Add("due " + Date(due));
        }

        if (decision.EscalateTo is { } level)
        {
            head.Add("escalate to " + Names.Of(level));
        }

        if (decision.RequiresApproval)
        {
            head.Add("needs approval");
        }

        var explanation = decision.Explanation;
        output.WriteLine(Invariant($"  {number}. {string.Join("  ", head)}"));
        output.WriteLine(Invariant($"{Indent}reason:     {explanation.Reason}"));
        if (decision.Subject is { } subject)
        {
            output.WriteLine(Invariant($"{Indent}subject:    {subject}"));
        }

        output.WriteLine(Invariant($"{Indent}rule:       {explanation.Rule} ({explanation.Pack}@{explanation.PackVersion}), as of {Date(explanation.AsOf)}"));
        WriteList(
            output,
            "facts:",
            explanation.Facts.Select(f => $"{f.Type} {f.Id}: {Pairs(f.Values)}").ToList(),
            "none");
        WriteList(
            output,
            "parameters:",
            explanation.Parameters.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key} = {p.Value}").ToList(),
            "none");
    }

    private static void WriteList(TextWriter output, string label, IReadOnlyList<string> items, string empty)
    {
        var padded = label.PadRight(12);
        if (items.Count == 0)
        {
            output.WriteLine(Indent + padded + empty);
            return;
        }

        for (var i = 0; i < items.Count; i++)
        {
            output.WriteLine(Indent + (i == 0 ? padded : new string(' ', padded.Length)) + items[i]);
        }
    }

    private static string Pairs(IReadOnlyDictionary<string, string> values) =>
        values.Count == 0 ? "(no values)" : string.Join(", ", values.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}"));
}
