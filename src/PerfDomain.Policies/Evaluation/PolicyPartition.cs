using Ardalis.GuardClauses;
using NodaTime;
using NRules;
using NRules.RuleModel;
using PerfDomain.Policies.Decisions;
using PerfDomain.Policies.Facts;
using PerfDomain.Policies.Packs;
using PerfDomain.Policies.Parameters;
using PerfDomain.Policies.Runtime;
using PerfDomain.Rules;
using PerfDomain.Snapshots;

namespace PerfDomain.Policies.Evaluation;

/// <summary>
/// A long-lived, incremental evaluation of one partition of an organisation (a tenant, a business
/// unit): it keeps its rule session, and each update sends only the facts that changed through it.
/// </summary>
/// <remarks>
/// <para>
/// The host changes its aggregates as usual, through the methods that record domain events (a
/// check-in recorded, a rating calibrated, an employee gone on leave), and hands the partition the
/// changed aggregates with <see cref="Apply(AggregateRoot[])"/> — or a whole updated snapshot with
/// <see cref="Apply(OrganizationSnapshot, CancellationToken)"/> — or moves the as-of date with <see cref="AdvanceTo"/>. Either returns the
/// decisions added, withdrawn and changed (<see cref="DecisionChanges"/>). The decisions after any sequence of updates equal those of a batch
/// <see cref="PolicyEngine.Evaluate"/> of the same snapshot and date.
/// </para>
/// <para>
/// An update that fails — a rule throws (<see cref="PolicyEvaluationException"/>), the firing limit is reached, the
/// call is cancelled (<see cref="OperationCanceledException"/>) — changes nothing the host can see: <see cref="Snapshot"/>,
/// <see cref="AsOf"/> and <see cref="Decisions"/> stay as they were before it. The partition then drops its rule session,
/// and the next update builds a new one from the snapshot (as costly as <see cref="PolicyEngine.CreatePartition"/>),
/// reporting the changes since the decisions last reported; retrying the failed update is the usual next step.
/// Aggregates the host changed in place are changed in <see cref="Snapshot"/> too, as always; the next update reads
/// them.
/// </para>
/// <para>Not thread-safe: one partition serves one caller at a time. Separate partitions of one engine may be used on separate threads.</para>
/// </remarks>
public sealed class PolicyPartition
{
    private readonly PolicyRuntime _runtime;
    private readonly IReadOnlyDictionary<string, PolicyPack> _packOfRule;
    private readonly PolicyParameters _parameters;
    private readonly IReadOnlyList<object> _packParameters;

    // The rule session and what was projected into it; null once an update failed, until the next one rebuilds it.
    private Live? _live;

    // The decisions in the session, by the fact that holds each, kept up to date from the session's events so that an
    // update costs what it changes; and the decisions of this update as they were before it.
    private Dictionary<IFact, Decision> _decisions = new(ReferenceEqualityComparer.Instance);
    private Dictionary<DecisionKey, HashSet<IFact>> _byKey = [];
    private readonly Dictionary<IFact, Decision?> _touched = new(ReferenceEqualityComparer.Instance);

    internal PolicyPartition(PolicyRuntime runtime, IReadOnlyDictionary<string, PolicyPack> packOfRule, OrganizationSnapshot snapshot, LocalDate asOf, PolicyParameters parameters, IReadOnlyList<object> packParameters, CancellationToken cancellationToken)
    {
        _runtime = runtime;
        _packOfRule = packOfRule;
        _parameters = parameters;
        _packParameters = packParameters;
        Snapshot = snapshot;
        AsOf = asOf;
        Rebuild(Project(snapshot, asOf), asOf, cancellationToken, report: false);
    }

    /// <summary>Gets the snapshot the partition reflects.</summary>
    public OrganizationSnapshot Snapshot { get; private set; }

    /// <summary>Gets the as-of date the partition reflects.</summary>
    public LocalDate AsOf { get; private set; }

    /// <summary>Gets the current decisions, in the documented order.</summary>
    public IReadOnlyList<Decision> Decisions
    {
        get
        {
            // A decision made on an earlier day, on which nothing has changed since, is seen as of today.
            var list = new List<Decision>(_decisions.Count);
            foreach (var decision in _decisions.Values)
            {
                list.Add(decision.SeenOn(AsOf));
            }

            list.Sort(DecisionOrder.Instance);
            return list;
        }
    }

