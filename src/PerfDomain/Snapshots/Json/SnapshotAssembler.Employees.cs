using PerfDomain.Employees;

namespace PerfDomain.Snapshots.Json;

internal sealed partial class SnapshotAssembler
{
    // Employee.Hire takes the first entry of each history as plain arguments.
    private static readonly Dictionary<string, string> HireFields = new(StringComparer.Ordinal)
    {
        ["role"] = "roleHistory[0].role",
        ["level"] = "roleHistory[0].level",
        ["managerId"] = "reportingLines[0].managerId",
        ["orgUnitId"] = "orgUnitHistory[0].orgUnitId",
    };

    private static OrgUnit AssembleOrgUnit(OrgUnitDocument document, SnapshotPath path) =>
        new(Id<OrgUnitId>(document.Id, path.Field("id")), Text(document.Name, path.Field("name")), OptionalId<OrgUnitId>(document.ParentId, path.Field("parentId")));

    private static Employee AssembleEmployee(EmployeeDocument document, SnapshotPath path)
    {
        var id = Id<EmployeeId>(document.Id, path.Field("id"));
        var hireDate = Required(document.HireDate, path.Field("hireDate"));
        var statuses = RequiredList(document.StatusHistory, path.Field("statusHistory"));
        var roles = RequiredList(document.RoleHistory, path.Field("roleHistory"));
        var lines = RequiredList(document.ReportingLines, path.Field("reportingLines"));
        var units = RequiredList(document.OrgUnitHistory, path.Field("orgUnitHistory"));

        var firstStatus = Required(statuses[0].Status, path.Field("statusHistory")[0].Field("status"));
        if (firstStatus is not (EmploymentStatus.Probation or EmploymentStatus.Active))
        {
            throw path.Field("statusHistory")[0].Field("status").Error($"an employee is hired on probation or active, not {firstStatus}.");
        }

        RequireHireDay(statuses[0].EffectiveOn, hireDate, path.Field("statusHistory")[0].Field("effectiveOn"));
        RequireHireDay(roles[0].EffectiveOn, hireDate, path.Field("roleHistory")[0].Field("effectiveOn"));
        RequireHireDay(lines[0].EffectiveOn, hireDate, path.Field("reportingLines")[0].Field("effectiveOn"));
        RequireHireDay(units[0].EffectiveOn, hireDate, path.Field("orgUnitHistory")[0].Field("effectiveOn"));

        var name = Text(document.Name, path.Field("name"));
        var firstRole = Text(roles[0].Role, path.Field("roleHistory")[0].Field("role"));
        var firstLevel = Required(roles[0].Level, path.Field("roleHistory")[0].Field("level"));
        var orgUnit = Id<OrgUnitId>(units[0].OrgUnitId, path.Field("orgUnitHistory")[0].Field("orgUnitId"));
        var firstManager = OptionalId<EmployeeId>(lines[0].ManagerId, path.Field("reportingLines")[0].Field("managerId"));
        var employee = Guarded(path, () => Employee.Hire(id, name, hireDate, firstRole, firstLevel, orgUnit, firstManager, firstStatus == EmploymentStatus.Probation), HireFields);

        // The histories interleave in time (a role change, then a termination): replay them
        // merged in date order, so each change meets the state that held on its day. On one day,
        // role, reporting and unit changes come before a change of status.
        var changes = new List<(NodaTime.LocalDate On, int Order, SnapshotPath At, Action Apply)>();
        for (var i = 1; i < statuses.Count; i++)
        {
            var at = path.Field("statusHistory")[i];
            var status = Required(statuses[i].Status, at.Field("status"));
            var on = Required(statuses[i].EffectiveOn, at.Field("effectiveOn"));
            changes.Add((on, 2, at, () => ApplyStatus(employee, status, on, at)));
        }

        for (var i = 1; i < roles.Count; i++)
        {
            var at = path.Field("roleHistory")[i];
            var role = Text(roles[i].Role, at.Field("role"));
            var level = Required(roles[i].Level, at.Field("level"));
            var on = Required(roles[i].EffectiveOn, at.Field("effectiveOn"));
            changes.Add((on, 0, at, () => employee.ChangeRole(role, level, on)));
        }

        for (var i = 1; i < lines.Count; i++)
        {
            var at = path.Field("reportingLines")[i];
            var manager = OptionalId<EmployeeId>(lines[i].ManagerId, at.Field("managerId"));
            var on = Required(lines[i].EffectiveOn, at.Field("effectiveOn"));
            changes.Add((on, 1, at, () => employee.AssignManager(manager, on)));
        }

        for (var i = 1; i < units.Count; i++)
        {
            var at = path.Field("orgUnitHistory")[i];
            var unit = Id<OrgUnitId>(units[i].OrgUnitId, at.Field("orgUnitId"));
            var on = Required(units[i].EffectiveOn, at.Field("effectiveOn"));
            changes.Add((on, 1, at, () => employee.MoveToOrgUnit(unit, on)));
        }

        foreach (var change in changes.OrderBy(c => c.On).ThenBy(c => c.Order))
        {
            Guarded(change.At, change.Apply);
        }

        employee.ClearDomainEvents();
        return employee;
    }

    private static void ApplyStatus(Employee employee, EmploymentStatus status, NodaTime.LocalDate on, SnapshotPath at)
    {
        var before = employee.Status;
        switch (status)
        {
            case EmploymentStatus.Active when before == EmploymentStatus.Probation:
                employee.CompleteProbation(on);
                break;
            case EmploymentStatus.OnLeave:
                employee.StartLeave(on);
                break;
            case EmploymentStatus.Terminated:
                employee.Terminate(on);
                break;
            case EmploymentStatus.Probation or EmploymentStatus.Active when before == EmploymentStatus.OnLeave:
                employee.ReturnFromLeave(on);
                if (employee.Status != status)
                {
                    throw at.Field("status").Error($"a return from leave restores the status held before the leave ({employee.Status}), not {status}; record the change of status as its own entry.");
                }

                break;
            default:
                throw at.Field("status").Error($"an employee cannot move from {before} to {status}.");
        }
    }

    private static void RequireHireDay(NodaTime.LocalDate? date, NodaTime.LocalDate hireDate, SnapshotPath path)
    {
        var value = Required(date, path);
        if (value != hireDate)
        {
            throw path.Error($"the first entry takes effect on the hire date ({hireDate:uuuu-MM-dd}), not on {value:uuuu-MM-dd}.");
        }
    }
}
