using NRules;
using NRules.Fluent;
using NRules.Fluent.Dsl;

namespace PerfDomain.Rules.Tests.Fixtures;

/// <summary>The sample at the top of docs/rules-engine.md, compiled and run.</summary>
public class DocumentationSampleTests
{
    [Fact]
    public void ImprovementPlanSample_YieldsOnePlanPerEmployeeWithTwoLowRatings()
    {
        var repository = new RuleRepository();
        repository.Load(x => x.From(s => s.Type(typeof(ImprovementPlanRule)).NestedTypes()).Where(r => r.IsTagged("hr")));
        ISessionFactory factory = new RuleCompiler().Compile(repository.GetRuleSets());
        ISession session = factory.CreateSession();
        var employees = new[] { new SampleEmployee(1, true), new SampleEmployee(2, true), new SampleEmployee(3, false) };
        var ratings = new[] { new SampleRating(1, 1), new SampleRating(1, 2), new SampleRating(2, 1), new SampleRating(2, 5), new SampleRating(3, 1), new SampleRating(3, 1) };
        session.InsertAll(employees);
        session.InsertAll(ratings);

        Assert.Equal(1, session.Fire());
        Assert.Equal(1, Assert.Single(session.Query<ImprovementPlan>()).EmployeeId);
        session.Retract(ratings[0]);
        Assert.Empty(session.Query<ImprovementPlan>());
    }

    public sealed record SampleEmployee(int Id, bool IsActive);

    public sealed class SampleRating(int employeeId, int score)
    {
        public int EmployeeId { get; } = employeeId;

        public int Score { get; } = score;
    }

    public sealed record ImprovementPlan(int EmployeeId);

    [Name("Improvement plan")]
    [Priority(10)]
    [Tag("hr")]
    public class ImprovementPlanRule : Rule
    {
        public override void Define()
        {
            SampleEmployee employee = null!;
            IEnumerable<SampleRating> lows = null!;

            When()
                .Match(() => employee, e => e.IsActive)
                .Query(() => lows, q => q
                    .Match<SampleRating>(r => r.EmployeeId == employee.Id, r => r.Score <= 2)
                    .Collect()
                    .Where(c => c.Count() >= 2));

            Then()
                .Yield(_ => new ImprovementPlan(employee.Id));
        }
    }
}
