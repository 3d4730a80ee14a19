using System.Text.Json.Serialization;
using NodaTime;
using PerfDomain.Cycles;
using PerfDomain.Employees;

namespace PerfDomain.Policies.Decisions;

/// <summary>
/// A recommendation that policy makes about one employee, as of a date, with its explanation.
/// Decisions never change the domain: the host shows them, and a human approves those that need it.
/// </summary>
/// <param name="Kind">What is recommended.</param>
/// <param name="EmployeeId">The employee the decision is about.</param>
/// <param name="CycleId">The cycle it concerns, where relevant.</param>
/// <param name="DueOn">When the recommended action is due, where relevant.</param>
/// <param name="RequiresApproval">Whether a human must approve it before anything is done (every consequence does).</param>
/// <param name="Explanation">Why it was made.</param>
/// <param name="EscalateTo">For overdue items, whom to tell.</param>
/// <param name="Subject">What the decision is about within the employee's record (a competency, a key result, a probation day), where relevant.</param>
/// <remarks>
/// Immutable; equality is structural. Its JSON form is the decision object of docs/decision-format.md
/// (<see cref="DecisionJsonConverter"/>); <see cref="DecisionJson"/> writes and reads whole evaluations.
/// </remarks>
[JsonConverter(typeof(DecisionJsonConverter))]
public sealed record Decision(
    DecisionKind Kind,
    EmployeeId EmployeeId,
    CycleId? CycleId,
    LocalDate? DueOn,
    bool RequiresApproval,
    Explanation Explanation,
    EscalationLevel? EscalateTo = null,
    string? Subject = null)
{
    /// <summary>Gets this decision as of another day: a partition keeps a decision made earlier while nothing it rests on changed.</summary>
    internal Decision SeenOn(LocalDate asOf) => Explanation.AsOf == asOf ? this : this with { Explanation = Explanation.SeenOn(asOf) };

    /// <inheritdoc/>
    public override string ToString() =>
        $"{Kind} for {EmployeeId}{(CycleId is { } c ? $" in {c}" : string.Empty)}{(DueOn is { } d ? $", due {d:uuuu-MM-dd}" : string.Empty)}: {Explanation.Reason}";
}
