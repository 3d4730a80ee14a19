using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using PerfDomain.Employees;
using PerfDomain.Feedback;
using PerfDomain.Policies.Cadence;
using PerfDomain.Policies.Decisions;
using PerfDomain.Policies.Evaluation;
using PerfDomain.Reviews;
using PerfDomain.Snapshots;
using PerfDomain.Testing.Generators;

namespace PerfDomain.Testing.Laws;

/// <summary>
/// Ready-made policy laws, as FsCheck properties over generated organisations, for any set of packs:
/// pass the engine (or a factory of engines) built with your packs.
/// </summary>
/// <remarks>
/// <para>Every law draws an organisation (by default from <see cref="OrganizationArbitraries.Organization()"/>;
/// pass your own arbitrary to focus on a shape) and an as-of offset in days from its reference date
/// (-420 to +60, shrinking towards 0). A broken law throws a <see cref="PolicyLawViolationException"/>
/// saying what broke.</para>
/// <para>From xunit: <c>[Fact] public void Laws() { foreach (var r in PolicyLawRunner.Check(PolicyLaws.All(engine), 50, null)) Assert.True(r.Passed, r.ToString()); }</c>,
/// or per law <c>Check.QuickThrowOnFailure(PolicyLaws.Determinism(() =&gt; engine).Property())</c>.</para>
/// </remarks>
public static partial class PolicyLaws
{
    /// <summary>The name of <see cref="Determinism(Func{PolicyEngine}, Arbitrary{OrganizationSnapshot}?)"/>.</summary>
    public const string DeterminismName = "determinism";

    /// <summary>The name of <see cref="NoContradictions(Func{PolicyEngine}, IEnumerable{DecisionConflict}?, Arbitrary{OrganizationSnapshot}?)"/>.</summary>
    public const string NoContradictionsName = "no-contradictions";

    /// <summary>The name of <see cref="MonotonicInRatings(Func{PolicyEngine}, IReadOnlyDictionary{DecisionKind, int}?, IEnumerable{DecisionKind}?, Arbitrary{OrganizationSnapshot}?)"/>.</summary>
    public const string MonotonicInRatingsName = "monotonic-in-ratings";

    /// <summary>The name of <see cref="CheckInCadenceIsTotal(Func{PolicyEngine}, Arbitrary{OrganizationSnapshot}?)"/>.</summary>
    public const string CheckInCadenceIsTotalName = "check-in-cadence-is-total";

    /// <summary>The name of <see cref="DecisionsAreExplained(Func{PolicyEngine}, Arbitrary{OrganizationSnapshot}?)"/>.</summary>
    public const string DecisionsAreExplainedName = "decisions-are-explained";

    /// <summary>The name of <see cref="BatchEqualsIncremental(Func{PolicyEngine}, Arbitrary{OrganizationSnapshot}?)"/>.</summary>
    public const string BatchEqualsIncrementalName = "batch-equals-incremental";

    /// <summary>Gets the default harshness of corrective decisions (higher is harsher; kinds not listed are 0), used by the monotonicity law.</summary>
    public static IReadOnlyDictionary<DecisionKind, int> DefaultHarshness { get; } = new Dictionary<DecisionKind, int>
    {
        [DecisionKind.DevelopmentPlanRecommended] = 1,
        [DecisionKind.FeedbackDocumentationRequested] = 2,
        [DecisionKind.ImprovementPlanRecommended] = 3,
        [DecisionKind.BonusNotEligible] = 1,
    };

    /// <summary>Gets the default favourable decisions, which a better rating must never take away (monotonicity law).</summary>
    public static IReadOnlyList<DecisionKind> DefaultFavourable { get; } =
        [DecisionKind.RecognitionRecommended, DecisionKind.PromotionReadinessFlagged, DecisionKind.MeritIncreaseRecommended, DecisionKind.BonusEligible];

    /// <summary>Gets every built-in law for an engine, with the default conflicts, harshness and organisations.</summary>
    /// <param name="engine">The engine with the packs under test.</param>
    /// <returns>The laws.</returns>
    public static IReadOnlyList<PolicyLaw> All(PolicyEngine engine)
    {
        ArgumentNullException.ThrowIfNull(engine);
        return All(() => engine);
    }

