using Ardalis.GuardClauses;
using NodaTime;
using PerfDomain.Cycles;
using PerfDomain.Employees;
using PerfDomain.Policies.Decisions;
using PerfDomain.Policies.Evaluation;
using PerfDomain.Reviews;
using PerfDomain.Snapshots;

namespace PerfDomain.Policies.Fairness;

/// <summary>
/// Checks whether decisions and ratings treat groups alike (docs/fairness.md): per attribute of the host's
/// <see cref="GroupLabels"/>, the selection rate of each decision kind per group, the impact ratio to the most favoured
/// group, the four-fifths flag and a significance test; rating distributions and calibration shifts per group; and,
/// without labels, the managers whose ratings differ most from the organisation's.
/// </summary>
/// <remarks>
/// The analysis reads an evaluation's decisions and the snapshot after the fact; it changes neither, and the labels it
/// takes reach no rule: the engine has no parameter for them. Deterministic: the same inputs give the same report.
/// Stateless and thread-safe.
/// </remarks>
public static class FairnessAnalysis
{
    /// <summary>How many managers per cycle <see cref="FairnessReport.ManagerDeviations"/> lists at most.</summary>
    public const int ManagersPerCycle = 5;

    /// <summary>Analyses an evaluation.</summary>
    /// <param name="snapshot">The snapshot evaluated.</param>
    /// <param name="outcome">The evaluation's outcome.</param>
    /// <param name="labels">The employees' groups.</param>
    /// <param name="options">The options; <see langword="null"/> for <see cref="FairnessOptions.Default"/>.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="options"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of its range.</exception>
    public static FairnessReport Analyse(OrganizationSnapshot snapshot, EvaluationOutcome outcome, GroupLabels labels, FairnessOptions? options = null)
    {
        Guard.Against.Null(outcome);
        return AnalyseDecisions(snapshot, outcome.AsOf, outcome.Decisions, labels, options);
    }

    /// <summary>Analyses decisions read back from the decision format or kept by the host.</summary>
    /// <param name="snapshot">The snapshot evaluated.</param>
    /// <param name="asOf">The date the decisions were made as of.</param>
    /// <param name="decisions">The decisions.</param>
    /// <param name="labels">The employees' groups.</param>
    /// <param name="options">The options; <see langword="null"/> for <see cref="FairnessOptions.Default"/>.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="options"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of its range.</exception>
    public static FairnessReport AnalyseDecisions(OrganizationSnapshot snapshot, LocalDate asOf, IReadOnlyList<Decision> decisions, GroupLabels labels, FairnessOptions? options = null)
    {
        Guard.Against.Null(snapshot);
        Guard.Against.Null(decisions);
        Guard.Against.Null(labels);
        options ??= FairnessOptions.Default;
        Guard.Against.OutOfRange(options.MinimumGroupSize, nameof(options), 1, 1_000_000, "The minimum group size must be between 1 and 1,000,000.");
        Guard.Against.OutOfRange(options.FourFifthsThreshold, nameof(options), 0.0, 1.0, "The four-fifths threshold must be between 0 and 1.");

        var population = snapshot.Employees
            .Where(e => e.StatusOn(asOf) is { } status && status != EmploymentStatus.Terminated)
            .Select(e => e.Id)
            .ToList();
        var inPopulation = population.ToHashSet();
        var selected = decisions
            .Where(d => inPopulation.Contains(d.EmployeeId))
            .GroupBy(d => d.Kind)
            .OrderBy(g => g.Key)
            .Select(g => (Kind: g.Key, Employees: g.Select(d => d.EmployeeId).ToHashSet()))
            .ToList();
        var ratings = Ratings(snapshot, asOf);

        var attributes = labels.Attributes.Select(attribute =>
        {
            var groups = population
                .Select(id => (Id: id, Group: labels.GroupOf(id, attribute)))
                .Where(x => x.Group is not null)
                .GroupBy(x => x.Group!, StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => (Name: g.Key, Members: g.Select(x => x.Id).ToList()))
                .ToList();
            var unlabelled = population.Count - groups.Sum(g => g.Members.Count);
            var selection = selected.Select(k => Selection(k.Kind, options.DirectionOf(k.Kind), groups, k.Employees, options)).ToList();
            var (distributions, shifts) = RatingsByGroup(snapshot, ratings, id => labels.GroupOf(id, attribute), options);
            return new AttributeAnalysis(attribute, [.. groups.Select(g => g.Name)], unlabelled, selection, distributions, shifts);
        }).ToList();

        var scales = ratings.Select(r => r.Cycle).Distinct()
            .Select(id => snapshot.Cycle(id))
            .Select(c => new CycleScale(c.Id, [.. c.Scale.Points.Select(p => p.Label)], c.Scale.MeetsThreshold))
            .ToList();
        return new FairnessReport(asOf, options, population.Count, attributes, scales, Managers(snapshot, ratings, options));
    }

