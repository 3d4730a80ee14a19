using NRules.Fluent.Dsl;
using PerfDomain.Rules.Tests.Support;

namespace PerfDomain.Rules.Tests.Fixtures;

public class FactIdentityTests
{
    [Fact]
    public void Insert_SameReferenceTwice_Throws()
    {
        var harness = new RuleHarness(typeof(AnyEmployeeRule));
        var ann = new Customer("Ann");
        harness.Session.Insert(ann);

        // A plain ArgumentException, as NRules throws; the message says which fact and why.
        var error = Assert.Throws<ArgumentException>(() => harness.Session.Insert(ann));
        Assert.Contains("Customer 'Customer(Ann)'", error.Message, StringComparison.Ordinal);
        Assert.Contains("already in the session", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Insert_SameDeclaredIdentity_Throws()
    {
        var harness = new RuleHarness(typeof(AnyEmployeeRule));
        harness.Session.Insert(new Employee(1, "Ann"));

        Assert.Throws<ArgumentException>(() => harness.Session.Insert(new Employee(1, "Other")));
    }

    [Fact]
    public void TryInsert_EqualValue_IsTheSameFact()
    {
        var harness = new RuleHarness(typeof(AnyEmployeeRule));
        harness.Session.Insert(new Tag("x"));

        Assert.False(harness.Session.TryInsert(new Tag("x")));
        Assert.True(harness.Session.TryInsert(new Tag("y")));
    }

    [Fact]
    public void InsertAll_OneDuplicate_InsertsNone()
    {
        var harness = new RuleHarness(typeof(AnyEmployeeRule));
        harness.Session.Insert(new Employee(1, "Ann"));

        Assert.Throws<ArgumentException>(() => harness.Session.InsertAll([new Employee(2, "Bob"), new Employee(1, "Ann")]));
        Assert.Single(harness.Session.Query<Employee>());
    }

    [Fact]
    public void InsertAll_SameFactTwiceInOneCall_ThrowsAndInsertsNothing()
    {
        var harness = new RuleHarness(typeof(AnyEmployeeRule));
        var ann = new Employee(1, "Ann");

        // Documented difference: NRules stores the first copy before it notices the second.
        Assert.Throws<ArgumentException>(() => harness.Session.InsertAll([ann, ann]));
        Assert.Empty(harness.Session.Query<Employee>());
        Assert.True(harness.Session.TryInsert(ann));
    }

    [Fact]
    public void UpdateRetract_MissingFact_ThrowsAndTryReturnsFalse()
    {
        var harness = new RuleHarness(typeof(AnyEmployeeRule));
        var ghost = new Employee(9, "Ghost");

        Assert.StartsWith("Cannot update", Assert.Throws<ArgumentException>(() => harness.Session.Update(ghost)).Message, StringComparison.Ordinal);
        Assert.StartsWith("Cannot retract", Assert.Throws<ArgumentException>(() => harness.Session.Retract(ghost)).Message, StringComparison.Ordinal);
        Assert.False(harness.Session.TryUpdate(ghost));
        Assert.False(harness.Session.TryRetract(ghost));
    }

    [Fact]
    public void Update_NewObjectWithSameIdentity_ReplacesStoredFact()
    {
        var harness = new RuleHarness(typeof(AnyEmployeeRule));
        harness.Session.Insert(new Employee(1, "Ann"));
        harness.Session.Fire();
        var replacement = new Employee(1, "Annie");
        harness.Session.Update(replacement);
        harness.Session.Fire();

        Assert.Same(replacement, Assert.Single(harness.Session.Query<Employee>()));
        Assert.Same(replacement, harness.Fired[^1].Facts[0].Value);
    }

    [Fact]
    public void Retract_ByEqualIdentity_Removes()
    {
        var harness = new RuleHarness(typeof(AnyEmployeeRule));
        harness.Session.Insert(new Employee(1, "Ann"));
        harness.Session.Retract(new Employee(1, "whatever"));

        Assert.Empty(harness.Session.Query<Employee>());
        Assert.Equal(0, harness.Session.Fire());
    }

    public class AnyEmployeeRule : Rule
    {
        public override void Define()
        {
            Employee employee = null!;
            When().Match(() => employee);
            Then().Do(_ => employee.ToString());
        }
    }
}
