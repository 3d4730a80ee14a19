using Ardalis.GuardClauses;
using NodaTime;
using PerfDomain.Employees.Events;

namespace PerfDomain.Employees;

/// <summary>
/// A person employed by the organisation: whom they report to, their role and level, their unit and
/// their employment status, each with the dates of its changes.
/// </summary>
/// <remarks>
/// Status, role and reporting-line changes are dated and kept, and come in date order: no change
/// may predate the latest change of any kind (<c>employee.change-order</c>), so that every history
/// can be read as of any day. Protected attributes (age, gender, ethnicity…) have no place here: policies
/// must not see them. Instances are not thread-safe; identity is <see cref="Id"/>.
/// </remarks>
public sealed class Employee : AggregateRoot
{
    private readonly List<EmploymentStatusChange> _statusHistory = [];
    private readonly List<RoleAssignment> _roleHistory = [];
    private readonly List<ReportingLine> _reportingLines = [];
    private readonly List<OrgUnitAssignment> _orgUnitHistory = [];

    private Employee(EmployeeId id, string name, LocalDate hireDate)
    {
        Id = id;
        Name = name;
        HireDate = hireDate;
    }

    /// <summary>Gets the employee's identifier.</summary>
    public EmployeeId Id { get; }

    /// <summary>Gets the employee's display name.</summary>
    public string Name { get; }

    /// <summary>Gets the first day of employment.</summary>
    public LocalDate HireDate { get; }

    /// <summary>Gets the unit the employee currently belongs to.</summary>
    public OrgUnitId OrgUnitId => _orgUnitHistory[^1].OrgUnitId;

    /// <summary>Gets the current manager, or <see langword="null"/> for the top of the organisation.</summary>
    public EmployeeId? ManagerId => _reportingLines[^1].ManagerId;

    /// <summary>Gets the current role's title.</summary>
    public string Role => _roleHistory[^1].Role;

    /// <summary>Gets the current job level.</summary>
    public int Level => _roleHistory[^1].Level;

    /// <summary>Gets the first day in the current role.</summary>
    public LocalDate RoleSince => _roleHistory[^1].EffectiveOn;

    /// <summary>Gets the current employment status.</summary>
    public EmploymentStatus Status => _statusHistory[^1].Status;

    /// <summary>Gets the day of the latest change of status, role, reporting line or unit (the hire date if none).</summary>
    public LocalDate LatestChangeOn
    {
        get
        {
            var latest = _statusHistory[^1].EffectiveOn;
            latest = _roleHistory[^1].EffectiveOn > latest ? _roleHistory[^1].EffectiveOn : latest;
            latest = _reportingLines[^1].EffectiveOn > latest ? _reportingLines[^1].EffectiveOn : latest;
            return _orgUnitHistory[^1].EffectiveOn > latest ? _orgUnitHistory[^1].EffectiveOn : latest;
        }
    }

    /// <summary>Gets every status the employee has had, oldest first; the first is the status on hire.</summary>
    public IReadOnlyList<EmploymentStatusChange> StatusHistory => _statusHistory;

    /// <summary>Gets every role the employee has held, oldest first; the first is the role on hire.</summary>
    public IReadOnlyList<RoleAssignment> RoleHistory => _roleHistory;

    /// <summary>Gets every reporting line the employee has had, oldest first; the first starts on the hire date.</summary>
    public IReadOnlyList<ReportingLine> ReportingLines => _reportingLines;

    /// <summary>Gets every unit the employee has belonged to, oldest first; the first is the unit on hire.</summary>
    public IReadOnlyList<OrgUnitAssignment> OrgUnitHistory => _orgUnitHistory;

