using NodaTime;
using PerfDomain.Employees;
using PerfDomain.Policies.Decisions;

namespace PerfDomain.Policies.Evaluation;

/// <summary>What policy says about an organisation as of a date: its decisions, in a deterministic order.</summary>
/// <remarks>
/// Decisions are ordered by employee id (ordinal), then kind, then cycle id, then due date, then
/// subject, then rule name; the same snapshot, packs, parameters and as-of date always give the same
/// list. Immutable and thread-safe.
/// </remarks>
public sealed class EvaluationOutcome
{
    internal EvaluationOutcome(LocalDate asOf, IReadOnlyList<Decision> decisions, int rulesFired, IReadOnlyList<RuleFailure>? failures = null)
    {
        AsOf = asOf;
        Decisions = decisions;
        RulesFired = rulesFired;
        Failures = failures ?? [];
    }

    /// <summary>Gets the as-of date of the evaluation.</summary>
    public LocalDate AsOf { get; }

    /// <summary>Gets the decisions, in the documented order.</summary>
    public IReadOnlyList<Decision> Decisions { get; }

    /// <summary>Gets how many rule firings the evaluation took (inferences included).</summary>
    public int RulesFired { get; }

    /// <summary>
    /// Gets the rules that threw and were carried past, by rule name, then employee: always empty unless the engine was
    /// built with <see cref="PolicyEngineBuilder.ContinueAfterRuleFailures"/> (otherwise the first failure is thrown).
    /// A failing condition counted as not holding and a failing action made no decision, so the decisions of these
    /// rules about these employees are missing from <see cref="Decisions"/>: treat the outcome as incomplete for them.
    /// </summary>
    public IReadOnlyList<RuleFailure> Failures { get; }

    /// <summary>Gets the decisions about one employee, in order.</summary>
    /// <param name="employeeId">The employee.</param>
    /// <returns>Their decisions.</returns>
    public IEnumerable<Decision> For(EmployeeId employeeId) => Decisions.Where(d => d.EmployeeId == employeeId);
}
