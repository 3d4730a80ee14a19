using NodaTime;
using PerfDomain.Compensation;
using PerfDomain.Cycles;
using PerfDomain.Reviews;
using PerfDomain.Snapshots;
using PerfDomain.TalentReview;

namespace PerfDomain.Testing.Generation;

/// <summary>
/// Adds pay and talent review to a generated organisation, from its own seed so that the rest of the organisation is
/// the same as without: a pay range per level (EUR, annual), base pay for most employees (some have none, as in real
/// data) with a raise at the start of each cycle after hire, and a potential assessment by the manager for most
/// manager reviews, usually calibrated.
/// </summary>
internal static class PayAndPotential
{
    public static OrganizationSnapshot Add(OrganizationSnapshot s, int seed, Action<AggregateRoot> drain)
    {
        var random = new Random(seed ^ 0x5A17);
        var euro = new CurrencyCode("EUR");
        var levels = s.Employees.SelectMany(e => e.RoleHistory.Select(r => r.Level)).Distinct().Order().ToList();
        var ranges = levels.Select(level =>
        {
            var midpoint = 40_000m + (level * 9_000m);
            return new PayRange(new GradeId($"g-{level}"), euro, PayPeriod.Annual, Math.Round(midpoint * 0.8m), midpoint, Math.Round(midpoint * 1.2m));
        }).ToList();
        var rangeOf = ranges.ToDictionary(r => r.Grade);
        var cycleStarts = s.Cycles.Select(c => c.Period.Start).Order().ToList();

        var compensation = new List<CompensationHistory>();
        foreach (var employee in s.Employees)
        {
            if (random.Next(10) == 0)
            {
                continue;
            }

            var pay = new List<BasePay>();
            var dates = new[] { employee.HireDate }.Concat(cycleStarts.Where(d => d > employee.HireDate)).ToList();
            var position = 0.05m + ((decimal)random.Next(0, 100) / 100m);
            foreach (var date in dates)
            {
                var grade = new GradeId($"g-{employee.RoleOn(date)!.Level}");
                var range = rangeOf[grade];
                var amount = Math.Round(range.Minimum + ((range.Maximum - range.Minimum) * Math.Min(position, 1.1m)), 0);
                pay.Add(new BasePay(date, amount, euro, PayPeriod.Annual, grade));
                position += (decimal)random.Next(0, 8) / 100m;
            }

            compensation.Add(new CompensationHistory(employee.Id, pay));
        }

        var assessments = new List<PotentialAssessment>();
        foreach (var review in s.Reviews.Where(r => r.Role == ReviewerRole.Manager && r.SubmittedOn is not null))
        {
            if (random.Next(4) == 0)
            {
                continue;
            }

            var on = review.SubmittedOn!.Value;
            var assessment = PotentialAssessment.Assess(
                new PotentialAssessmentId($"pa-{review.Id.Value}"), review.CycleId, review.EmployeeId, review.ReviewerId, (PotentialLevel)random.Next(3), on);
            if (random.Next(4) != 0 && review.Calibrations.Count > 0)
            {
                var calibrated = (PotentialLevel)random.Next(3);
                assessment.Calibrate(calibrated, review.Calibrations[^1].CalibratedBy, calibrated == assessment.Potential ? null : "Calibrated with the team's talent review", Later(on, review.Calibrations[^1].CalibratedOn));
            }

            drain(assessment);
            assessments.Add(assessment);
        }

        return new OrganizationSnapshot(
            s.OrganizationName, s.Employees, s.Cycles, s.ReferenceDate, s.OrgUnits, s.CycleRecords, s.GoalSets, s.CheckIns, s.FeedbackNotes,
            s.Reviews, s.DevelopmentPlans, s.Recognitions, s.ImprovementPlans, ranges, compensation, assessments);
    }

    private static LocalDate Later(LocalDate a, LocalDate b) => a > b ? a : b;
}
