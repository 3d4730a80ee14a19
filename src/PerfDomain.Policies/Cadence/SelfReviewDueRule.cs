using NRules.Fluent.Dsl;
using NRules.RuleModel;
using PerfDomain.Policies.Decisions;
using PerfDomain.Policies.Facts;
using PerfDomain.Policies.Parameters;

namespace PerfDomain.Policies.Cadence;

/// <summary>
/// During a cycle's review window, a self review is due for every eligible employee (working,
/// with the minimum tenure at the window's start) until it is submitted.
/// </summary>
[Name(RuleName)]
[Description("During a review window, a self review is due for every eligible employee until submitted.")]
[Tag(CadenceRule.Pack)]
[Tag("reviews")]
public sealed class SelfReviewDueRule : CadenceRule
{
    /// <summary>The rule's name.</summary>
    public const string RuleName = "cadence.self-review-due";

    /// <inheritdoc/>
    public override void Define()
    {
        EvaluationDate today = null!;
        CadenceParameters parameters = null!;
        CycleFact cycle = null!;
        EmployeeFact employee = null!;
        ReviewProgressFact progress = null!;

        When()
            .Match(() => today)
            .Match(() => parameters)
            .Match(() => cycle, c => today.IsWithin(c.ReviewWindow))
            .Match(() => employee, e => e.IsWorking, e => e.HireDate.PlusDays(parameters.ReviewMinimumTenureDays) <= cycle.ReviewWindow.Start)
            .Match(() => progress, p => p.EmployeeId == employee.Id, p => p.CycleId == cycle.Id, p => !p.SelfReviewSubmitted);

        Then()
            .Yield(ctx => Make(ctx, cycle, employee, parameters));
    }

    private Decision Make(IContext context, CycleFact cycle, EmployeeFact employee, CadenceParameters parameters) =>
        Decide(
            context,
            DecisionKind.SelfReviewDue,
            employee.Id,
            cycle.Id,
            cycle.ReviewWindow.End,
            false,
            $"The self review for cycle {cycle.Id} is due by {Day(cycle.ReviewWindow.End)}, when the review window closes.",
            Used("reviewMinimumTenureDays", parameters.ReviewMinimumTenureDays));
}