    /// <summary>Hires an employee, on probation or directly active.</summary>
    /// <param name="id">The employee's identifier.</param>
    /// <param name="name">The display name.</param>
    /// <param name="hireDate">The first day of employment.</param>
    /// <param name="role">The role's title.</param>
    /// <param name="level">The job level, at least 1.</param>
    /// <param name="orgUnitId">The unit the employee joins.</param>
    /// <param name="managerId">The manager, or <see langword="null"/> for the top of the organisation.</param>
    /// <param name="onProbation">Whether the employee starts on probation.</param>
    /// <returns>The employee, with an <see cref="EmployeeHired"/> event recorded.</returns>
    /// <exception cref="ArgumentException">An argument is blank, out of range or the employee would manage themselves.</exception>
    public static Employee Hire(
        EmployeeId id,
        string name,
        LocalDate hireDate,
        string role,
        int level,
        OrgUnitId orgUnitId,
        EmployeeId? managerId,
        bool onProbation)
    {
        Guard.Against.DefaultId(id);
        Guard.Against.DefaultId(orgUnitId);
        Guard.Against.InvalidText(name, 200);
        Guard.Against.InvalidText(role, 200);
        Guard.Against.OutOfRange(level, 1, 100);
        Guard.Against.DefaultId(managerId);
        if (managerId == id)
        {
            throw new ArgumentException($"Employee '{id}' cannot be their own manager.", nameof(managerId));
        }

        var employee = new Employee(id, name, hireDate);
        employee._orgUnitHistory.Add(new OrgUnitAssignment(orgUnitId, hireDate));
        var status = onProbation ? EmploymentStatus.Probation : EmploymentStatus.Active;
        employee._statusHistory.Add(new EmploymentStatusChange(status, hireDate));
        employee._roleHistory.Add(new RoleAssignment(role, level, hireDate));
        employee._reportingLines.Add(new ReportingLine(managerId, hireDate));
        employee.Record(new EmployeeHired(id, hireDate, status));
        return employee;
    }

    /// <summary>Gets the status that held on a date, or <see langword="null"/> before the hire date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The status on that date.</returns>
    public EmploymentStatus? StatusOn(LocalDate date) => LatestOn(_statusHistory, c => c.EffectiveOn, date)?.Status;

    /// <summary>Gets the manager on a date (<see langword="null"/> before the hire date or at the top).</summary>
    /// <param name="date">The date.</param>
    /// <returns>The manager on that date.</returns>
    public EmployeeId? ManagerOn(LocalDate date) => LatestOn(_reportingLines, l => l.EffectiveOn, date)?.ManagerId;

    /// <summary>Gets the unit on a date, or <see langword="null"/> before the hire date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The unit on that date.</returns>
    public OrgUnitId? OrgUnitOn(LocalDate date) => LatestOn(_orgUnitHistory, u => u.EffectiveOn, date)?.OrgUnitId;

    /// <summary>Gets the role held on a date, or <see langword="null"/> before the hire date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The role on that date.</returns>
    public RoleAssignment? RoleOn(LocalDate date) => LatestOn(_roleHistory, r => r.EffectiveOn, date);

    /// <summary>Confirms an employee on probation in their role.</summary>
    /// <param name="on">The first day as an active employee.</param>
    /// <exception cref="DomainRuleViolationException">The employee is not on probation, or the date predates their latest change.</exception>
    public void CompleteProbation(LocalDate on)
    {
        RequireStatus(EmploymentStatus.Probation, "employee.probation-completion", "complete probation");
        ChangeStatus(EmploymentStatus.Active, on);
    }

    /// <summary>Starts a leave of absence.</summary>
    /// <param name="on">The first day of leave.</param>
    /// <exception cref="DomainRuleViolationException">The employee is on leave already or terminated, or the date predates their latest change.</exception>
    public void StartLeave(LocalDate on)
    {
        if (Status is EmploymentStatus.OnLeave or EmploymentStatus.Terminated)
        {
            throw new DomainRuleViolationException("employee.leave-start", $"Employee '{Id}' cannot start leave on {on:uuuu-MM-dd}: their status is {Status}.");
        }

        ChangeStatus(EmploymentStatus.OnLeave, on);
    }

    /// <summary>Ends a leave of absence, returning to the status held before it (probation or active).</summary>
    /// <param name="on">The first day back at work.</param>
    /// <exception cref="DomainRuleViolationException">The employee is not on leave, or the date predates their latest change.</exception>
    public void ReturnFromLeave(LocalDate on)
    {
        RequireStatus(EmploymentStatus.OnLeave, "employee.leave-return", "return from leave");
        ChangeStatus(_statusHistory[^2].Status, on);
    }

    /// <summary>Ends the employment.</summary>
    /// <param name="on">The first day no longer employed.</param>
    /// <exception cref="DomainRuleViolationException">The employee is terminated already, or the date predates their latest change.</exception>
    public void Terminate(LocalDate on)
    {
        if (Status == EmploymentStatus.Terminated)
        {
            throw new DomainRuleViolationException("employee.terminated", $"Employee '{Id}' is terminated already (since {_statusHistory[^1].EffectiveOn:uuuu-MM-dd}).");
        }

        ChangeStatus(EmploymentStatus.Terminated, on);
    }

