using NodaTime;
using NRules.Fluent.Dsl;
using NRules.RuleModel;
using PerfDomain.Policies.Decisions;
using PerfDomain.Policies.Facts;
using PerfDomain.Policies.Parameters;

namespace PerfDomain.Policies.Cadence;

/// <summary>A cycle review not submitted when the review window closed is overdue, for a while after the cycle ends.</summary>
[Name(RuleName)]
[Description("A self or manager review not submitted by the end of the review window is overdue, for a while after the cycle ends.")]
[Tag(CadenceRule.Pack)]
[Tag("reviews")]
public sealed class CycleReviewOverdueRule : CadenceRule
{
    /// <summary>The rule's name.</summary>
    public const string RuleName = "cadence.cycle-review-overdue";

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
            .Match(() => cycle, c => today.IsAfter(c.ReviewWindow.End), c => today.IsOnOrBefore(c.End.PlusDays(parameters.ReviewOverdueReportingDays)))
            .Match(() => employee, e => e.IsWorking, e => e.HireDate.PlusDays(parameters.ReviewMinimumTenureDays) <= cycle.ReviewWindow.Start)
            .Match(() => progress, p => p.EmployeeId == employee.Id, p => p.CycleId == cycle.Id, p => !p.SelfReviewSubmitted || (!p.ManagerReviewSubmitted && employee.ManagerId != null));

        Then()
            .Yield(ctx => Make(ctx, cycle, employee, progress, parameters));
    }

    private Decision Make(IContext context, CycleFact cycle, EmployeeFact employee, ReviewProgressFact progress, CadenceParameters parameters)
    {
        var missing = new List<string>();
        if (!progress.SelfReviewSubmitted)
        {
            missing.Add("self");
        }

        if (!progress.ManagerReviewSubmitted && employee.ManagerId is not null)
        {
            missing.Add("manager");
        }

        return Decide(
            context,
            DecisionKind.ReviewOverdue,
            employee.Id,
            cycle.Id,
            cycle.ReviewWindow.End,
            false,
            Reason($"The {string.Join(" and ", missing)} review{(missing.Count > 1 ? "s" : string.Empty)} for cycle {cycle.Id} {(missing.Count > 1 ? "are" : "is")} overdue: the review window closed {DaysSince(cycle.ReviewWindow.End)} ago, on {Day(cycle.ReviewWindow.End)}."),
            missing.Contains("manager") ? (employee.SkipLevelManagerId is null ? EscalationLevel.HumanResources : EscalationLevel.SkipLevelManager) : EscalationLevel.Manager,
            string.Join("+", missing),
            Used("reviewMinimumTenureDays", parameters.ReviewMinimumTenureDays),
            Used("reviewOverdueReportingDays", parameters.ReviewOverdueReportingDays));
    }
}
