using NodaTime;
using NRules.Fluent.Dsl;
using NRules.RuleModel;
using PerfDomain.Employees;
using PerfDomain.Policies.Decisions;
using PerfDomain.Policies.Facts;
using PerfDomain.Policies.Parameters;

namespace PerfDomain.Policies.Cadence;

/// <summary>A probation review (30, 60 and 90 days after hire by default), announced a week ahead.</summary>
[Name(RuleName)]
[Description("During probation, a review falls at each probation checkpoint after hire, announced with a lead time.")]
[Tag(CadenceRule.Pack)]
[Tag("reviews")]
public sealed class ProbationReviewDueRule : CadenceRule
{
    /// <summary>The rule's name.</summary>
    public const string RuleName = "cadence.probation-review-due";

    /// <inheritdoc/>
    public override void Define()
    {
        EvaluationDate today = null!;
        CadenceParameters parameters = null!;
        EmployeeFact employee = null!;

        When()
            .Match(() => today)
            .Match(() => parameters)
            .Match(() => employee, e => e.Status == EmploymentStatus.Probation, e => NextReview(e, parameters, today) != null);

        Then()
            .Yield(ctx => Make(ctx, today, employee, parameters));
    }

    /// <summary>Gets the probation review announced on a day: the first checkpoint due within the lead time, if any.</summary>
    internal static int? NextReview(EmployeeFact employee, CadenceParameters parameters, EvaluationDate today) =>
        parameters.ProbationReviewDays
            .Select(d => (int?)d)
            .FirstOrDefault(d => today.IsOnOrBefore(employee.HireDate.PlusDays(d!.Value)) && today.IsOnOrAfter(employee.HireDate.PlusDays(d.Value - parameters.ProbationReviewLeadDays)));

    private Decision Make(IContext context, EvaluationDate today, EmployeeFact employee, CadenceParameters parameters)
    {
        var day = NextReview(employee, parameters, today)!.Value;
        var due = employee.HireDate.PlusDays(day);
        return Decide(
            context,
            DecisionKind.ProbationReviewDue,
            employee.Id,
            null,
            due,
            false,
            $"The {day}-day probation review is due on {Day(due)}, {Days(day)} after the hire date {Day(employee.HireDate)}.",
            null,
            $"day {day}",
            Used("probationReviewDays", string.Join(",", parameters.ProbationReviewDays)),
            Used("probationReviewLeadDays", parameters.ProbationReviewLeadDays));
    }
}
