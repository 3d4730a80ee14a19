using NodaTime;
using PerfDomain.Employees;
using PerfDomain.Employees.Events;
using static PerfDomain.Tests.TestSupport.TestData;
using DomainAssert = PerfDomain.Tests.TestSupport.DomainAssert;

namespace PerfDomain.Tests.Employees;

public sealed class EmployeeTests
{
    private static readonly LocalDate HireDay = D(2025, 3, 1);

    private static Employee Hire(bool onProbation = false, EmployeeId? manager = null) =>
        Employee.Hire(Alice, "Alice Martin", HireDay, "Engineer", 3, Engineering, manager ?? Bob, onProbation);

    [Fact]
    public void Hire_OnProbation_StartsOnProbationWithHistoriesFromHireDate()
    {
        var e = Hire(onProbation: true);

        Assert.Equal(Alice, e.Id);
        Assert.Equal("Alice Martin", e.Name);
        Assert.Equal(HireDay, e.HireDate);
        Assert.Equal(Engineering, e.OrgUnitId);
        Assert.Equal(Bob, e.ManagerId);
        Assert.Equal("Engineer", e.Role);
        Assert.Equal(3, e.Level);
        Assert.Equal(HireDay, e.RoleSince);
        Assert.Equal(EmploymentStatus.Probation, e.Status);
        Assert.Equal([new EmploymentStatusChange(EmploymentStatus.Probation, HireDay)], e.StatusHistory);
        Assert.Equal([new RoleAssignment("Engineer", 3, HireDay)], e.RoleHistory);
        Assert.Equal([new ReportingLine(Bob, HireDay)], e.ReportingLines);
        Assert.Equal(new EmployeeHired(Alice, HireDay, EmploymentStatus.Probation), DomainAssert.SingleEvent<EmployeeHired>(e));
    }

    [Fact]
    public void Hire_NotOnProbation_StartsActive()
    {
        var e = Hire(onProbation: false);

        Assert.Equal(EmploymentStatus.Active, e.Status);
        Assert.Equal(EmploymentStatus.Active, DomainAssert.SingleEvent<EmployeeHired>(e).Status);
    }

    [Fact]
    public void Hire_WithoutManager_IsTopOfOrganisation()
    {
        var e = Employee.Hire(Alice, "Alice", HireDay, "CEO", 10, Engineering, null, false);

        Assert.Null(e.ManagerId);
    }

    [Fact]
    public void Hire_OwnManager_ThrowsArgumentException()
    {
        DomainAssert.Argument<ArgumentException>("managerId", () => Employee.Hire(Alice, "Alice", HireDay, "Engineer", 3, Engineering, Alice, false), "'e-alice'", "own manager");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(100)]
    public void Hire_LevelAtBounds_IsAccepted(int level)
    {
        Assert.Equal(level, Employee.Hire(Alice, "Alice", HireDay, "Engineer", level, Engineering, null, false).Level);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(101)]
    public void Hire_LevelOutOfRange_ThrowsArgumentOutOfRange(int level)
    {
        DomainAssert.Argument<ArgumentOutOfRangeException>("level", () => Employee.Hire(Alice, "Alice", HireDay, "Engineer", level, Engineering, null, false));
    }

    [Fact]
    public void Hire_DefaultId_ThrowsNamingTheIdType()
    {
        DomainAssert.Argument<ArgumentException>("id", () => Employee.Hire(default, "Alice", HireDay, "Engineer", 3, Engineering, null, false), "EmployeeId", "must be set");
    }

    [Fact]
    public void Hire_DefaultOrgUnit_ThrowsNamingTheIdType()
    {
        DomainAssert.Argument<ArgumentException>("orgUnitId", () => Employee.Hire(Alice, "Alice", HireDay, "Engineer", 3, default, null, false), "OrgUnitId");
    }

    [Fact]
    public void Hire_BlankName_Throws()
    {
        DomainAssert.Argument<ArgumentException>("name", () => Employee.Hire(Alice, " ", HireDay, "Engineer", 3, Engineering, null, false));
    }

    [Fact]
    public void Hire_NameOf200_IsAcceptedAnd201_Throws()
    {
        Assert.Equal(200, Employee.Hire(Alice, new string('n', 200), HireDay, "Engineer", 3, Engineering, null, false).Name.Length);
        DomainAssert.Argument<ArgumentException>("name", () => Employee.Hire(Alice, new string('n', 201), HireDay, "Engineer", 3, Engineering, null, false), "200", "201");
    }

