using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using PerfDomain.Employees;
using PerfDomain.Employees.Events;

namespace PerfDomain.Tests.Properties;

[Properties(Arbitrary = [typeof(EmployeesArbitraries)], MaxTest = 300)]
public sealed class EmploymentStatusProperties
{
    private static readonly LocalDate Hired = new(2025, 1, 6);

    [Property]
    public void StatusChanges_AnySequence_KeepHistoryOrderedAndFollowTheStatusRules(StatusScenario scenario)
    {
        var e = Employee.Hire(new EmployeeId("e-prop"), "Prop", Hired, "Engineer", 2, new OrgUnitId("u-1"), null, scenario.OnProbation);
        var beforeLeave = e.Status;

        foreach (var attempt in scenario.Attempts)
        {
            var current = e.StatusHistory[^1];
            var on = current.EffectiveOn.PlusDays(attempt.DayOffset);
            var (expectedRule, expectedStatus) = Expect(current.Status, beforeLeave, attempt);
            if (expectedRule is null && attempt.DayOffset < 0)
            {
                expectedRule = "employee.change-order";
            }

            var ex = Record.Exception(() => Apply(e, attempt.Change, on));

            if (expectedRule is null)
            {
                Assert.Null(ex);
                Assert.Equal(new EmploymentStatusChange(expectedStatus, on), e.StatusHistory[^1]);
                Assert.Equal(new EmploymentStatusChanged(e.Id, current.Status, expectedStatus, on), e.DomainEvents[^1]);
                if (expectedStatus == EmploymentStatus.OnLeave)
                {
                    beforeLeave = current.Status;
                }
            }
            else
            {
                Assert.Equal(expectedRule, Assert.IsType<DomainRuleViolationException>(ex).Rule);
                Assert.Same(current, e.StatusHistory[^1]);
            }

            var history = e.StatusHistory;
            Assert.Equal(Hired, history[0].EffectiveOn);
            Assert.True(history.Zip(history.Skip(1)).All(p => p.First.EffectiveOn <= p.Second.EffectiveOn), "status dates are non-decreasing");
            Assert.True(history.Zip(history.Skip(1)).All(p => p.First.Status != p.Second.Status), "every change changes the status");
            Assert.DoesNotContain(history.SkipLast(1), c => c.Status == EmploymentStatus.Terminated);
            Assert.Equal(history.Count, e.DomainEvents.Count);
            Assert.Equal(e.Status, e.StatusOn(history[^1].EffectiveOn));
            Assert.Null(e.StatusOn(Hired.PlusDays(-1)));
        }
    }

    private static (string? Rule, EmploymentStatus Status) Expect(EmploymentStatus current, EmploymentStatus beforeLeave, StatusAttempt attempt) => attempt.Change switch
    {
        StatusChange.CompleteProbation => current == EmploymentStatus.Probation ? (null, EmploymentStatus.Active) : ("employee.probation-completion", current),
        StatusChange.StartLeave => current is EmploymentStatus.Probation or EmploymentStatus.Active ? (null, EmploymentStatus.OnLeave) : ("employee.leave-start", current),
        StatusChange.ReturnFromLeave => current == EmploymentStatus.OnLeave ? (null, beforeLeave) : ("employee.leave-return", current),
        _ => current != EmploymentStatus.Terminated ? (null, EmploymentStatus.Terminated) : ("employee.terminated", current),
    };

    private static void Apply(Employee e, StatusChange change, LocalDate on)
    {
        switch (change)
        {
            case StatusChange.CompleteProbation: e.CompleteProbation(on); break;
            case StatusChange.StartLeave: e.StartLeave(on); break;
            case StatusChange.ReturnFromLeave: e.ReturnFromLeave(on); break;
            default: e.Terminate(on); break;
        }
    }
}
