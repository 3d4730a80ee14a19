using PerfDomain.Compensation;
using PerfDomain.Employees;

namespace PerfDomain.Policies.Rewards;

/// <summary>
/// The merit budget of one org unit in one currency: what the recommended guidelines add up to against the budget,
/// and the factor that would scale them to fit it.
/// </summary>
/// <param name="OrgUnitId">The unit (each employee counts in their unit on the as-of date).</param>
/// <param name="Currency">The currency.</param>
/// <param name="Employees">The working employees of the unit with pay in this currency.</param>
/// <param name="Payroll">Their base pay per year.</param>
/// <param name="Budget">The budget: the payroll times the budget percentage.</param>
/// <param name="Recommended">How many merit increases were recommended in the unit.</param>
/// <param name="GuidelineIncreases">The sum of the recommended increases per year.</param>
/// <param name="GuidelineLumpSums">The sum of the recommended lump sums (outside the budget of increases).</param>
/// <param name="ScalingFactor">
/// The factor that would make the increases equal the budget (budget ÷ increases, to four decimals): below 1 they
/// exceed it, above 1 they leave some unspent; <see langword="null"/> when nothing is recommended.
/// </param>
public sealed record MeritBudgetLine(
    OrgUnitId OrgUnitId,
    CurrencyCode Currency,
    int Employees,
    decimal Payroll,
    decimal Budget,
    int Recommended,
    decimal GuidelineIncreases,
    decimal GuidelineLumpSums,
    decimal? ScalingFactor);