    /// <summary>Brings the partition up to date with a changed snapshot.</summary>
    /// <param name="updated">The snapshot after the host applied its domain events.</param>
    /// <returns>The decisions added and withdrawn.</returns>
    /// <exception cref="InvalidParametersException">A parameter does not fit the updated snapshot.</exception>
    /// <exception cref="PolicyEvaluationException">A rule's condition or action threw; the partition is as before the call.</exception>
    /// <exception cref="FiringLimitExceededException">A runaway chain of rules reached the firing limit; the partition is as before the call.</exception>
    public DecisionChanges Apply(OrganizationSnapshot updated) => Apply(updated, CancellationToken.None);

    /// <summary>Brings the partition up to date with a changed snapshot, and can be cancelled.</summary>
    /// <param name="updated">The snapshot after the host applied its domain events.</param>
    /// <param name="cancellationToken">Stops the update between two rule firings; the partition is then as before the call.</param>
    /// <returns>The decisions added and withdrawn.</returns>
    /// <exception cref="InvalidParametersException">A parameter does not fit the updated snapshot.</exception>
    /// <exception cref="PolicyEvaluationException">A rule's condition or action threw; the partition is as before the call.</exception>
    /// <exception cref="FiringLimitExceededException">A runaway chain of rules reached the firing limit; the partition is as before the call.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled; the partition is as before the call.</exception>
    public DecisionChanges Apply(OrganizationSnapshot updated, CancellationToken cancellationToken)
    {
        Guard.Against.Null(updated);
        PolicyEngine.ValidateAgainst(updated, _parameters);
        cancellationToken.ThrowIfCancellationRequested();
        return Commit(updated, AsOf, Project(updated, AsOf), dirty: null, cancellationToken);
    }

    /// <summary>
    /// Brings the partition up to date with aggregates the host has just changed or created through
    /// their intention-revealing methods — the ones whose <see cref="AggregateRoot.DomainEvents"/> it
    /// is about to persist: an employee who went on leave, a check-in recorded, a review calibrated.
    /// </summary>
    /// <param name="changed">
    /// The changed aggregates. One the snapshot holds already (the same object) is re-read; one with
    /// the id of a held aggregate replaces it; any other is added. Their domain events are left for the
    /// host to persist and clear.
    /// </param>
    /// <returns>The decisions added, withdrawn and changed.</returns>
    /// <exception cref="InvalidSnapshotException">The snapshot with these aggregates would be inconsistent (an unknown employee, a duplicate id…).</exception>
    /// <exception cref="ArgumentException">An aggregate is of a kind a snapshot does not hold.</exception>
    /// <exception cref="PolicyEvaluationException">A rule's condition or action threw; the partition is as before the call.</exception>
    /// <exception cref="FiringLimitExceededException">A runaway chain of rules reached the firing limit; the partition is as before the call.</exception>
    /// <remarks>To pass a <see cref="CancellationToken"/>, use <see cref="Apply(IEnumerable{AggregateRoot}, CancellationToken)"/>.</remarks>
    public DecisionChanges Apply(params AggregateRoot[] changed) => Apply((IEnumerable<AggregateRoot>)Guard.Against.Null(changed), CancellationToken.None);

    /// <summary>
    /// Brings the partition up to date with aggregates the host has just changed or created, as
    /// <see cref="Apply(AggregateRoot[])"/> does, and can be cancelled.
    /// </summary>
    /// <param name="changed">The changed aggregates (see <see cref="Apply(AggregateRoot[])"/>).</param>
    /// <param name="cancellationToken">Stops the update between two rule firings; the partition is then as before the call.</param>
    /// <returns>The decisions added, withdrawn and changed.</returns>
    /// <exception cref="InvalidSnapshotException">The snapshot with these aggregates would be inconsistent (an unknown employee, a duplicate id…).</exception>
    /// <exception cref="ArgumentException">An aggregate is of a kind a snapshot does not hold.</exception>
    /// <exception cref="PolicyEvaluationException">A rule's condition or action threw; the partition is as before the call.</exception>
    /// <exception cref="FiringLimitExceededException">A runaway chain of rules reached the firing limit; the partition is as before the call.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled; the partition is as before the call.</exception>
    public DecisionChanges Apply(IEnumerable<AggregateRoot> changed, CancellationToken cancellationToken)
    {
        var aggregates = Guard.Against.Null(changed).ToArray();
        cancellationToken.ThrowIfCancellationRequested();

        // Checks only what the changed aggregates touch; the same result, or the same error, as a snapshot built anew.
        // The parameters need no new check: With keeps the cycles and org units and never removes an employee, so
        // what the parameters name (rating labels, units, employees) is there as when the partition was made.
        var updated = Snapshot.With(aggregates);
        if (_live is not { } live)
        {
            return Commit(updated, AsOf, Project(updated, AsOf), dirty: null, cancellationToken);
        }

        // Only the groups of facts the changed aggregates feed are projected again and compared.
        var dirty = new HashSet<FactGroup>();
        try
        {
            foreach (var aggregate in aggregates)
            {
                live.Projection.Replace(aggregate, dirty);
            }
        }
        catch
        {
            // The projection is half changed: the next update starts afresh.
            _live = null;
            throw;
        }

        return Commit(updated, AsOf, live.Projection, dirty, cancellationToken);
    }