    /// <summary>Gets every built-in law for a factory of engines, optionally over your own organisations.</summary>
    /// <param name="engine">Makes an engine with the packs under test; called at least twice by the determinism law.</param>
    /// <param name="organizations">The organisations to draw; <see langword="null"/> for <see cref="OrganizationArbitraries.Organization()"/>.</param>
    /// <returns>The laws: determinism, no contradictions, monotonicity in ratings, totality of the check-in cadence, explained decisions, batch equals incremental, merit monotonic in ratings, no merit during an improvement plan.</returns>
    public static IReadOnlyList<PolicyLaw> All(Func<PolicyEngine> engine, Arbitrary<OrganizationSnapshot>? organizations = null)
    {
        ArgumentNullException.ThrowIfNull(engine);
        return
        [
            Determinism(engine, organizations),
            NoContradictions(engine, null, organizations),
            MonotonicInRatings(engine, null, null, organizations),
            CheckInCadenceIsTotal(engine, organizations),
            DecisionsAreExplained(engine, organizations),
            BatchEqualsIncremental(engine, organizations),
            MeritMonotonicInRatings(engine, organizations),
            NoMeritDuringImprovementPlan(engine, organizations),
        ];
    }

    /// <summary>Gets the arbitrary of as-of offsets the laws use: days from the reference date, -420 to +60, shrinking towards 0.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<int> AsOfOffsets() => Arb.From(Gen.Choose(-420, 60), ShrinkOffset);

    /// <summary>Two engines from the factory, given equal inputs, make equal decisions in the same (canonical) order.</summary>
    /// <param name="engine">Makes an engine with the packs under test.</param>
    /// <param name="organizations">The organisations; <see langword="null"/> for the default.</param>
    /// <returns>The law.</returns>
    public static PolicyLaw Determinism(Func<PolicyEngine> engine, Arbitrary<OrganizationSnapshot>? organizations = null)
    {
        ArgumentNullException.ThrowIfNull(engine);
        return Law(DeterminismName, "The same snapshot and date always give the same decisions, in the same canonical order, from any engine with the same packs.", organizations, (snapshot, asOf) =>
        {
            var first = engine().Evaluate(snapshot, asOf).Decisions;
            var second = engine().Evaluate(OrganizationArbitraries.Copy(snapshot), asOf).Decisions;
            if (!first.SequenceEqual(second))
            {
                var at = first.Zip(second).TakeWhile(p => p.First == p.Second).Count();
                Fail($"two evaluations differ at decision #{at} ({first.Count} and {second.Count} decisions): {first.ElementAtOrDefault(at)?.ToString() ?? "none"} / {second.ElementAtOrDefault(at)?.ToString() ?? "none"}");
            }

            if (!first.SequenceEqual(first.Order(DecisionOrder.Instance)))
            {
                Fail("the decisions are not in canonical order (DecisionOrder)");
            }
        });
    }

    /// <summary>No employee gets two contradictory decisions (in one cycle, or at all, per <see cref="DecisionConflict.Scope"/>).</summary>
    /// <param name="engine">Makes an engine with the packs under test.</param>
    /// <param name="conflicts">The pairs that must not meet; <see langword="null"/> for <see cref="DecisionConflict.Defaults"/>.</param>
    /// <param name="organizations">The organisations; <see langword="null"/> for the default.</param>
    /// <returns>The law.</returns>
    public static PolicyLaw NoContradictions(Func<PolicyEngine> engine, IEnumerable<DecisionConflict>? conflicts = null, Arbitrary<OrganizationSnapshot>? organizations = null)
    {
        ArgumentNullException.ThrowIfNull(engine);
        var pairs = (conflicts ?? DecisionConflict.Defaults).ToList();
        return Law(NoContradictionsName, "No employee gets two contradictory decisions: " + string.Join("; ", pairs) + ".", organizations, (snapshot, asOf) =>
        {
            var decisions = engine().Evaluate(snapshot, asOf).Decisions;
            foreach (var conflict in pairs)
            {
                var groups = conflict.Scope == ConflictScope.Employee
                    ? decisions.GroupBy(d => (d.EmployeeId, Cycle: (string?)null))
                    : decisions.Where(d => d.CycleId is not null).GroupBy(d => (d.EmployeeId, Cycle: (string?)d.CycleId!.Value.ToString()));
                foreach (var group in groups)
                {
                    var first = group.FirstOrDefault(d => d.Kind == conflict.First);
                    var second = group.FirstOrDefault(d => d.Kind == conflict.Second);
                    if (first is not null && second is not null)
                    {
                        Fail($"{group.Key.EmployeeId}{(group.Key.Cycle is { } c ? $" in {c}" : string.Empty)} has contradictory decisions ({conflict}):{Environment.NewLine}  {first} [rule {first.Explanation.Rule}]{Environment.NewLine}  {second} [rule {second.Explanation.Rule}]");
                    }
                }
            }
        });
    }