    /// <summary>Moves the employee to a new role or level (a higher level is a promotion).</summary>
    /// <param name="role">The new role's title.</param>
    /// <param name="level">The new level, at least 1.</param>
    /// <param name="on">The first day in the new role.</param>
    /// <exception cref="DomainRuleViolationException">Nothing changes, the employee is terminated, or the date predates their latest change.</exception>
    public void ChangeRole(string role, int level, LocalDate on)
    {
        Guard.Against.InvalidText(role, 200);
        Guard.Against.OutOfRange(level, 1, 100);
        RequireEmployed("employee.role-change", "change role");
        var current = _roleHistory[^1];
        RequireInOrder(on, "role change");
        if (current.Role == role && current.Level == level)
        {
            throw new DomainRuleViolationException("employee.role-change", $"Employee '{Id}' already holds role '{role}' at level {level}.");
        }

        var next = new RoleAssignment(role, level, on);
        _roleHistory.Add(next);
        Record(new RoleChanged(Id, current, next, on));
    }

    /// <summary>Makes the employee report to another manager, or to nobody.</summary>
    /// <param name="managerId">The new manager, or <see langword="null"/>.</param>
    /// <param name="on">The first day of the new reporting line.</param>
    /// <exception cref="DomainRuleViolationException">The employee would manage themselves, already reports there, is terminated, or the date predates their latest change.</exception>
    public void AssignManager(EmployeeId? managerId, LocalDate on)
    {
        Guard.Against.DefaultId(managerId);
        if (managerId == Id)
        {
            throw new DomainRuleViolationException("employee.self-manager", $"Employee '{Id}' cannot be their own manager.");
        }

        RequireEmployed("employee.manager-change", "change manager");
        RequireInOrder(on, "manager change");
        if (ManagerId == managerId)
        {
            throw new DomainRuleViolationException("employee.manager-change", $"Employee '{Id}' already reports to '{managerId?.ToString() ?? "nobody"}'.");
        }

        _reportingLines.Add(new ReportingLine(managerId, on));
        Record(new ManagerAssigned(Id, managerId, on));
    }

    /// <summary>Moves the employee to another unit.</summary>
    /// <param name="orgUnitId">The new unit.</param>
    /// <param name="on">The first day in the new unit.</param>
    /// <exception cref="DomainRuleViolationException">The employee is in that unit already or terminated, or the date predates their latest change.</exception>
    public void MoveToOrgUnit(OrgUnitId orgUnitId, LocalDate on)
    {
        Guard.Against.DefaultId(orgUnitId);
        RequireEmployed("employee.unit-change", "change unit");
        RequireInOrder(on, "move to another unit");
        if (orgUnitId == OrgUnitId)
        {
            throw new DomainRuleViolationException("employee.unit-change", $"Employee '{Id}' is in unit '{orgUnitId}' already.");
        }

        _orgUnitHistory.Add(new OrgUnitAssignment(orgUnitId, on));
        Record(new OrgUnitChanged(Id, orgUnitId, on));
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Id} ({Name}, {Role}, {Status})";

    private static T? LatestOn<T>(List<T> history, Func<T, LocalDate> effectiveOn, LocalDate date)
        where T : class
    {
        for (var i = history.Count - 1; i >= 0; i--)
        {
            if (effectiveOn(history[i]) <= date)
            {
                return history[i];
            }
        }

        return null;
    }

    private void ChangeStatus(EmploymentStatus to, LocalDate on)
    {
        var current = _statusHistory[^1];
        RequireInOrder(on, $"change of status to {to}");
        _statusHistory.Add(new EmploymentStatusChange(to, on));
        Record(new EmploymentStatusChanged(Id, current.Status, to, on));
    }

    private void RequireStatus(EmploymentStatus expected, string rule, string action)
    {
        if (Status != expected)
        {
            throw new DomainRuleViolationException(rule, $"Employee '{Id}' cannot {action}: their status is {Status}, not {expected}.");
        }
    }

    private void RequireEmployed(string rule, string action)
    {
        if (Status == EmploymentStatus.Terminated)
        {
            throw new DomainRuleViolationException(rule, $"Employee '{Id}' cannot {action}: they are terminated.");
        }
    }

    private void RequireInOrder(LocalDate on, string what)
    {
        var latest = LatestChangeOn;
        if (on < latest)
        {
            throw new DomainRuleViolationException("employee.change-order", $"The {what} of employee '{Id}' on {on:uuuu-MM-dd} predates their latest change on {latest:uuuu-MM-dd}.");
        }
    }
}
