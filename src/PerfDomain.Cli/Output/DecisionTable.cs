using System.Globalization;
using NodaTime;
using NodaTime.Text;
using PerfDomain.Cli.Input;
using PerfDomain.Policies.Decisions;
using PerfDomain.Policies.Evaluation;
using PerfDomain.Policies.Packs;

namespace PerfDomain.Cli.Output;

/// <summary>
/// Writes decisions for a terminal: grouped by employee, one aligned line per decision (kind, cycle,
/// due date, approval, escalation, reason), and a summary line of counts by kind.
/// </summary>
internal static class DecisionTable
{
    private const string None = "-";
    private const string ApprovalMark = "needs approval";

    /// <summary>Writes an evaluation as a table.</summary>
    /// <param name="output">Where to write.</param>
    /// <param name="input">The snapshot evaluated.</param>
    /// <param name="packs">The packs that ran.</param>
    /// <param name="outcome">The outcome.</param>
    public static void WriteEvaluation(TextWriter output, SnapshotInput input, IReadOnlyList<PolicyPack> packs, EvaluationOutcome outcome)
    {
        var decisions = outcome.Decisions;
        output.WriteLine(Invariant($"{input.Snapshot.OrganizationName}: policy as of {Date(outcome.AsOf)} ({input.Source}; packs {PackList(packs)})"));
        output.WriteLine();
        if (decisions.Count == 0)
        {
            output.WriteLine("No decisions.");
        }
        else
        {
            var columns = Columns.Measure(decisions);
            output.WriteLine("  " + columns.Header());
            foreach (var group in decisions.GroupBy(d => d.EmployeeId))
            {
                output.WriteLine();
                output.WriteLine(Invariant($"{group.Key}  {input.Snapshot.FindEmployee(group.Key)?.Name ?? "(not in the snapshot)"}"));
                foreach (var decision in group)
                {
                    output.WriteLine("  " + columns.Line(decision));
                }
            }
        }

        output.WriteLine();
        output.WriteLine(Summary(decisions));
    }

    /// <summary>Gets the summary line: how many decisions about how many employees, and the count of each kind.</summary>
    /// <param name="decisions">The decisions.</param>
    /// <returns>The line.</returns>
    public static string Summary(IReadOnlyList<Decision> decisions)
    {
        var employees = decisions.Select(d => d.EmployeeId).Distinct().Count();
        var byKind = decisions
            .GroupBy(d => d.Kind)
            .OrderBy(g => g.Key)
            .Select(g => Invariant($"{Names.Of(g.Key)} {g.Count()}"));
        var head = Invariant($"Summary: {decisions.Count} {Plural(decisions.Count, "decision")} about {employees} {Plural(employees, "employee")}");
        return decisions.Count == 0 ? head + "." : $"{head}: {string.Join(", ", byKind)}.";
    }

    /// <summary>Formats a date as ISO <c>uuuu-MM-dd</c>.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The text.</returns>
    public static string Date(LocalDate date) => LocalDatePattern.Iso.Format(date);

    /// <summary>Lists packs as <c>name@version</c>.</summary>
    /// <param name="packs">The packs.</param>
    /// <returns>The list.</returns>
    public static string PackList(IEnumerable<PolicyPack> packs) => string.Join(", ", packs.Select(p => $"{p.Name}@{p.Version}"));

    /// <summary>Formats in invariant culture.</summary>
    /// <param name="text">The interpolated text.</param>
    /// <returns>The text.</returns>
    public static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static string Plural(int count, string noun) => count == 1 ? noun : noun + "s";

    /// <summary>The widths of the decision columns, measured over the decisions shown.</summary>
    private sealed record Columns(int Kind, int Cycle, int Escalation)
    {
        private const int DueWidth = 14; // "due 2026-11-16"

        public static Columns Measure(IReadOnlyList<Decision> decisions) => new(
            Math.Max("kind".Length, decisions.Max(d => Names.Of(d.Kind).Length)),
            Math.Max("cycle".Length, decisions.Max(d => CycleOf(d).Length)),
            Math.Max("escalation".Length, decisions.Max(d => EscalationOf(d).Length)));

        public string Header() =>
            string.Join("  ", "kind".PadRight(Kind), "cycle".PadRight(Cycle), "due".PadRight(DueWidth), "approval".PadRight(ApprovalMark.Length), "escalation".PadRight(Escalation), "reason");

        public string Line(Decision decision) =>
            string.Join(
                "  ",
                Names.Of(decision.Kind).PadRight(Kind),
                CycleOf(decision).PadRight(Cycle),
                (decision.DueOn is { } due ? "due " + Date(due) : None).PadRight(DueWidth),
                (decision.RequiresApproval ? ApprovalMark : None).PadRight(ApprovalMark.Length),
                EscalationOf(decision).PadRight(Escalation),
                decision.Explanation.Reason);

        private static string CycleOf(Decision decision) => decision.CycleId?.Value ?? None;

        private static string EscalationOf(Decision decision) => decision.EscalateTo is { } level ? "to " + Names.Of(level) : None;
    }
}
