using NodaTime;
using NRules.Fluent.Dsl;
using NRules.RuleModel;
using PerfDomain.Policies.Decisions;
using PerfDomain.Policies.Facts;
using PerfDomain.Policies.Packs;

namespace PerfDomain.Policies.Tests.Evaluation;

/// <summary>
/// Custom rules that read <see cref="EvaluationDate.AsOf"/> itself rather than through its comparisons: one for each
/// employee (the answer read for the employee's fact), one about the date alone (read for no employee's fact). A
/// partition must still agree with a batch on every day. Internal, so that <c>PolicyPack.FromAssembly</c> skips them.
/// </summary>
internal static class DateReadingRules
{
    public static readonly DecisionKind OddDay = DecisionKind.Custom("custom.oddDay");

    public static readonly DecisionKind Monday = DecisionKind.Custom("custom.monday");

    public static PolicyPack Pack() => new("date-reading-pack", "0.0.1", "Rules that read the date directly.", [typeof(OddDayRule), typeof(MondayRule)]);

    /// <summary>A decision about an employee whose level plus the day of the month is odd, with a reason counting the days since hire.</summary>
    [Name("custom.odd-day")]
    internal sealed class OddDayRule : PolicyRule
    {
        public override string PackName => "date-reading-pack";

        public override string PackVersion => "0.0.1";

        public override void Define()
        {
            EvaluationDate today = null!;
            EmployeeFact employee = null!;

            When()
                .Match(() => today)
                .Match(() => employee, e => (today.AsOf.Day + e.Level) % 2 == 1);

            Then()
                .Yield(ctx => Make(ctx, today, employee));
        }

        private Decision Make(IContext context, EvaluationDate today, EmployeeFact employee) =>
            Decide(context, OddDay, employee.Id, null, null, false, $"Hired {Period.DaysBetween(employee.HireDate, today.AsOf)} days ago.", null, null);
    }

    /// <summary>A decision about every employee on Mondays: a condition on the date alone.</summary>
    [Name("custom.monday")]
    internal sealed class MondayRule : PolicyRule
    {
        public override string PackName => "date-reading-pack";

        public override string PackVersion => "0.0.1";

        public override void Define()
        {
            EvaluationDate today = null!;
            EmployeeFact employee = null!;

            When()
                .Match(() => today, t => t.AsOf.DayOfWeek == IsoDayOfWeek.Monday)
                .Match(() => employee);

            Then()
                .Yield(ctx => Decide(ctx, Monday, employee.Id, null, null, false, "It is Monday.", null, null));
        }
    }
}
