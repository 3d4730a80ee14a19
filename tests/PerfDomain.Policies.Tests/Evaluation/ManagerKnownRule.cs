using NRules.Fluent.Dsl;
using NRules.RuleModel;
using PerfDomain.Policies.Decisions;
using PerfDomain.Policies.Facts;
using PerfDomain.Policies.Packs;

namespace PerfDomain.Policies.Tests.Evaluation;

/// <summary>
/// A custom rule that joins across employees: a decision about every employee whose manager is also in the session. Cut
/// into slices of one employee, it would find no manager, so its pack must keep the batch whole. Internal, so that
/// <c>PolicyPack.FromAssembly</c> over this assembly does not pick it up.
/// </summary>
[Name(RuleName)]
internal sealed class ManagerKnownRule : PolicyRule
{
    public const string RuleName = "custom.manager-known";

    public static readonly DecisionKind Kind = DecisionKind.Custom("custom.managerKnown");

    public override string PackName => "cross-employee-pack";

    public override string PackVersion => "0.0.1";

    public override void Define()
    {
        EvaluationDate today = null!;
        EmployeeFact employee = null!;
        EmployeeFact manager = null!;

        When()
            .Match(() => today)
            .Match(() => employee)
            .Match(() => manager, m => m.Id == employee.ManagerId);

        Then()
            .Yield(ctx => Make(ctx, employee, manager));
    }

    private Decision Make(IContext context, EmployeeFact employee, EmployeeFact manager) =>
        Decide(context, Kind, employee.Id, null, null, false, $"Managed by {manager.Id.Value}.", null, null);
}
