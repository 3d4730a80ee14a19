using NRules.Fluent.Dsl;
using NRules.RuleModel;
using PerfDomain.Policies.Decisions;
using PerfDomain.Policies.Facts;

namespace PerfDomain.Policies.Consequences;

/// <summary>An improvement plan that has reached its end date needs its outcome: successful, extended or unsuccessful.</summary>
[Name(RuleName)]
[Description("An improvement plan at or past its end date without an outcome needs one.")]
[Tag(ConsequenceRule.Pack)]
[Tag("corrective-action")]
public sealed class ImprovementPlanOutcomeDueRule : ConsequenceRule
{
    /// <summary>The rule's name.</summary>
    public const string RuleName = "consequences.improvement-plan-outcome-due";

    /// <inheritdoc/>
    public override void Define()
    {
        EvaluationDate today = null!;
        ImprovementPlanFact plan = null!;
        EmployeeFact employee = null!;

        When()
            .Match(() => today)
            .Match(() => plan, p => today.IsOnOrAfter(p.EndsOn))
            .Match(() => employee, e => e.Id == plan.EmployeeId, e => e.IsWorking);

        Then()
            .Yield(ctx => Make(ctx, plan));
    }

    private Decision Make(IContext context, ImprovementPlanFact plan) =>
        Decide(
            context,
            DecisionKind.ImprovementPlanOutcomeDue,
            plan.EmployeeId,
            null,
            plan.EndsOn,
            true,
            $"Record the outcome of improvement plan {plan.PlanId}: it ended on {Day(plan.EndsOn)} and has none yet.");
}