    /// <summary>Moves the partition to another as-of date (typically the next day).</summary>
    /// <param name="asOf">The new as-of date.</param>
    /// <param name="cancellationToken">Stops the update between two rule firings; the partition is then as before the call.</param>
    /// <returns>The decisions added and withdrawn.</returns>
    /// <exception cref="PolicyEvaluationException">A rule's condition or action threw; the partition is as before the call.</exception>
    /// <exception cref="FiringLimitExceededException">A runaway chain of rules reached the firing limit; the partition is as before the call.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled; the partition is as before the call.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The as-of date is outside <see cref="OrganizationSnapshot.SupportedDates"/> (1900-01-01 to 2200-12-31).</exception>
    public DecisionChanges AdvanceTo(LocalDate asOf, CancellationToken cancellationToken = default)
    {
        PolicyEngine.RequireSupported(asOf);
        cancellationToken.ThrowIfCancellationRequested();
        if (_live is { Tracks: true } live && asOf > AsOf && !(live.Index.EverythingOn <= asOf))
        {
            return Forward(live, asOf, cancellationToken);
        }

        if (asOf != AsOf)
        {
            // Every match reading the date is evaluated again, and tells its days anew.
            _live?.Index.ForgetDays();
        }

        return Commit(Snapshot, asOf, Project(Snapshot, asOf), dirty: null, cancellationToken);
    }

    // Forward, with no answer given for everyone changing on the way: the date moves in place, unseen by the session,
    // and only the groups whose projection can change and the facts whose matches' answers about the date can change by
    // the new day are sent through the session again.
    private DecisionChanges Forward(Live live, LocalDate asOf, CancellationToken cancellationToken)
    {
        var (groups, facts) = live.Index.DueBy(asOf);
        if (groups.Contains(FactGroup.Global))
        {
            // A cycle starts or ends, a window opens or closes: every employee's facts can change.
            live.Index.ForgetDays();
            return Commit(Snapshot, asOf, Project(Snapshot, asOf), dirty: null, cancellationToken);
        }

        var dirty = new HashSet<FactGroup>();
        try
        {
            live.Projection.MoveTo(asOf, groups, dirty);
            live.Date.Move(asOf);
        }
        catch
        {
            _live = null;
            throw;
        }

        var changes = Update(live, live.Projection, dirty, asOf, cancellationToken, facts);
        AsOf = asOf;
        return changes;
    }

    private GroupProjection Project(OrganizationSnapshot snapshot, LocalDate asOf) => new(snapshot, asOf, _parameters, _packParameters);

    // Brings the session to the projection (only the dirty groups, or all), fires, and only then takes the new snapshot
    // and date: a failure anywhere leaves the partition as it was, to be rebuilt by the next update.
    private DecisionChanges Commit(OrganizationSnapshot snapshot, LocalDate asOf, GroupProjection projection, IReadOnlyCollection<FactGroup>? dirty, CancellationToken cancellationToken)
    {
        var changes = _live is { } live ? Update(live, projection, dirty, asOf, cancellationToken) : Rebuild(projection, asOf, cancellationToken)!;
        Snapshot = snapshot;
        AsOf = asOf;
        return changes;
    }

    private DecisionChanges Update(Live live, GroupProjection projection, IReadOnlyCollection<FactGroup>? dirty, LocalDate asOf, CancellationToken cancellationToken, List<object>? reevaluate = null)
    {
        live.Watch.CancellationToken = cancellationToken;
        try
        {
            live.Projection = projection;
            var changed = Synchronise(live, dirty, cancellationToken, reevaluate);
            return Changes(changed, asOf);
        }
        catch (Exception ex)
        {
            // Put back the decisions this update touched, and let the next update start from a new session.
            foreach (var (fact, before) in _touched)
            {
                Forget(fact);
                if (before is not null)
                {
                    Remember(fact, before);
                }
            }

            _live = null;
            if (live.Watch.Translate(ex) is { } translated)
            {
                throw translated;
            }

            throw;
        }
        finally
        {
            _touched.Clear();
        }
    }