    /// <summary>
    /// Raising one calibrated manager rating by a point never yields a harsher consequence for that
    /// employee, and never takes away a favourable decision.
    /// </summary>
    /// <param name="engine">Makes an engine with the packs under test.</param>
    /// <param name="harshness">Harshness per kind (higher is harsher; others 0); <see langword="null"/> for <see cref="DefaultHarshness"/>.</param>
    /// <param name="favourable">Kinds a better rating must keep; <see langword="null"/> for <see cref="DefaultFavourable"/>.</param>
    /// <param name="organizations">The organisations; <see langword="null"/> for the default.</param>
    /// <returns>The law.</returns>
    public static PolicyLaw MonotonicInRatings(
        Func<PolicyEngine> engine,
        IReadOnlyDictionary<DecisionKind, int>? harshness = null,
        IEnumerable<DecisionKind>? favourable = null,
        Arbitrary<OrganizationSnapshot>? organizations = null)
    {
        ArgumentNullException.ThrowIfNull(engine);
        var harsh = harshness ?? DefaultHarshness;
        var good = (favourable ?? DefaultFavourable).ToHashSet();
        return new PolicyLaw(
            MonotonicInRatingsName,
            "A better calibrated rating never yields a harsher consequence, nor takes away a favourable one.",
            () => Prop.ForAll(organizations ?? OrganizationArbitraries.Organization(), AsOfOffsets(), Arb.From(Gen.Choose(0, 1000)), (snapshot, offset, pick) =>
            {
                var asOf = ReferenceOf(snapshot).PlusDays(offset);
                if (RaiseOneRating(snapshot, asOf, pick) is not { } raised)
                {
                    return;
                }

                var (after, review) = raised;

                var was = engine().Evaluate(snapshot, asOf).For(review.EmployeeId).ToList();
                var now = engine().Evaluate(after, asOf).For(review.EmployeeId).ToList();
                int Harshest(IEnumerable<Decision> ds) => ds.Select(d => harsh.GetValueOrDefault(d.Kind)).DefaultIfEmpty(0).Max();
                var change = $"raising {review.Id} of {review.EmployeeId} to {review.OverallRating} as of {Day(asOf)}: [{string.Join(", ", was.Select(d => d.Kind))}] became [{string.Join(", ", now.Select(d => d.Kind))}]";
                if (Harshest(now) > Harshest(was))
                {
                    Fail("harsher after " + change);
                }

                foreach (var kept in was.Where(d => good.Contains(d.Kind)))
                {
                    if (!now.Any(d => d.Kind == kept.Kind && d.CycleId == kept.CycleId))
                    {
                        Fail($"{kept.Kind} lost after {change}");
                    }
                }
            }));
    }

    /// <summary>
    /// When the review-cadence pack is loaded, every working employee with a manager has exactly one
    /// next check-in (due or overdue, with a date), and nobody else has one. Holds trivially otherwise.
    /// </summary>
    /// <param name="engine">Makes an engine with the packs under test.</param>
    /// <param name="organizations">The organisations; <see langword="null"/> for the default.</param>
    /// <returns>The law.</returns>
    public static PolicyLaw CheckInCadenceIsTotal(Func<PolicyEngine> engine, Arbitrary<OrganizationSnapshot>? organizations = null)
    {
        ArgumentNullException.ThrowIfNull(engine);
        return Law(CheckInCadenceIsTotalName, "With the review-cadence pack loaded, every working employee with a manager has exactly one next check-in, with a date; nobody else has one.", organizations, (snapshot, asOf) =>
        {
            var policy = engine();
            if (!policy.Packs.Any(p => p.Name == CadenceRule.Pack))
            {
                return;
            }

            var decisions = policy.Evaluate(snapshot, asOf).Decisions;
            foreach (var employee in snapshot.Employees)
            {
                var checksIn = employee.HireDate <= asOf
                    && employee.StatusOn(asOf) is EmploymentStatus.Active or EmploymentStatus.Probation
                    && employee.ManagerOn(asOf) is not null;
                var next = decisions.Where(d => d.EmployeeId == employee.Id && (d.Kind == DecisionKind.CheckInDue || d.Kind == DecisionKind.CheckInOverdue)).ToList();
                if (checksIn && (next.Count != 1 || next[0].DueOn is null))
                {
                    Fail($"{employee.Id} works with a manager on {Day(asOf)} but has {next.Count} next check-in(s){(next.Count == 1 ? " without a date" : string.Empty)}: [{string.Join("; ", next)}]");
                }

                if (!checksIn && next.Count > 0)
                {
                    Fail($"{employee.Id} does not check in on {Day(asOf)} (not working, or no manager) but has: [{string.Join("; ", next)}]");
                }
            }
        });
    }

