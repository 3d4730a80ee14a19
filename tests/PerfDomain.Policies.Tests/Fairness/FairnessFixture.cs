using NodaTime;
using PerfDomain.Employees;
using PerfDomain.Policies.Decisions;
using PerfDomain.Policies.Fairness;
using PerfDomain.Policies.Tests.TestSupport;
using PerfDomain.Snapshots;

namespace PerfDomain.Policies.Tests.Fairness;

/// <summary>Organisations of numbered employees (<c>e-1</c>…), labels for them, and decisions made about them directly.</summary>
internal static class FairnessFixture
{
    public static readonly LocalDate AsOf = new(2026, 12, 15);

    /// <summary>A fixed organisation of 40 employees, e-1 to e-40 (plus the CEO and the manager), for the property tests.</summary>
    public static readonly Lazy<OrganizationSnapshot> Forty = new(() => Organization(40));

    public static OrganizationSnapshot Organization(int employees)
    {
        var builder = new OrganizationBuilder();
        for (var i = 1; i <= employees; i++)
        {
            builder.Hire($"e-{i}");
        }

        return builder.Build(AsOf);
    }

    public static GroupLabels Labels(string attribute, IEnumerable<(int Employee, string Group)> groups) =>
        new(groups.ToDictionary(g => new EmployeeId($"e-{g.Employee}"), g => (IReadOnlyDictionary<string, string>)new Dictionary<string, string> { [attribute] = g.Group }));

    public static Decision Made(DecisionKind kind, int employee) =>
        new(kind, new EmployeeId($"e-{employee}"), null, null, false, new Explanation("test", "1.0.0", "test.rule", AsOf, [], new Dictionary<string, string>(), "For the test."));
}
