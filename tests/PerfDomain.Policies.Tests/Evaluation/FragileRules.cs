using NRules.Fluent.Dsl;
using NRules.RuleModel;
using PerfDomain.Policies.Decisions;
using PerfDomain.Policies.Facts;
using PerfDomain.Policies.Packs;

namespace PerfDomain.Policies.Tests.Evaluation;

/// <summary>
/// Custom rules with bugs that show only on some data, as a host's own rules might have: one whose condition throws for
/// an employee at level 13, one whose action throws on the 13th of a month. Internal, so that
/// <c>PolicyPack.FromAssembly</c> over this assembly does not pick them up.
/// </summary>
internal static class Fragile
{
    public const string PackName = "fragile-pack";

    public const string PackVersion = "1.0.0";

    public const int UnluckyLevel = 13;

    public static readonly DecisionKind Kind = DecisionKind.Custom("custom.senior");

    /// <summary>A pack of the given fragile rules, which keep to one employee (so a large batch is cut into slices).</summary>
    public static PolicyPack Pack(params Type[] rules) => new(PackName, PackVersion, "Rules that throw on unlucky data.", rules, joinsAcrossEmployees: false);

    public static bool IsSenior(EmployeeFact employee) =>
        employee.Level == UnluckyLevel ? throw new InvalidOperationException($"Level {employee.Level} is unlucky.") : employee.Level >= 11;
}

/// <summary>Decides about every employee at level 11 or above; its condition throws for level 13.</summary>
[Name(RuleName)]
internal sealed class FragileConditionRule : PolicyRule
{
    public const string RuleName = "custom.fragile-condition";

    public override string PackName => Fragile.PackName;

    public override string PackVersion => Fragile.PackVersion;

    public override void Define()
    {
        EvaluationDate today = null!;
        EmployeeFact employee = null!;

        When()
            .Match(() => today)
            .Match(() => employee, e => Fragile.IsSenior(e));

        Then()
            .Yield(ctx => Make(ctx, employee));
    }

    private Decision Make(IContext context, EmployeeFact employee) =>
        Decide(context, Fragile.Kind, employee.Id, null, null, false, "Senior.", null, "condition");
}

/// <summary>Decides about every employee at level 11 or above; its action throws on the 13th of a month.</summary>
[Name(RuleName)]
internal sealed class FragileActionRule : PolicyRule
{
    public const string RuleName = "custom.fragile-action";

    public override string PackName => Fragile.PackName;

    public override string PackVersion => Fragile.PackVersion;

    public override void Define()
    {
        EvaluationDate today = null!;
        EmployeeFact employee = null!;

        When()
            .Match(() => today)
            .Match(() => employee, e => e.Level >= 11);

        Then()
            .Yield(ctx => Make(ctx, today, employee));
    }

    private Decision Make(IContext context, EvaluationDate today, EmployeeFact employee) =>
        today.AsOf.Day == 13
            ? throw new InvalidOperationException("It is the 13th.")
            : Decide(context, Fragile.Kind, employee.Id, null, null, false, "Senior.", null, "action");
}
