using NodaTime;
using NRules.Fluent.Dsl;
using NRules.RuleModel;
using PerfDomain.Policies.Decisions;
using PerfDomain.Policies.Facts;
using PerfDomain.Policies.Parameters;

namespace PerfDomain.Policies.Development;

/// <summary>An onboarding plan within the first days of a new role or promotion, unless a plan was made since.</summary>
[Name(RuleName)]
[Description("An onboarding plan is recommended within 30 days of a new role or promotion, unless a development plan was made since.")]
[Tag(DevelopmentRule.Pack)]
[Tag("development")]
public sealed class OnboardingPlanRule : DevelopmentRule
{
    /// <summary>The rule's name.</summary>
    public const string RuleName = "development.onboarding-plan";

    /// <inheritdoc/>
    public override void Define()
    {
        EvaluationDate today = null!;
        DevelopmentParameters parameters = null!;
        EmployeeFact employee = null!;

        When()
            .Match(() => today)
            .Match(() => parameters)
            .Match(() => employee, e => e.IsWorking, e => e.RoleChangedOn != null, e => today.IsOnOrBefore(e.RoleChangedOn!.Value.PlusDays(parameters.OnboardingWindowDays)))
            .Not<DevelopmentPlanFact>(p => p.EmployeeId == employee.Id, p => p.CreatedOn >= employee.RoleChangedOn!.Value);

        Then()
            .Yield(ctx => Make(ctx, employee, parameters));
    }

    private Decision Make(IContext context, EmployeeFact employee, DevelopmentParameters parameters)
    {
        var changed = employee.RoleChangedOn!.Value;
        return Decide(
            context,
            DecisionKind.OnboardingPlanRecommended,
            employee.Id,
            null,
            changed.PlusDays(parameters.OnboardingWindowDays),
            false,
            Reason($"Agree an onboarding plan for the new role (level {employee.Level}) started {DaysSince(changed)} ago, on {Day(changed)}."),
            null,
            null,
            Used("onboardingWindowDays", parameters.OnboardingWindowDays));
    }
}