    private static SelectionAnalysis Selection(DecisionKind kind, DecisionDirection direction, List<(string Name, List<EmployeeId> Members)> groups, HashSet<EmployeeId> receivers, FairnessOptions options)
    {
        var counts = groups.Select(g => (g.Name, Size: g.Members.Count, Selected: g.Members.Count(receivers.Contains))).ToList();
        double Favourable(int chosen, int size) => direction == DecisionDirection.Adverse ? 1 - ((double)chosen / size) : (double)chosen / size;
        var reported = counts.Where(c => c.Size >= options.MinimumGroupSize).ToList();
        (string Name, int Size, int Selected)? reference = reported.Count == 0
            ? null
            : reported.OrderByDescending(c => Favourable(c.Selected, c.Size)).ThenBy(c => c.Name, StringComparer.Ordinal).First();
        var rows = counts.Select(c =>
        {
            if (c.Size < options.MinimumGroupSize || reference is not { } r)
            {
                return new GroupSelection(c.Name, c.Size, true, null, null, null, false, null, SignificanceTest.None);
            }

            var best = Favourable(r.Selected, r.Size);
            var ratio = best == 0 ? 1.0 : Math.Clamp(Favourable(c.Selected, c.Size) / best, 0.0, 1.0);
            double? p = null;
            var test = SignificanceTest.None;
            if (!string.Equals(c.Name, r.Name, StringComparison.Ordinal))
            {
                var exact = Statistics.NeedsExactTest(c.Selected, c.Size, r.Selected, r.Size);
                test = exact ? SignificanceTest.FisherExact : SignificanceTest.TwoProportionZ;
                p = exact
                    ? Statistics.FisherExactTwoSided(c.Selected, c.Size - c.Selected, r.Selected, r.Size - r.Selected)
                    : Statistics.TwoProportionZ(c.Selected, c.Size, r.Selected, r.Size);
            }

            return new GroupSelection(c.Name, c.Size, false, c.Selected, (double)c.Selected / c.Size, ratio, direction != DecisionDirection.Neutral && ratio < options.FourFifthsThreshold, p, test);
        }).ToList();
        return new SelectionAnalysis(kind, direction, reference?.Name, rows);
    }

