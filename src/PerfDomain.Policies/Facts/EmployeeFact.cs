using NodaTime;
using NRules.RuleModel;
using PerfDomain.Employees;
using PerfDomain.Policies.Decisions;

namespace PerfDomain.Policies.Facts;

/// <summary>An employee as they stood on the as-of date, with the dates policy rules count from.</summary>
/// <param name="Id">The employee.</param>
/// <param name="ManagerId">Their manager on the as-of date.</param>
/// <param name="SkipLevelManagerId">Their manager's manager on the as-of date.</param>
/// <param name="OrgUnitId">Their unit.</param>
/// <param name="Status">Their status on the as-of date.</param>
/// <param name="HireDate">Their first day.</param>
/// <param name="RoleSince">The first day in their role on the as-of date.</param>
/// <param name="Level">Their level on the as-of date.</param>
/// <param name="RoleChangedOn">The day of their latest role change on or before the as-of date, if any since hire.</param>
/// <param name="LastCheckInOn">Their latest check-in on or before the as-of date.</param>
/// <param name="LastDownwardFeedbackOn">The latest downward feedback about them on or before the as-of date.</param>
/// <param name="LeaveStartedOn">When their current leave started, if on leave on the as-of date.</param>
/// <param name="LastLeaveEndedOn">When their latest completed leave ended (the day back), if any.</param>
/// <param name="LastLeaveDays">How many days that leave lasted.</param>
/// <remarks>Identity is <see cref="Id"/>: an updated fact for the same employee replaces the old one.</remarks>
public sealed record EmployeeFact(
    EmployeeId Id,
    EmployeeId? ManagerId,
    EmployeeId? SkipLevelManagerId,
    OrgUnitId OrgUnitId,
    EmploymentStatus Status,
    LocalDate HireDate,
    LocalDate RoleSince,
    int Level,
    LocalDate? RoleChangedOn,
    LocalDate? LastCheckInOn,
    LocalDate? LastDownwardFeedbackOn,
    LocalDate? LeaveStartedOn,
    LocalDate? LastLeaveEndedOn,
    int? LastLeaveDays) : IExplainableFact, IIdentityProvider
{
    /// <summary>
    /// Gets the day check-in cadence counts from: the last check-in, else the later of the hire date
    /// and the start of the cycle under way.
    /// </summary>
    public LocalDate CheckInCountingFrom { get; init; } = HireDate;

    /// <summary>Gets how many days of leave since <see cref="CheckInCountingFrom"/> pause the cadence.</summary>
    public int CheckInPausedDays { get; init; }

    /// <summary>
    /// Gets the day their current manager became their manager, when that was a change of manager (not their first
    /// manager since hire); <see langword="null"/> otherwise.
    /// </summary>
    public LocalDate? ManagerChangedOn { get; init; }

    /// <summary>Gets whether the employee works (on probation or active): not on leave, not terminated.</summary>
    public bool IsWorking => Status is EmploymentStatus.Probation or EmploymentStatus.Active;

    /// <summary>Gets whether the employee works and has a manager to check in with.</summary>
    public bool ChecksIn => IsWorking && ManagerId is not null;

    /// <inheritdoc/>
    public object GetIdentity() => Id;

    /// <inheritdoc/>
    public FactReference Describe() => new("Employee", Id.Value, FactFormat.Values(
        ("status", Status),
        ("hireDate", HireDate),
        ("roleSince", RoleSince),
        ("level", Level),
        ("managerId", ManagerId?.Value),
        ("skipLevelManagerId", SkipLevelManagerId?.Value),
        ("lastCheckInOn", LastCheckInOn),
        ("checkInCountingFrom", CheckInCountingFrom),
        ("checkInPausedDays", CheckInPausedDays),
        ("lastDownwardFeedbackOn", LastDownwardFeedbackOn),
        ("lastLeaveEndedOn", LastLeaveEndedOn),
        ("lastLeaveDays", LastLeaveDays)));

    /// <summary>Describes the fact as its type, id and the values rules look at.</summary>
    /// <returns>For example <c>Employee e-040 (status=Active, …)</c>.</returns>
    public override string ToString() => Describe().ToString();
}
