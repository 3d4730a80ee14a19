using NodaTime;
using PerfDomain.Cycles;
using PerfDomain.Employees;
using PerfDomain.Snapshots;
using PerfDomain.TalentReview;

namespace PerfDomain.Policies.Facts;

// The facts of pay, potential and service that the rewards pack matches.
public static partial class FactProjection
{
    internal static IEnumerable<object> RewardFacts(OrganizationSnapshot snapshot, List<Employee> employed, List<object> ratings, Dictionary<CycleId, CycleFact> cycles, LocalDate asOf)
    {
        var ratingsOf = ratings.OfType<RatingFact>().ToLookup(r => r.EmployeeId);
        var potentials = snapshot.PotentialAssessments.ToLookup(a => a.EmployeeId);
        var recognitions = snapshot.Recognitions.ToLookup(r => r.EmployeeId);
        return employed.SelectMany(e => RewardFactsOf(snapshot, e, ratingsOf[e.Id], potentials[e.Id], recognitions[e.Id], cycles, asOf));
    }

    internal static IEnumerable<object> RewardFactsOf(
        OrganizationSnapshot snapshot,
        Employee employee,
        IEnumerable<object> ratings,
        IEnumerable<PotentialAssessment> assessments,
        IEnumerable<PerfDomain.Consequences.Recognition> recognitions,
        Dictionary<CycleId, CycleFact> cycles,
        LocalDate asOf)
    {
        CompensationFact? compensation = null;
        if (snapshot.CompensationOf(employee.Id)?.PayOn(asOf) is { } pay && snapshot.PayRangeOf(pay.Grade) is { } range)
        {
            compensation = CompensationFact.Of(employee.Id, pay, range);
            yield return compensation;
        }

        var potentials = Potentials(employee.Id, assessments, cycles, asOf).ToList();
        foreach (var potential in potentials)
        {
            yield return potential;
        }

        var calibrated = ratings.OfType<RatingFact>().ToList();
        foreach (var cycle in calibrated.Select(r => r.CycleId).Distinct())
        {
            yield return Service(employee, cycles[cycle], asOf);
        }

        var rating = calibrated.FirstOrDefault(r => r.IsLatest);
        var potentialNow = potentials.FirstOrDefault(p => p.IsLatest);
        yield return new TalentFact(
            employee.Id,
            rating?.CycleId,
            rating?.Rating,
            rating?.Label,
            rating?.TopRating,
            potentialNow?.CycleId,
            potentialNow?.Potential,
            compensation?.CompaRatio,
            recognitions.Where(r => r.GrantedOn <= asOf).Select(r => (LocalDate?)r.GrantedOn).Max());
    }

    internal static IEnumerable<PotentialFact> Potentials(EmployeeId employeeId, IEnumerable<PotentialAssessment> assessments, Dictionary<CycleId, CycleFact> cycles, LocalDate asOf)
    {
        var calibrated = assessments
            .Where(a => cycles.ContainsKey(a.CycleId))
            .Select(a => (Assessment: a, Calibration: a.Calibrations.LastOrDefault(c => c.CalibratedOn <= asOf)))
            .Where(a => a.Calibration is not null)
            .ToList();
        if (calibrated.Count == 0)
        {
            yield break;
        }

        var latest = calibrated.Max(a => cycles[a.Assessment.CycleId].Sequence);
        foreach (var (assessment, calibration) in calibrated)
        {
            var sequence = cycles[assessment.CycleId].Sequence;
            yield return new PotentialFact(assessment.Id, employeeId, assessment.CycleId, sequence, calibration!.CalibratedPotential, calibration.CalibratedOn, sequence == latest);
        }
    }

    internal static CycleServiceFact Service(Employee employee, CycleFact cycle, LocalDate asOf)
    {
        var cycleDays = Period.DaysBetween(cycle.Start, cycle.End) + 1;
        var from = employee.HireDate > cycle.Start ? employee.HireDate : cycle.Start;
        var employedDays = from > cycle.End ? 0 : Period.DaysBetween(from, cycle.End) + 1;

        // Leave as the status history stands on the as-of date; a leave not yet ended runs to the end of the cycle.
        var statuses = employee.StatusHistory.Where(s => s.EffectiveOn <= asOf).ToList();
        var leaveDays = 0;
        for (var i = 0; i < statuses.Count; i++)
        {
            if (statuses[i].Status != EmploymentStatus.OnLeave)
            {
                continue;
            }

            var start = statuses[i].EffectiveOn < from ? from : statuses[i].EffectiveOn;
            var end = i + 1 < statuses.Count ? statuses[i + 1].EffectiveOn.PlusDays(-1) : cycle.End;
            end = end > cycle.End ? cycle.End : end;
            if (start <= end)
            {
                leaveDays += Period.DaysBetween(start, end) + 1;
            }
        }

        return new CycleServiceFact(employee.Id, cycle.Id, cycleDays, employedDays, leaveDays);
    }

    internal static LocalDate? ManagerChangedOn(Employee employee, LocalDate asOf)
    {
        var lines = employee.ReportingLines.Where(l => l.EffectiveOn <= asOf).ToList();
        if (lines.Count == 0 || lines[^1].ManagerId is not { } current)
        {
            return null;
        }

        var first = lines.Count - 1;
        while (first > 0 && lines[first - 1].ManagerId == current)
        {
            first--;
        }

        return first > 0 ? lines[first].EffectiveOn : null;
    }
}
