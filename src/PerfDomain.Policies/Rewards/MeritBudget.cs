using Ardalis.GuardClauses;
using NodaTime;
using PerfDomain.Compensation;
using PerfDomain.Cycles;
using PerfDomain.Employees;
using PerfDomain.Policies.Decisions;
using PerfDomain.Policies.Facts;
using PerfDomain.Policies.Parameters;
using PerfDomain.Snapshots;

namespace PerfDomain.Policies.Rewards;

/// <summary>
/// The budget view of merit increases, advice for HR rather than a decision about anyone: per org unit and currency,
/// the sum of the recommended guideline increases against a budget of <see cref="RewardParameters.MeritBudgetPercent"/>
/// of the unit's payroll, with the factor that would scale them to fit.
/// </summary>
/// <remarks>Pure and thread-safe; lines are ordered by unit id, then currency (ordinal).</remarks>
public static class MeritBudget
{
    /// <summary>Works out the budget view of an evaluation.</summary>
    /// <param name="snapshot">The snapshot evaluated.</param>
    /// <param name="asOf">The as-of date of the evaluation.</param>
    /// <param name="decisions">Its decisions; the <see cref="DecisionKind.MeritIncreaseRecommended"/> ones are summed (those a host approved, or all).</param>
    /// <param name="parameters">The parameters of the evaluation (default: <see cref="PolicyParameters.Default"/>).</param>
    /// <returns>One line per org unit and currency with working employees who have pay.</returns>
    public static IReadOnlyList<MeritBudgetLine> Compute(OrganizationSnapshot snapshot, LocalDate asOf, IEnumerable<Decision> decisions, PolicyParameters? parameters = null)
    {
        Guard.Against.Null(snapshot);
        Guard.Against.Null(decisions);
        parameters ??= PolicyParameters.Default;
        var facts = FactProjection.Project(snapshot, asOf, parameters);
        var employees = facts.OfType<EmployeeFact>().Where(e => e.IsWorking).ToDictionary(e => e.Id);
        var pays = facts.OfType<CompensationFact>().Where(p => employees.ContainsKey(p.EmployeeId)).ToDictionary(p => p.EmployeeId);
        var ratings = facts.OfType<RatingFact>().ToDictionary(r => (r.EmployeeId, r.CycleId));
        var services = facts.OfType<CycleServiceFact>().ToDictionary(s => (s.EmployeeId, s.CycleId));

        var merit = new Dictionary<EmployeeId, MeritCalculation>();
        foreach (var decision in decisions)
        {
            if (decision.Kind == DecisionKind.MeritIncreaseRecommended && decision.CycleId is { } cycle
                && pays.TryGetValue(decision.EmployeeId, out var pay)
                && ratings.TryGetValue((decision.EmployeeId, cycle), out var rating)
                && services.TryGetValue((decision.EmployeeId, cycle), out var service))
            {
                merit[decision.EmployeeId] = MeritGuideline.Calculate(rating, pay, service, parameters.Rewards);
            }
        }

        var budgetPercent = (decimal)parameters.Rewards.MeritBudgetPercent;
        return pays.Values
            .GroupBy(p => (Unit: employees[p.EmployeeId].OrgUnitId, p.Currency))
            .OrderBy(g => g.Key.Unit.Value, StringComparer.Ordinal)
            .ThenBy(g => g.Key.Currency.Value, StringComparer.Ordinal)
            .Select(g =>
            {
                var payroll = g.Sum(p => p.AnnualPay);
                var budget = Math.Round(payroll * budgetPercent / 100m, 2, MidpointRounding.ToZero);
                var recommended = g.Where(p => merit.ContainsKey(p.EmployeeId)).Select(p => merit[p.EmployeeId]).ToList();
                var increases = recommended.Sum(m => m.IncreaseAmount);
                return new MeritBudgetLine(
                    g.Key.Unit,
                    g.Key.Currency,
                    g.Count(),
                    payroll,
                    budget,
                    recommended.Count,
                    increases,
                    recommended.Sum(m => m.LumpSumAmount),
                    increases == 0 ? null : Math.Round(budget / increases, 4));
            })
            .ToList();
    }
}