    [Fact]
    public void Hire_BlankRole_Throws()
    {
        DomainAssert.Argument<ArgumentException>("role", () => Employee.Hire(Alice, "Alice", HireDay, "", 3, Engineering, null, false));
    }

    [Fact]
    public void CompleteProbation_OnProbation_BecomesActiveAndRecordsChange()
    {
        var e = Hire(onProbation: true);
        e.ClearDomainEvents();

        e.CompleteProbation(HireDay.PlusDays(90));

        Assert.Equal(EmploymentStatus.Active, e.Status);
        Assert.Equal(new EmploymentStatusChange(EmploymentStatus.Active, HireDay.PlusDays(90)), e.StatusHistory[^1]);
        Assert.Equal(new EmploymentStatusChanged(Alice, EmploymentStatus.Probation, EmploymentStatus.Active, HireDay.PlusDays(90)), DomainAssert.SingleEvent<EmploymentStatusChanged>(e));
    }

    [Fact]
    public void CompleteProbation_OnHireDay_IsAccepted()
    {
        var e = Hire(onProbation: true);

        e.CompleteProbation(HireDay);

        Assert.Equal(EmploymentStatus.Active, e.Status);
    }

    [Fact]
    public void CompleteProbation_WhenActive_ThrowsNamingStatuses()
    {
        var e = Hire(onProbation: false);

        DomainAssert.Violates("employee.probation-completion", () => e.CompleteProbation(HireDay.PlusDays(1)), "'e-alice'", "Active", "Probation");
        Assert.Single(e.StatusHistory);
    }

    [Fact]
    public void CompleteProbation_BeforeHireDate_ThrowsChangeOrderNamingDates()
    {
        var e = Hire(onProbation: true);

        DomainAssert.Violates("employee.change-order", () => e.CompleteProbation(HireDay.PlusDays(-1)), "'e-alice'", "2025-02-28", "2025-03-01");
        Assert.Equal(EmploymentStatus.Probation, e.Status);
    }

    [Fact]
    public void StartLeave_WhenActive_GoesOnLeave()
    {
        var e = Hire();
        e.ClearDomainEvents();

        e.StartLeave(D(2025, 6, 1));

        Assert.Equal(EmploymentStatus.OnLeave, e.Status);
        Assert.Equal(new EmploymentStatusChanged(Alice, EmploymentStatus.Active, EmploymentStatus.OnLeave, D(2025, 6, 1)), DomainAssert.SingleEvent<EmploymentStatusChanged>(e));
    }

    [Fact]
    public void StartLeave_WhenOnLeave_Throws()
    {
        var e = Hire();
        e.StartLeave(D(2025, 6, 1));

        DomainAssert.Violates("employee.leave-start", () => e.StartLeave(D(2025, 7, 1)), "'e-alice'", "2025-07-01", "OnLeave");
    }

    [Fact]
    public void StartLeave_WhenTerminated_Throws()
    {
        var e = Hire();
        e.Terminate(D(2025, 6, 1));

        DomainAssert.Violates("employee.leave-start", () => e.StartLeave(D(2025, 7, 1)), "Terminated");
    }

    [Fact]
    public void StartLeave_BeforeLatestChange_ThrowsChangeOrder()
    {
        var e = Hire(onProbation: true);
        e.CompleteProbation(D(2025, 6, 1));

        DomainAssert.Violates("employee.change-order", () => e.StartLeave(D(2025, 5, 31)), "2025-05-31", "2025-06-01");
    }

    [Fact]
    public void ReturnFromLeave_FromProbation_ReturnsToProbation()
    {
        var e = Hire(onProbation: true);
        e.StartLeave(D(2025, 4, 1));
        e.ClearDomainEvents();

        e.ReturnFromLeave(D(2025, 5, 1));

        Assert.Equal(EmploymentStatus.Probation, e.Status);
        Assert.Equal(new EmploymentStatusChanged(Alice, EmploymentStatus.OnLeave, EmploymentStatus.Probation, D(2025, 5, 1)), DomainAssert.SingleEvent<EmploymentStatusChanged>(e));
    }

    [Fact]
    public void ReturnFromLeave_FromActive_ReturnsToActive()
    {
        var e = Hire();
        e.StartLeave(D(2025, 4, 1));

        e.ReturnFromLeave(D(2025, 4, 1));

        Assert.Equal(EmploymentStatus.Active, e.Status);
    }

    [Fact]
    public void ReturnFromLeave_WhenNotOnLeave_Throws()
    {
        var e = Hire();

        DomainAssert.Violates("employee.leave-return", () => e.ReturnFromLeave(D(2025, 4, 1)), "'e-alice'", "Active", "OnLeave");
    }