    // A new session over the whole projection; the changes are those since the decisions last reported (a new partition
    // has reported nothing, and wants no list of all its decisions as added).
    private DecisionChanges? Rebuild(GroupProjection projection, LocalDate asOf, CancellationToken cancellationToken, bool report = true)
    {
        var (decisions, byKey) = (_decisions, _byKey);
        _decisions = new Dictionary<IFact, Decision>(ReferenceEqualityComparer.Instance);
        _byKey = [];
        var session = _runtime.CreateSession();
        var live = new Live(session, projection, new RuleFaultWatch(session, _packOfRule, carryOn: false, cancellationToken));
        if (session is PerfDomain.Rules.Sessions.Session tracked)
        {
            // Our runtime says which facts each answer about the date was read for; NRules' does not, so a partition on
            // it evaluates every match again on every new day.
            tracked.TracksEvaluationScope = true;
            live.Tracks = true;
        }

        live.Session.Events.FactInsertedEvent += (_, e) => Track(e.Fact);
        live.Session.Events.FactUpdatedEvent += (_, e) => Track(e.Fact);
        live.Session.Events.FactRetractedEvent += (_, e) => Track(e.Fact, retracted: true);
        try
        {
            var changed = Synchronise(live, dirty: null, cancellationToken);
            _live = live;

            return report ? DecisionChanges.Between([.. decisions.Values.Select(d => d.SeenOn(AsOf))], [.. _decisions.Values.Select(d => d.SeenOn(asOf))], changed) : null;
        }
        catch (Exception ex)
        {
            (_decisions, _byKey) = (decisions, byKey);
            if (live.Watch.Translate(ex) is { } translated)
            {
                throw translated;
            }

            throw;
        }
        finally
        {
            _touched.Clear();
        }
    }

    private static void Track(DateChangeIndex index, object fact, bool global)
    {
        if (!global)
        {
            index.Track(fact);
        }
    }

    private static object IdentityOf(object fact) => fact is IIdentityProvider provider ? (fact.GetType(), provider.GetIdentity()) : fact.GetType();

    // Sends the facts that differ from what the session holds through it, and those whose matches' answers about the
    // date are due to be given again, then fires; returns how many facts changed.
    private int Synchronise(Live live, IReadOnlyCollection<FactGroup>? dirty, CancellationToken cancellationToken, List<object>? reevaluate = null)
    {
        using var listening = DateHorizon.Listen(live.Tracks ? live.Index : null);
        var all = dirty is null;
        var index = live.Index;
        var updated = reevaluate is null ? null : new HashSet<object>(ReferenceEqualityComparer.Instance);
        var session = live.Session;
        var groups = live.Groups;
        var changed = 0;
        var next = all ? new Dictionary<FactGroup, Dictionary<object, object>>() : groups;
        foreach (var group in dirty ?? live.Projection.Groups())
        {
            var facts = live.Projection.Project(group);
            var current = groups.GetValueOrDefault(group);
            var projected = new Dictionary<object, object>(facts.Count);
            var global = group.Kind == FactGroupKind.Global;
            foreach (var fact in facts)
            {
                var identity = IdentityOf(fact);
                if (current is null || !current.Remove(identity, out var was))
                {
                    projected[identity] = fact;
                    Track(index, fact, global);
                    session.Insert(fact);
                    changed++;
                }
                else if (!Equals(was, fact))
                {
                    projected[identity] = fact;
                    index.Untrack(was);
                    Track(index, fact, global);

                    // A fact that declares its identity is updated in place; any other (a parameter record) is only
                    // equal to itself, so it is replaced.
                    if (fact is IIdentityProvider)
                    {
                        session.Update(fact);
                    }
                    else
                    {
                        session.Retract(was);
                        session.Insert(fact);
                    }

                    updated?.Add(fact);
                    changed++;
                }
                else
                {
                    // Equal: the session keeps the fact it has (the evaluation date moved in place is that one).
                    projected[identity] = was;
                }
            }

            if (current is not null)
            {
                foreach (var gone in current.Values)
                {
                    index.Untrack(gone);
                }
            }

            changed += RetractAll(session, current);
            index.GroupChangesOn(group, live.Projection.NextChange(group));
            groups.Remove(group);
            if (projected.Count > 0)
            {
                next[group] = projected;
            }
        }

        if (all)
        {
            // Groups that no longer exist (an employee gone from the snapshot) take their facts with them.
            foreach (var gone in groups.Values)
            {
                foreach (var fact in gone.Values)
                {
                    index.Untrack(fact);
                }

                changed += RetractAll(session, gone);
            }

            live.Groups = next;
            live.Date = (EvaluationDate)next[FactGroup.Global][IdentityOf(new EvaluationDate(default))];
        }

        // Matches whose answer about the date can change by now are evaluated again, through one of their facts.
        foreach (var fact in reevaluate ?? [])
        {
            if (index.IsCurrent(fact) && updated!.Add(fact))
            {
                session.Update(fact);
                changed++;
            }
        }

        _runtime.Fire(session, cancellationToken);
        return changed;
    }

