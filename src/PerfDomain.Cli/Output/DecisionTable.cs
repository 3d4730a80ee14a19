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
/// due date, who acts, approval, reason), fitted to the width, and a summary line of counts by kind.
/// </summary>
internal static class DecisionTable
{
    private const string None = "-";

    /// <summary>Writes an evaluation as a table that fits the terminal's width, the reason wrapped.</summary>
    /// <param name="output">Where to write.</param>
    /// <param name="input">The snapshot evaluated.</param>
    /// <param name="packs">The packs that ran.</param>
    /// <param name="outcome">The outcome.</param>
    /// <param name="terminal">The width to fit and whether to colour.</param>
    public static void WriteEvaluation(TextWriter output, SnapshotInput input, IReadOnlyList<PolicyPack> packs, EvaluationOutcome outcome, Terminal terminal)
    {
        var decisions = outcome.Decisions;
        var width = terminal.Width;
        TextLayout.WriteWrapped(output, width, string.Empty, "  ", Invariant($"{input.Snapshot.OrganizationName}: policy as of {Date(outcome.AsOf)} ({input.Source}; packs {PackList(packs)})"));
        output.WriteLine();
        if (decisions.Count == 0)
        {
            output.WriteLine("No decisions.");
        }
        else
        {
            var columns = Columns.Measure(input, decisions, width);
            if (columns.Header() is { } header)
            {
                output.WriteLine(TextLayout.Paint(terminal, header, TextLayout.Bold));
            }

            foreach (var group in decisions.GroupBy(d => d.EmployeeId))
            {
                output.WriteLine();
                TextLayout.WriteWrapped(output, width, string.Empty, "  ", Invariant($"{group.Key}  {input.Snapshot.FindEmployee(group.Key)?.Name ?? "(not in the snapshot)"}"));
                foreach (var decision in group)
                {
                    columns.Write(output, terminal, decision);
                }
            }
        }

        output.WriteLine();
        TextLayout.WriteWrapped(output, width, string.Empty, "  ", Summary(decisions));
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

    /// <summary>
    /// The widths of the decision columns, measured over the decisions shown: kind, cycle, due date, who
    /// acts, approval, then the reason wrapped in what is left, or on lines of its own below when less
    /// than <see cref="MinimumReasonWidth"/> columns are left.
    /// </summary>
    private sealed record Columns(SnapshotInput Input, int Kind, int Cycle, int Acts, int Width)
    {
        /// <summary>The narrowest reason column; narrower, the reason goes below the decision.</summary>
        public const int MinimumReasonWidth = 40;

        private const string Margin = "  ";
        private const string ReasonIndent = "      ";
        private const int DueWidth = 10; // "2026-11-16"
        private const int ApprovalWidth = 8; // "approval"

        private int Fixed => Margin.Length + Kind + 2 + Cycle + 2 + DueWidth + 2 + Acts + 2 + ApprovalWidth + 2;

        private bool ReasonBelow => Width - Fixed < MinimumReasonWidth;

        public static Columns Measure(SnapshotInput input, IReadOnlyList<Decision> decisions, int width) => new(
            input,
            Math.Max("kind".Length, decisions.Max(d => Names.Of(d.Kind).Length)),
            Math.Max("cycle".Length, decisions.Max(d => CycleOf(d).Length)),
            Math.Max("who acts".Length, decisions.Max(d => WhoActs.Of(input.Snapshot, d).Length)),
            width);

        public string? Header() => Fixed > Width ? null : Fit(Margin + string.Join(
            "  ",
            "kind".PadRight(Kind),
            "cycle".PadRight(Cycle),
            "due".PadRight(DueWidth),
            "who acts".PadRight(Acts),
            ReasonBelow ? "approval" : "approval".PadRight(ApprovalWidth),
            ReasonBelow ? string.Empty : "reason").TrimEnd());

        public void Write(TextWriter output, Terminal terminal, Decision decision)
        {
            var acts = WhoActs.Of(Input.Snapshot, decision);
            var reason = decision.Explanation.Reason;
            var approval = decision.RequiresApproval ? "yes" : None;
            if (Fixed > Width)
            {
                // Too narrow for the columns: each decision as wrapped text, its reason below.
                TextLayout.WriteWrapped(output, Width, Margin, ReasonIndent, string.Join("  ", new[] { Names.Of(decision.Kind), decision.CycleId?.Value, decision.DueOn is { } d ? "due " + Date(d) : null, acts, decision.RequiresApproval ? "needs approval" : null }.OfType<string>()));
                TextLayout.WriteWrapped(output, Width, ReasonIndent, ReasonIndent, reason);
                return;
            }

            var head = Margin + string.Join(
                "  ",
                TextLayout.Paint(terminal, Names.Of(decision.Kind).PadRight(Kind), TextLayout.Cyan),
                CycleOf(decision).PadRight(Cycle),
                (decision.DueOn is { } due ? Date(due) : None).PadRight(DueWidth),
                TextLayout.Paint(terminal, acts.PadRight(Acts), acts.StartsWith("manager", StringComparison.Ordinal) ? TextLayout.Dim : TextLayout.Yellow),
                approval.PadRight(ApprovalWidth));
            if (ReasonBelow)
            {
                output.WriteLine(head.TrimEnd());
                TextLayout.WriteWrapped(output, Width, ReasonIndent, ReasonIndent, reason);
                return;
            }

            var lines = TextLayout.Wrap(reason, Width - Fixed);
            output.WriteLine(head + "  " + lines[0]);
            foreach (var line in lines.Skip(1))
            {
                output.WriteLine(new string(' ', Fixed) + line);
            }
        }

        // The fixed columns alone may exceed a narrow width: then the header is cut, never a line too wide.
        private string Fit(string line) => line.Length <= Width ? line : line[..Width];

        private static string CycleOf(Decision decision) => decision.CycleId?.Value ?? None;
    }
}