    [Fact]
    public void ReturnFromLeave_BeforeLeaveStarted_ThrowsChangeOrder()
    {
        var e = Hire();
        e.StartLeave(D(2025, 4, 10));

        DomainAssert.Violates("employee.change-order", () => e.ReturnFromLeave(D(2025, 4, 9)), "2025-04-09", "2025-04-10");
        Assert.Equal(EmploymentStatus.OnLeave, e.Status);
    }

    [Fact]
    public void Terminate_WhenOnLeave_Terminates()
    {
        var e = Hire();
        e.StartLeave(D(2025, 4, 10));
        e.ClearDomainEvents();

        e.Terminate(D(2025, 8, 1));

        Assert.Equal(EmploymentStatus.Terminated, e.Status);
        Assert.Equal(EmploymentStatus.OnLeave, DomainAssert.SingleEvent<EmploymentStatusChanged>(e).From);
    }

    [Fact]
    public void Terminate_Twice_ThrowsNamingTerminationDate()
    {
        var e = Hire();
        e.Terminate(D(2025, 8, 1));

        DomainAssert.Violates("employee.terminated", () => e.Terminate(D(2025, 9, 1)), "'e-alice'", "2025-08-01");
    }

    [Fact]
    public void Terminate_BeforeHireDate_ThrowsChangeOrder()
    {
        var e = Hire();

        DomainAssert.Violates("employee.change-order", () => e.Terminate(HireDay.PlusDays(-1)), "Terminated");
    }

    [Fact]
    public void ChangeRole_Promotion_RecordsRoleChanged()
    {
        var e = Hire();
        e.ClearDomainEvents();

        e.ChangeRole("Senior Engineer", 4, D(2026, 1, 1));

        Assert.Equal("Senior Engineer", e.Role);
        Assert.Equal(4, e.Level);
        Assert.Equal(D(2026, 1, 1), e.RoleSince);
        Assert.Equal(2, e.RoleHistory.Count);
        var changed = DomainAssert.SingleEvent<RoleChanged>(e);
        Assert.Equal(new RoleAssignment("Engineer", 3, HireDay), changed.From);
        Assert.Equal(new RoleAssignment("Senior Engineer", 4, D(2026, 1, 1)), changed.To);
        Assert.Equal(D(2026, 1, 1), changed.OccurredOn);
    }

    [Fact]
    public void ChangeRole_SameRoleOtherLevel_IsAccepted()
    {
        var e = Hire();

        e.ChangeRole("Engineer", 4, HireDay);

        Assert.Equal(4, e.Level);
    }

    [Fact]
    public void ChangeRole_NothingChanges_ThrowsNamingRoleAndLevel()
    {
        var e = Hire();

        DomainAssert.Violates("employee.role-change", () => e.ChangeRole("Engineer", 3, D(2026, 1, 1)), "'Engineer'", "level 3");
    }

    [Fact]
    public void ChangeRole_BeforeCurrentRole_ThrowsNamingDates()
    {
        var e = Hire();
        e.ChangeRole("Senior Engineer", 4, D(2026, 1, 1));

        DomainAssert.Violates("employee.change-order", () => e.ChangeRole("Staff Engineer", 5, D(2025, 12, 31)), "role change", "2025-12-31", "2026-01-01");
    }

    [Fact]
    public void ChangeRole_WhenTerminated_Throws()
    {
        var e = Hire();
        e.Terminate(D(2025, 8, 1));

        DomainAssert.Violates("employee.role-change", () => e.ChangeRole("Senior Engineer", 4, D(2025, 9, 1)), "'e-alice'", "terminated");
    }

    [Fact]
    public void ChangeRole_LevelZero_ThrowsArgumentOutOfRange()
    {
        var e = Hire();

        DomainAssert.Argument<ArgumentOutOfRangeException>("level", () => e.ChangeRole("Senior Engineer", 0, D(2026, 1, 1)));
    }

    [Fact]
    public void AssignManager_NewManager_RecordsManagerAssigned()
    {
        var e = Hire();
        e.ClearDomainEvents();

        e.AssignManager(Carol, D(2025, 9, 1));

        Assert.Equal(Carol, e.ManagerId);
        Assert.Equal(new ReportingLine(Carol, D(2025, 9, 1)), e.ReportingLines[^1]);
        Assert.Equal(new ManagerAssigned(Alice, Carol, D(2025, 9, 1)), DomainAssert.SingleEvent<ManagerAssigned>(e));
    }