    private void Track(IFact fact, bool retracted = false)
    {
        // A fact keeps its type for life: only decisions are tracked.
        if (fact.Value is not Decision)
        {
            return;
        }

        _touched.TryAdd(fact, _decisions.GetValueOrDefault(fact));
        Forget(fact);
        if (!retracted && fact.Value is Decision now)
        {
            Remember(fact, now);
        }
    }

    private void Forget(IFact fact)
    {
        if (_decisions.Remove(fact, out var before))
        {
            var key = DecisionKey.Of(before);
            if (_byKey[key].Remove(fact) && _byKey[key].Count == 0)
            {
                _byKey.Remove(key);
            }
        }
    }

    private void Remember(IFact fact, Decision decision)
    {
        _decisions[fact] = decision;
        var key = DecisionKey.Of(decision);
        if (!_byKey.TryGetValue(key, out var facts))
        {
            facts = new HashSet<IFact>(ReferenceEqualityComparer.Instance);
            _byKey.Add(key, facts);
        }

        facts.Add(fact);
    }

    // Only decisions that came, went or changed, and those sharing a key with them, can differ: compare just those.
    private DecisionChanges Changes(int factsChanged, LocalDate asOf)
    {
        var keys = new HashSet<DecisionKey>();
        foreach (var (fact, before) in _touched)
        {
            if (before is not null)
            {
                keys.Add(DecisionKey.Of(before));
            }

            if (_decisions.TryGetValue(fact, out var after))
            {
                keys.Add(DecisionKey.Of(after));
            }
        }

        var candidates = new HashSet<IFact>(_touched.Keys, ReferenceEqualityComparer.Instance);
        foreach (var key in keys)
        {
            if (_byKey.TryGetValue(key, out var facts))
            {
                candidates.UnionWith(facts);
            }
        }

        var was = new List<Decision>();
        var now = new List<Decision>();
        foreach (var fact in candidates)
        {
            if ((_touched.TryGetValue(fact, out var before) ? before : _decisions.GetValueOrDefault(fact)) is { } b && keys.Contains(DecisionKey.Of(b)))
            {
                // As the host last saw it: as of the partition's date before this update.
                was.Add(b.SeenOn(AsOf));
            }

            if (_decisions.GetValueOrDefault(fact) is { } a && keys.Contains(DecisionKey.Of(a)))
            {
                now.Add(a.SeenOn(asOf));
            }
        }

        return DecisionChanges.Between(was, now, factsChanged);
    }

    private static int RetractAll(ISession session, Dictionary<object, object>? facts)
    {
        if (facts is null)
        {
            return 0;
        }

        foreach (var fact in facts.Values)
        {
            session.Retract(fact);
        }

        return facts.Count;
    }

    // A rule session with what was projected into it, and the watch that names a rule that throws in it.
    private sealed class Live(ISession session, GroupProjection projection, RuleFaultWatch watch)
    {
        public ISession Session { get; } = session;

        public RuleFaultWatch Watch { get; } = watch;

        public GroupProjection Projection { get; set; } = projection;

        public Dictionary<FactGroup, Dictionary<object, object>> Groups { get; set; } = [];

        /// <summary>Gets or sets the date fact in the session; moved in place when no answer for everyone changes.</summary>
        public EvaluationDate Date { get; set; } = null!;

        /// <summary>Gets or sets whether the session says which facts each answer about the date was read for.</summary>
        public bool Tracks { get; set; }

        public DateChangeIndex Index { get; } = new();
    }
}