    /// <summary>
    /// Every decision is about an employee of the snapshot, explained as of the evaluation date with
    /// a reason and facts, among them the employee; every fact it cites exists in the snapshot.
    /// </summary>
    /// <param name="engine">Makes an engine with the packs under test.</param>
    /// <param name="organizations">The organisations; <see langword="null"/> for the default.</param>
    /// <returns>The law.</returns>
    /// <remarks>Facts of the built-in types are looked up by kind; a fact of another type must carry the id of something in the snapshot.</remarks>
    public static PolicyLaw DecisionsAreExplained(Func<PolicyEngine> engine, Arbitrary<OrganizationSnapshot>? organizations = null)
    {
        ArgumentNullException.ThrowIfNull(engine);
        return Law(DecisionsAreExplainedName, "Every decision is explained, as of the evaluation date, by a reason and by facts that exist in the snapshot, among them its employee.", organizations, (snapshot, asOf) =>
        {
            var employees = snapshot.Employees.Select(e => e.Id.Value).ToHashSet(StringComparer.Ordinal);
            var reviews = snapshot.Reviews.ToDictionary(r => r.Id.Value, StringComparer.Ordinal);
            var cycles = snapshot.Cycles.Select(c => c.Id.Value).ToHashSet(StringComparer.Ordinal);
            var keyResults = snapshot.GoalSets.SelectMany(g => g.Objectives).SelectMany(o => o.KeyResults).Select(k => k.Id.Value).ToHashSet(StringComparer.Ordinal);
            var records = snapshot.CycleRecords.Select(r => $"{r.EmployeeId.Value}/{r.CycleId.Value}").ToHashSet(StringComparer.Ordinal);
            var improvementPlans = snapshot.ImprovementPlans.Select(p => p.Id.Value).ToHashSet(StringComparer.Ordinal);
            var developmentPlans = snapshot.DevelopmentPlans.Select(p => p.Id.Value).ToHashSet(StringComparer.Ordinal);
            var recognitions = snapshot.Recognitions.Select(r => r.Id.Value).ToHashSet(StringComparer.Ordinal);
            var anything = employees.Concat(reviews.Keys).Concat(cycles).Concat(keyResults).Concat(records).Concat(improvementPlans).Concat(developmentPlans).Concat(recognitions)
                .Concat(snapshot.CheckIns.Select(c => c.Id.Value)).Concat(snapshot.FeedbackNotes.Select(n => n.Id.Value)).Concat(snapshot.OrgUnits.Select(u => u.Id.Value))
                .ToHashSet(StringComparer.Ordinal);

            foreach (var decision in engine().Evaluate(snapshot, asOf).Decisions)
            {
                var explanation = decision.Explanation;
                Check(employees.Contains(decision.EmployeeId.Value), decision, "its employee is not in the snapshot");
                Check(explanation.AsOf == asOf, decision, $"explained as of {Day(explanation.AsOf)}, not {Day(asOf)}");
                Check(!string.IsNullOrWhiteSpace(explanation.Reason), decision, "no reason");
                Check(explanation.Facts.Count > 0, decision, "no facts");
                Check(decision.CycleId is not { } cycle || cycles.Contains(cycle.Value), decision, "its cycle is not in the snapshot");
                var id = decision.EmployeeId.Value;
                Check(
                    explanation.Facts.Any(f => (f.Type is "Employee" or "Manager" && f.Id == id) || (f.Values.TryGetValue("employeeId", out var e) && e == id) || (f.Values.TryGetValue("managerId", out var m) && m == id)),
                    decision,
                    "no fact is about its employee");
                foreach (var fact in explanation.Facts)
                {
                    var exists = fact.Type switch
                    {
                        "Employee" or "Manager" or "CheckInCadence" => employees.Contains(fact.Id),
                        "Rating" or "ManagerRating" => reviews.TryGetValue(fact.Id, out var review) && review.Role == ReviewerRole.Manager,
                        "CompetencyRating" => fact.Id.Split('/') is [var reviewId, var competency] && reviews.TryGetValue(reviewId, out var rated) && rated.CompetencyRatings.Any(c => c.CompetencyId.Value == competency),
                        "KeyResult" => keyResults.Contains(fact.Id),
                        "ReviewProgress" => records.Contains(fact.Id),
                        "ImprovementPlan" => improvementPlans.Contains(fact.Id),
                        "DevelopmentPlan" => developmentPlans.Contains(fact.Id),
                        "Recognition" => recognitions.Contains(fact.Id),
                        "Cycle" => cycles.Contains(fact.Id),
                        "CycleService" => fact.Id.Split('/') is [var served, var servedCycle] && employees.Contains(served) && cycles.Contains(servedCycle),
                        "Compensation" => snapshot.CompensationOf(new PerfDomain.Employees.EmployeeId(fact.Id)) is not null,
                        "Talent" => employees.Contains(fact.Id),
                        "Potential" => snapshot.PotentialAssessments.Any(a => a.Id.Value == fact.Id),
                        _ => anything.Contains(fact.Id),
                    };
                    Check(exists, decision, $"cites {fact}, which does not exist in the snapshot");
                    Check(!fact.Values.TryGetValue("employeeId", out var about) || employees.Contains(about), decision, $"cites {fact}, about an employee not in the snapshot");
                }
            }
        });

        static void Check(bool holds, Decision decision, string what)
        {
            if (!holds)
            {
                Fail($"{decision} [rule {decision.Explanation.Rule}]: {what}");
            }
        }
    }