    [Fact]
    public void AssignManager_Nobody_MakesTopOfOrganisation()
    {
        var e = Hire();

        e.AssignManager(null, D(2025, 9, 1));

        Assert.Null(e.ManagerId);
        Assert.Null(DomainAssert.LastEvent<ManagerAssigned>(e).ManagerId);
    }

    [Fact]
    public void AssignManager_Self_Throws()
    {
        var e = Hire();

        DomainAssert.Violates("employee.self-manager", () => e.AssignManager(Alice, D(2025, 9, 1)), "'e-alice'");
    }

    [Fact]
    public void AssignManager_SameManager_Throws()
    {
        var e = Hire();

        DomainAssert.Violates("employee.manager-change", () => e.AssignManager(Bob, D(2025, 9, 1)), "'e-alice'", "'e-bob'");
    }

    [Fact]
    public void AssignManager_NobodyWhenAtTop_ThrowsNamingNobody()
    {
        var e = Employee.Hire(Alice, "Alice", HireDay, "CEO", 10, Engineering, null, false);

        DomainAssert.Violates("employee.manager-change", () => e.AssignManager(null, D(2025, 9, 1)), "'nobody'");
    }

    [Fact]
    public void AssignManager_BeforeCurrentLine_Throws()
    {
        var e = Hire();

        DomainAssert.Violates("employee.change-order", () => e.AssignManager(Carol, HireDay.PlusDays(-1)), "manager change", "2025-02-28", "2025-03-01");
    }

    [Fact]
    public void AssignManager_WhenTerminated_Throws()
    {
        var e = Hire();
        e.Terminate(D(2025, 8, 1));

        DomainAssert.Violates("employee.manager-change", () => e.AssignManager(Carol, D(2025, 9, 1)), "terminated");
    }

    [Fact]
    public void ChangeRole_BeforeLatestStatusChange_ThrowsChangeOrder()
    {
        var e = Hire(onProbation: true);
        e.CompleteProbation(D(2025, 6, 1));

        DomainAssert.Violates("employee.change-order", () => e.ChangeRole("Senior Engineer", 4, D(2025, 5, 31)), "'e-alice'", "2025-05-31", "2025-06-01");
        Assert.Single(e.RoleHistory);
    }

    [Fact]
    public void StartLeave_BeforeLatestManagerChange_ThrowsChangeOrder()
    {
        var e = Hire();
        e.AssignManager(Carol, D(2025, 9, 1));

        DomainAssert.Violates("employee.change-order", () => e.StartLeave(D(2025, 8, 31)), "2025-08-31", "2025-09-01");
        Assert.Equal(EmploymentStatus.Active, e.Status);
    }

    [Fact]
    public void AssignManager_OnDayOfLatestRoleChange_IsAccepted()
    {
        var e = Hire();
        e.ChangeRole("Senior Engineer", 4, D(2025, 9, 1));

        e.AssignManager(Carol, D(2025, 9, 1));

        Assert.Equal(Carol, e.ManagerId);
    }

    [Fact]
    public void LatestChangeOn_IsLatestOfStatusRoleAndReportingLine()
    {
        var e = Hire(onProbation: true);
        Assert.Equal(HireDay, e.LatestChangeOn);

        e.ChangeRole("Senior Engineer", 4, D(2025, 5, 1));
        Assert.Equal(D(2025, 5, 1), e.LatestChangeOn);

        e.AssignManager(Carol, D(2025, 7, 1));
        Assert.Equal(D(2025, 7, 1), e.LatestChangeOn);

        e.CompleteProbation(D(2025, 8, 1));
        Assert.Equal(D(2025, 8, 1), e.LatestChangeOn);
    }

    [Fact]
    public void Hire_DefaultManager_ThrowsButNullIsAccepted()
    {
        DomainAssert.Argument<ArgumentException>("managerId", () => Employee.Hire(Alice, "Alice", HireDay, "Engineer", 3, Engineering, default(EmployeeId), false), "EmployeeId", "must be set");
        Assert.Null(Employee.Hire(Alice, "Alice", HireDay, "Engineer", 3, Engineering, null, false).ManagerId);
    }

    [Fact]
    public void AssignManager_DefaultManager_Throws()
    {
        var e = Hire();

        DomainAssert.Argument<ArgumentException>("managerId", () => e.AssignManager(default(EmployeeId), D(2025, 9, 1)), "EmployeeId");
        Assert.Single(e.ReportingLines);
    }

    [Fact]
    public void MoveToOrgUnit_OtherUnit_RecordsOrgUnitChanged()
    {
        var e = Hire();
        e.ClearDomainEvents();

        e.MoveToOrgUnit(Sales, D(2025, 9, 1));

        Assert.Equal(Sales, e.OrgUnitId);
        Assert.Equal(new OrgUnitChanged(Alice, Sales, D(2025, 9, 1)), DomainAssert.SingleEvent<OrgUnitChanged>(e));
    }

