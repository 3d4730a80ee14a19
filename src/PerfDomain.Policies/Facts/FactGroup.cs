using PerfDomain.Cycles;
using PerfDomain.Employees;

namespace PerfDomain.Policies.Facts;

/// <summary>
/// A unit of re-projection: the facts that are computed together from the same aggregates, so that a change re-projects
/// only the groups it touches. Every projected fact belongs to exactly one group.
/// </summary>
/// <param name="Kind">What the group is about.</param>
/// <param name="EmployeeId">The employee (or manager) of an <see cref="FactGroupKind.Employee"/> or <see cref="FactGroupKind.Manager"/> group.</param>
/// <param name="CycleId">The cycle of a <see cref="FactGroupKind.GoalSet"/> group.</param>
internal readonly record struct FactGroup(FactGroupKind Kind, EmployeeId? EmployeeId = null, CycleId? CycleId = null)
{
    public static FactGroup Global { get; } = new(FactGroupKind.Global);

    public static FactGroup Employee(EmployeeId id) => new(FactGroupKind.Employee, id);

    public static FactGroup Manager(EmployeeId id) => new(FactGroupKind.Manager, id);

    public static FactGroup GoalSet(CycleId id) => new(FactGroupKind.GoalSet, CycleId: id);
}