    /// <summary>
    /// Incremental evaluation (a <see cref="PolicyPartition"/> advanced in time and given changed
    /// snapshots: new check-ins and feedback, removed check-ins, leaves, calibrations) always agrees
    /// with a batch evaluation, and the changes it reports turn the previous decisions into the current ones.
    /// </summary>
    /// <param name="engine">Makes an engine with the packs under test.</param>
    /// <param name="organizations">The organisations; <see langword="null"/> for the default.</param>
    /// <returns>The law.</returns>
    public static PolicyLaw BatchEqualsIncremental(Func<PolicyEngine> engine, Arbitrary<OrganizationSnapshot>? organizations = null)
    {
        ArgumentNullException.ThrowIfNull(engine);
        var step = from kind in Gen.Choose(0, 5)
                   from pick in Gen.Choose(0, 1000)
                   from days in Gen.Choose(0, 60)
                   select new PartitionStep(kind, pick, days);
        var steps = Gen.Sized(n => Gen.Choose(1, Math.Clamp(n / 4, 1, 6)).SelectMany(k => Gen.ArrayOf(step, k)));
        return new PolicyLaw(
            BatchEqualsIncrementalName,
            "Advancing a partition in time and applying changed snapshots always gives the decisions of a batch evaluation, with changes that add up.",
            () => Prop.ForAll(organizations ?? OrganizationArbitraries.Organization(), AsOfOffsets(), Arb.From(steps, ShrinkSteps), (original, offset, plan) =>
            {
                var policy = engine();
                var snapshot = OrganizationArbitraries.Copy(original);
                var partition = policy.CreatePartition(snapshot, ReferenceOf(snapshot).PlusDays(offset));
                Agree(policy.Evaluate(snapshot, partition.AsOf).Decisions, partition.Decisions, "after creation");
                foreach (var s in plan)
                {
                    var previous = partition.Decisions.ToDictionary(Key);
                    var changes = s.Kind == 0 ? partition.AdvanceTo(partition.AsOf.PlusDays(s.Days - 20)) : partition.Apply(Change(partition.Snapshot, partition.AsOf, s));
                    var batch = policy.Evaluate(partition.Snapshot, partition.AsOf).Decisions;
                    Agree(batch, partition.Decisions, $"after {s}");
                    foreach (var withdrawn in changes.Withdrawn)
                    {
                        if (!previous.Remove(Key(withdrawn)))
                        {
                            Fail($"after {s}: withdrawn but not there before: {withdrawn}");
                        }
                    }

                    foreach (var added in changes.Added)
                    {
                        if (!previous.TryAdd(Key(added), added))
                        {
                            Fail($"after {s}: added but there before: {added}");
                        }
                    }

                    foreach (var changed in changes.Changed)
                    {
                        if (!previous.ContainsKey(Key(changed)))
                        {
                            Fail($"after {s}: changed but not there before: {changed}");
                        }

                        previous[Key(changed)] = changed;
                    }

                    if (!batch.Select(Material).Order(StringComparer.Ordinal).SequenceEqual(previous.Values.Select(d => Material(d.SeenOn(partition.AsOf))).Order(StringComparer.Ordinal)))
                    {
                        Fail($"after {s}: the reported changes ({changes}) do not turn the previous decisions into the current ones");
                    }
                }
            }));

        static void Agree(IReadOnlyList<Decision> batch, IReadOnlyList<Decision> incremental, string when)
        {
            if (!batch.SequenceEqual(incremental))
            {
                var missing = batch.Except(incremental).Take(3);
                var extra = incremental.Except(batch).Take(3);
                Fail($"{when}: incremental ({incremental.Count}) differs from batch ({batch.Count}); only in batch: [{string.Join("; ", missing)}]; only incremental: [{string.Join("; ", extra)}]");
            }
        }

        static IEnumerable<PartitionStep[]> ShrinkSteps(PartitionStep[] value)
        {
            for (var i = 0; i < value.Length && value.Length > 1; i++)
            {
                yield return value.Where((_, j) => j != i).ToArray();
            }
        }
    }