    [Fact]
    public void MoveToOrgUnit_SameUnit_Throws()
    {
        var e = Hire();

        DomainAssert.Violates("employee.unit-change", () => e.MoveToOrgUnit(Engineering, D(2025, 9, 1)), "'e-alice'", "'u-eng'");
    }

    [Fact]
    public void MoveToOrgUnit_WhenTerminated_Throws()
    {
        var e = Hire();
        e.Terminate(D(2025, 8, 1));

        DomainAssert.Violates("employee.unit-change", () => e.MoveToOrgUnit(Sales, D(2025, 9, 1)), "terminated");
    }

    [Fact]
    public void MoveToOrgUnit_DefaultUnit_ThrowsArgumentException()
    {
        var e = Hire();

        DomainAssert.Argument<ArgumentException>("orgUnitId", () => e.MoveToOrgUnit(default, D(2025, 9, 1)), "OrgUnitId");
    }

    [Fact]
    public void MoveToOrgUnit_BeforeHireDate_Throws()
    {
        var e = Hire();

        DomainAssert.Violates("employee.change-order", () => e.MoveToOrgUnit(Sales, HireDay.PlusDays(-10)), "2025-02-19", "2025-03-01");
    }

    [Fact]
    public void MoveToOrgUnit_BeforePreviousMove_Throws()
    {
        var e = Hire();
        e.MoveToOrgUnit(Sales, D(2025, 9, 1));

        DomainAssert.Violates("employee.change-order", () => e.MoveToOrgUnit(Engineering, D(2025, 8, 1)), "2025-08-01", "2025-09-01");
    }

    [Fact]
    public void StatusOn_ReadsHistoryByDate()
    {
        var e = Hire(onProbation: true);
        e.CompleteProbation(D(2025, 6, 1));
        e.StartLeave(D(2025, 9, 1));

        Assert.Null(e.StatusOn(HireDay.PlusDays(-1)));
        Assert.Equal(EmploymentStatus.Probation, e.StatusOn(HireDay));
        Assert.Equal(EmploymentStatus.Probation, e.StatusOn(D(2025, 5, 31)));
        Assert.Equal(EmploymentStatus.Active, e.StatusOn(D(2025, 6, 1)));
        Assert.Equal(EmploymentStatus.OnLeave, e.StatusOn(D(2030, 1, 1)));
    }

    [Fact]
    public void StatusOn_TwoChangesOnOneDay_LaterWins()
    {
        var e = Hire(onProbation: true);
        e.CompleteProbation(D(2025, 6, 1));
        e.StartLeave(D(2025, 6, 1));

        Assert.Equal(EmploymentStatus.OnLeave, e.StatusOn(D(2025, 6, 1)));
    }

    [Fact]
    public void ManagerOn_And_RoleOn_ReadHistoryByDate()
    {
        var e = Hire();
        e.AssignManager(Carol, D(2025, 9, 1));
        e.ChangeRole("Senior Engineer", 4, D(2025, 10, 1));

        Assert.Null(e.ManagerOn(HireDay.PlusDays(-1)));
        Assert.Equal(Bob, e.ManagerOn(D(2025, 8, 31)));
        Assert.Equal(Carol, e.ManagerOn(D(2025, 9, 1)));
        Assert.Null(e.RoleOn(HireDay.PlusDays(-1)));
        Assert.Equal("Engineer", e.RoleOn(D(2025, 9, 30))!.Role);
        Assert.Equal(4, e.RoleOn(D(2025, 10, 1))!.Level);
    }

    [Fact]
    public void ToString_NamesIdNameRoleAndStatus()
    {
        Assert.Equal("e-alice (Alice Martin, Engineer, Probation)", Hire(onProbation: true).ToString());
    }

    [Fact]
    public void ClearDomainEvents_ForgetsRecordedEvents()
    {
        var e = Hire();
        e.AssignManager(Carol, D(2025, 9, 1));
        Assert.Equal(2, e.DomainEvents.Count);

        e.ClearDomainEvents();

        Assert.Empty(e.DomainEvents);
    }

    [Fact]
    public void FailedChange_RecordsNoEvent()
    {
        var e = Hire();
        e.ClearDomainEvents();

        Assert.Throws<DomainRuleViolationException>(() => e.AssignManager(Bob, D(2025, 9, 1)));

        Assert.Empty(e.DomainEvents);
        Assert.Single(e.ReportingLines);
    }
}