    /// <summary>Each employee's final manager-review rating per cycle as of the date: (cycle, employee, manager, original, final, calibrated).</summary>
    private static List<Rated> Ratings(OrganizationSnapshot snapshot, LocalDate asOf)
    {
        var order = snapshot.Cycles.Select((c, i) => (c.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var rated = new Dictionary<(CycleId, EmployeeId), Rated>();
        foreach (var review in snapshot.Reviews)
        {
            if (review.Role != ReviewerRole.Manager || review.OriginalRating is not { } original || review.SubmittedOn is not { } submitted || submitted > asOf)
            {
                continue;
            }

            var calibration = review.Calibrations.LastOrDefault(c => c.CalibratedOn <= asOf);
            rated[(review.CycleId, review.EmployeeId)] = new Rated(review.CycleId, review.EmployeeId, review.ReviewerId, original, calibration?.CalibratedRating ?? original, calibration is not null);
        }

        return [.. rated.Values.OrderBy(r => order[r.Cycle]).ThenBy(r => r.Employee.Value, StringComparer.Ordinal)];
    }

    private static (List<RatingDistribution>, List<CalibrationShift>) RatingsByGroup(OrganizationSnapshot snapshot, List<Rated> ratings, Func<EmployeeId, string?> groupOf, FairnessOptions options)
    {
        var distributions = new List<RatingDistribution>();
        var shifts = new List<CalibrationShift>();
        foreach (var cycle in ratings.GroupBy(r => r.Cycle))
        {
            var scale = snapshot.Cycle(cycle.Key).Scale;
            var groups = cycle
                .Select(r => (Rated: r, Group: groupOf(r.Employee)))
                .Where(x => x.Group is not null)
                .GroupBy(x => x.Group!, StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal);
            foreach (var group in groups)
            {
                var members = group.Select(x => x.Rated).ToList();
                if (members.Count < options.MinimumGroupSize)
                {
                    distributions.Add(new RatingDistribution(cycle.Key, group.Key, members.Count, true, null, null, null));
                    shifts.Add(new CalibrationShift(cycle.Key, group.Key, members.Count, true, null, null, null, null));
                    continue;
                }

                var counts = Enumerable.Range(1, scale.Top).Select(point => members.Count(m => m.Final == point)).ToList();
                distributions.Add(new RatingDistribution(
                    cycle.Key, group.Key, members.Count, false, counts, members.Average(m => (double)m.Final), (double)members.Count(m => m.Final < scale.MeetsThreshold) / members.Count));
                var calibrated = members.Where(m => m.Calibrated).ToList();
                shifts.Add(new CalibrationShift(
                    cycle.Key,
                    group.Key,
                    members.Count,
                    false,
                    calibrated.Count,
                    calibrated.Count(m => m.Final > m.Original),
                    calibrated.Count(m => m.Final < m.Original),
                    calibrated.Count == 0 ? null : calibrated.Average(m => (double)(m.Final - m.Original))));
            }
        }

        return (distributions, shifts);
    }

    private static List<ManagerDeviation> Managers(OrganizationSnapshot snapshot, List<Rated> ratings, FairnessOptions options)
    {
        var deviations = new List<ManagerDeviation>();
        foreach (var cycle in ratings.GroupBy(r => r.Cycle))
        {
            var top = snapshot.Cycle(cycle.Key).Scale.Top;
            var all = cycle.ToList();
            var organisation = Shares(all, top);
            var mean = all.Average(r => (double)r.Final);
            deviations.AddRange(all
                .GroupBy(r => r.Manager)
                .Where(g => g.Count() >= options.MinimumGroupSize)
                .Select(g =>
                {
                    var theirs = Shares([.. g], top);
                    var distance = 0.5 * theirs.Zip(organisation, (x, y) => Math.Abs(x - y)).Sum();
                    return new ManagerDeviation(cycle.Key, g.Key, g.Count(), distance, g.Average(r => (double)r.Final), mean);
                })
                .Where(d => d.Distance > 0)
                .OrderByDescending(d => d.Distance)
                .ThenBy(d => d.ManagerId.Value, StringComparer.Ordinal)
                .Take(ManagersPerCycle));
        }

        return deviations;
    }

    private static double[] Shares(List<Rated> ratings, int top) =>
        [.. Enumerable.Range(1, top).Select(point => (double)ratings.Count(r => r.Final == point) / ratings.Count)];

    private readonly record struct Rated(CycleId Cycle, EmployeeId Employee, EmployeeId Manager, int Original, int Final, bool Calibrated);
}