    /// <summary>Makes a law over an organisation and an as-of date from an action that throws (for instance through <see cref="Fail(string)"/>) when the law is broken.</summary>
    /// <param name="name">The law's name.</param>
    /// <param name="description">What the law says.</param>
    /// <param name="organizations">The organisations; <see langword="null"/> for <see cref="OrganizationArbitraries.Organization()"/>.</param>
    /// <param name="check">Checks one organisation as of one date; throws when the law is broken.</param>
    /// <returns>The law.</returns>
    public static PolicyLaw Law(string name, string description, Arbitrary<OrganizationSnapshot>? organizations, Action<OrganizationSnapshot, LocalDate> check)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(description);
        ArgumentNullException.ThrowIfNull(check);
        return new PolicyLaw(name, description, () => Prop.ForAll(organizations ?? OrganizationArbitraries.Organization(), AsOfOffsets(), (snapshot, offset) => check(snapshot, ReferenceOf(snapshot).PlusDays(offset))));
    }

    /// <summary>Breaks a law: throws a <see cref="PolicyLawViolationException"/>.</summary>
    /// <param name="message">How the law was broken.</param>
    /// <exception cref="PolicyLawViolationException">Always.</exception>
    public static void Fail(string message) => throw new PolicyLawViolationException(message);

    private static IEnumerable<int> ShrinkOffset(int offset)
    {
        if (offset != 0)
        {
            yield return 0;
            if (offset / 2 != 0)
            {
                yield return offset / 2;
            }
        }
    }

    /// <summary>Gets the date the laws' as-of offsets count from: the snapshot's reference date, or the synthetic default when it has none.</summary>
    /// <param name="snapshot">The snapshot.</param>
    /// <returns>The date.</returns>
    public static LocalDate ReferenceOf(OrganizationSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return snapshot.ReferenceDate ?? new Generation.SyntheticOrganizationOptions().ReferenceDate;
    }

    private static string Day(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A copy of the snapshot with one calibrated manager rating (picked) raised by a point, or null when none can be.</summary>
    private static (OrganizationSnapshot After, Review Review)? RaiseOneRating(OrganizationSnapshot snapshot, LocalDate asOf, int pick)
    {
        var after = OrganizationArbitraries.Copy(snapshot);
        var candidates = after.Reviews
            .Where(r => r.Role == ReviewerRole.Manager && r.Calibrations.Count > 0 && r.Calibrations[^1].CalibratedOn <= asOf && r.OverallRating < r.Scale.Top)
            .ToList();
        if (candidates.Count == 0)
        {
            return null;
        }

        var review = candidates[pick % candidates.Count];
        review.Calibrate(review.OverallRating!.Value + 1, after.Employees[0].Id, "Raised on appeal", review.Calibrations[^1].CalibratedOn);
        return (Rebuild(after), review);
    }

    private static OrganizationSnapshot Rebuild(OrganizationSnapshot s, IEnumerable<CheckIn>? checkIns = null, IEnumerable<FeedbackNote>? notes = null) =>
        new(s.OrganizationName, s.Employees, s.Cycles, s.ReferenceDate, s.OrgUnits, s.CycleRecords, s.GoalSets, checkIns ?? s.CheckIns, notes ?? s.FeedbackNotes, s.Reviews, s.DevelopmentPlans, s.Recognitions, s.ImprovementPlans, s.PayRanges, s.Compensation, s.PotentialAssessments);

    private static (DecisionKind, string, string?, string?, string) Key(Decision d) => (d.Kind, d.EmployeeId.Value, d.CycleId?.Value, d.Subject, d.Explanation.Rule);

    private static string Material(Decision d) => $"{Key(d)} {d.DueOn} {d.EscalateTo} {d.RequiresApproval} {d.Explanation.Reason}";

    private static OrganizationSnapshot Change(OrganizationSnapshot snapshot, LocalDate asOf, PartitionStep step)
    {
        var employee = snapshot.Employees[step.Pick % snapshot.Employees.Count];
        switch (step.Kind)
        {
            case 1 when employee.HireDate <= asOf && employee.ManagerOn(asOf) is { } manager:
                return Rebuild(snapshot, checkIns: snapshot.CheckIns.Append(CheckIn.Record(new CheckInId($"law-ci-{snapshot.CheckIns.Count}-{step.Pick}"), employee.Id, asOf, [manager])));
            case 2 when employee.HireDate <= asOf && employee.ManagerOn(asOf) is { } giver && snapshot.Employee(giver).HireDate <= asOf:
                return Rebuild(snapshot, notes: snapshot.FeedbackNotes.Append(FeedbackNote.Give(new FeedbackNoteId($"law-fb-{snapshot.FeedbackNotes.Count}-{step.Pick}"), giver, employee.Id, FeedbackDirection.Downward, asOf, "Specific feedback")));
            case 3 when snapshot.CheckIns.Count > 0:
                var removed = step.Pick % snapshot.CheckIns.Count;
                return Rebuild(snapshot, checkIns: snapshot.CheckIns.Where((_, i) => i != removed));
            case 4 when asOf >= employee.LatestChangeOn && employee.Status is EmploymentStatus.Active or EmploymentStatus.Probation:
                employee.StartLeave(asOf);
                return Rebuild(snapshot);
            case 4 when asOf >= employee.LatestChangeOn && employee.Status == EmploymentStatus.OnLeave:
                employee.ReturnFromLeave(asOf);
                return Rebuild(snapshot);
            case 5:
                var submitted = snapshot.Reviews.Where(r => r.Role == ReviewerRole.Manager && r.SubmittedOn is not null).ToList();
                if (submitted.Count == 0)
                {
                    return snapshot;
                }

                var review = submitted[step.Pick % submitted.Count];
                var rating = Math.Clamp(review.OverallRating!.Value + (step.Days % 3) - 1, 1, review.Scale.Top);
                var latest = review.Calibrations.Count > 0 ? review.Calibrations[^1].CalibratedOn : review.SubmittedOn!.Value;
                review.Calibrate(rating, snapshot.Employees[0].Id, "Calibrated by the batch-equals-incremental law", asOf > latest ? asOf : latest);
                return Rebuild(snapshot);
            default:
                return snapshot;
        }
    }

    /// <summary>One step of an incremental evaluation: move the date (kind 0) or change the snapshot (kinds 1 to 5).</summary>
    /// <param name="Kind">What to do.</param>
    /// <param name="Pick">Which employee, check-in or review.</param>
    /// <param name="Days">How far to move, or how to calibrate.</param>
    private sealed record PartitionStep(int Kind, int Pick, int Days)
    {
        public override string ToString() => Kind switch
        {
            0 => $"advance {Days - 20} days",
            1 => $"check-in of employee #{Pick}",
            2 => $"downward feedback about employee #{Pick}",
            3 => $"remove check-in #{Pick}",
            4 => $"leave start/return of employee #{Pick}",
            _ => $"calibrate review #{Pick} by {(Days % 3) - 1}",
        };
    }
}
