using Ardalis.GuardClauses;
using PerfDomain.Employees;

namespace PerfDomain.Goals;

/// <summary>The owner of an objective: the organisation, a unit, or one employee.</summary>
/// <remarks>An immutable value with structural equality.</remarks>
public sealed record GoalOwner
{
    private GoalOwner(GoalLevel level, OrgUnitId? orgUnitId, EmployeeId? employeeId)
    {
        Level = level;
        OrgUnitId = orgUnitId;
        EmployeeId = employeeId;
    }

    /// <summary>Gets the owner of organisation-wide objectives.</summary>
    public static GoalOwner Organization { get; } = new(GoalLevel.Organization, null, null);

    /// <summary>Gets the level the owner sits at.</summary>
    public GoalLevel Level { get; }

    /// <summary>Gets the unit, for a team owner.</summary>
    public OrgUnitId? OrgUnitId { get; }

    /// <summary>Gets the employee, for an individual owner.</summary>
    public EmployeeId? EmployeeId { get; }

    /// <summary>Creates the owner of a unit's objectives.</summary>
    /// <param name="orgUnitId">The unit.</param>
    /// <returns>The owner.</returns>
    public static GoalOwner Team(OrgUnitId orgUnitId) => new(GoalLevel.Team, Guard.Against.DefaultId(orgUnitId), null);

    /// <summary>Creates the owner of one employee's objectives.</summary>
    /// <param name="employeeId">The employee.</param>
    /// <returns>The owner.</returns>
    public static GoalOwner Individual(EmployeeId employeeId) => new(GoalLevel.Individual, null, Guard.Against.DefaultId(employeeId));

    /// <inheritdoc/>
    public override string ToString() => Level switch
    {
        GoalLevel.Team => $"team {OrgUnitId}",
        GoalLevel.Individual => $"employee {EmployeeId}",
        _ => "organisation",
    };
}
