using PerfDomain.Compensation;
using PerfDomain.Cycles;
using PerfDomain.Employees;
using PerfDomain.TalentReview;

namespace PerfDomain.Snapshots;

// The sections of schema version 2: pay ranges, pay histories and potential assessments.
internal static partial class SnapshotValidator
{
    private static void ValidatePayAndPotential(OrganizationSnapshot snapshot, IReadOnlyDictionary<EmployeeId, int> employees, IReadOnlyDictionary<CycleId, int> cycles)
    {
        var ranges = new Dictionary<GradeId, int>();
        for (var i = 0; i < snapshot.PayRanges.Count; i++)
        {
            if (!ranges.TryAdd(snapshot.PayRanges[i].Grade, i))
            {
                throw Root.Field("payRanges")[i].Field("gradeId").Error($"duplicate grade '{snapshot.PayRanges[i].Grade}': $.payRanges[{ranges[snapshot.PayRanges[i].Grade]}] has its range already.");
            }
        }

        var paid = new Dictionary<EmployeeId, int>();
        for (var i = 0; i < snapshot.Compensation.Count; i++)
        {
            var history = snapshot.Compensation[i];
            var path = Root.Field("compensation")[i];
            RequireEmployee(snapshot, employees, history.EmployeeId, path.Field("employeeId"));
            if (!paid.TryAdd(history.EmployeeId, i))
            {
                throw path.Field("employeeId").Error($"employee '{history.EmployeeId}' has a pay history already, at $.compensation[{paid[history.EmployeeId]}].");
            }

            for (var j = 0; j < history.BasePay.Count; j++)
            {
                var pay = history.BasePay[j];
                var at = path.Field("basePay")[j];
                RequireSupported(pay.EffectiveOn, at.Field("effectiveOn"));
                if (!ranges.TryGetValue(pay.Grade, out var range))
                {
                    throw at.Field("gradeId").Error($"unknown grade '{pay.Grade}': no pay range in $.payRanges has it.");
                }

                if (snapshot.PayRanges[range].Currency != pay.Currency)
                {
                    throw at.Field("currency").Error($"is {pay.Currency}, but the range of grade '{pay.Grade}' is in {snapshot.PayRanges[range].Currency}; pay is compared with its range in one currency.");
                }
            }
        }

        Unique(snapshot.PotentialAssessments, a => a.Id, "potentialAssessments", "potential assessment");
        var perCycle = new Dictionary<(EmployeeId, CycleId), int>();
        for (var i = 0; i < snapshot.PotentialAssessments.Count; i++)
        {
            var assessment = snapshot.PotentialAssessments[i];
            var path = Root.Field("potentialAssessments")[i];
            var employee = RequireEmployee(snapshot, employees, assessment.EmployeeId, path.Field("employeeId"));
            RequireCycle(snapshot, cycles, assessment.CycleId, path.Field("cycleId"));
            RequireEmployee(snapshot, employees, assessment.AssessedBy, path.Field("assessedBy"));
            RequireSupported(assessment.AssessedOn, path.Field("assessedOn"));
            RequireEmployed(employee, assessment.AssessedOn, path.Field("assessedOn"));
            if (!perCycle.TryAdd((assessment.EmployeeId, assessment.CycleId), i))
            {
                throw path.Field("cycleId").Error($"employee '{assessment.EmployeeId}' has a potential assessment for cycle '{assessment.CycleId}' already, at $.potentialAssessments[{perCycle[(assessment.EmployeeId, assessment.CycleId)]}].");
            }

            for (var j = 0; j < assessment.Calibrations.Count; j++)
            {
                var at = path.Field("calibrations")[j];
                RequireEmployee(snapshot, employees, assessment.Calibrations[j].CalibratedBy, at.Field("calibratedBy"));
                RequireSupported(assessment.Calibrations[j].CalibratedOn, at.Field("calibratedOn"));
            }
        }

    }

    private static void RequireSupported(NodaTime.LocalDate date, SnapshotPath path) => SnapshotDates.Require(date, path);
}
