using NRules.Fluent.Dsl;
using PerfDomain.Policies.Facts;
using PerfDomain.Policies.Parameters;

namespace PerfDomain.Policies.Cadence;

/// <summary>Infers the check-in interval of a working employee on an improvement plan: weekly by default, counted from the plan's start at the earliest.</summary>
[Name(RuleName)]
[Description("During an improvement plan, check-ins come at the improvement-plan interval (or more often, if configured).")]
[Tag(CadenceRule.Pack)]
[Tag("check-ins")]
[Tag("inference")]
public sealed class ImprovementPlanCheckInIntervalRule : CadenceRule
{
    /// <summary>The rule's name.</summary>
    public const string RuleName = "cadence.check-in-interval-improvement-plan";

    /// <inheritdoc/>
    public override void Define()
    {
        EmployeeFact employee = null!;
        CadenceParameters parameters = null!;
        ImprovementPlanFact plan = null!;

        When()
            .Match(() => parameters)
            .Match(() => employee, e => e.ChecksIn)
            .Match(() => plan, p => p.EmployeeId == employee.Id);

        Then()
            .Yield(_ => CheckInIntervalRule.Infer(employee, parameters, plan));
    }
}
