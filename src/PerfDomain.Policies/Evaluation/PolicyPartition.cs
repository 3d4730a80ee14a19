using Ardalis.GuardClauses;
using NodaTime;
using NRules;
using NRules.RuleModel;
using PerfDomain.Policies.Decisions;
using PerfDomain.Policies.Facts;
using PerfDomain.Policies.Parameters;
using PerfDomain.Policies.Runtime;
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
/// <see cref="Apply(OrganizationSnapshot)"/> — or moves the as-of date with <see cref="AdvanceTo"/>. Either returns the
/// decisions added, withdrawn and changed (<see cref="DecisionChanges"/>). The decisions after any sequence of updates equal those of a batch
/// <see cref="PolicyEngine.Evaluate"/> of the same snapshot and date.
/// </para>
/// <para>Not thread-safe: one partition serves one caller at a time.</para>
/// </remarks>
public sealed class PolicyPartition
{
    private readonly ISession _session;
    private readonly PolicyRuntime _runtime;
    private readonly PolicyParameters _parameters;
    private readonly IReadOnlyList<object> _packParameters;
    private Dictionary<FactGroup, Dictionary<object, object>> _groups = [];
    private GroupProjection _projection;

    // The decisions in the session, by the fact that holds each, kept up to date from the session's events so that an
    // update costs what it changes; and the decisions of this update as they were before it.
    private readonly Dictionary<IFact, Decision> _decisions = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<DecisionKey, HashSet<IFact>> _byKey = [];
    private readonly Dictionary<IFact, Decision?> _touched = new(ReferenceEqualityComparer.Instance);

    internal PolicyPartition(PolicyRuntime runtime, OrganizationSnapshot snapshot, LocalDate asOf, PolicyParameters parameters, IReadOnlyList<object> packParameters)
    {
        _runtime = runtime;
        _session = runtime.CreateSession();
        _session.Events.FactInsertedEvent += (_, e) => Track(e.Fact);
        _session.Events.FactUpdatedEvent += (_, e) => Track(e.Fact);
        _session.Events.FactRetractedEvent += (_, e) => Track(e.Fact, retracted: true);
        _parameters = parameters;
        _packParameters = packParameters;
        Snapshot = snapshot;
        AsOf = asOf;
        _projection = new GroupProjection(snapshot, asOf, parameters, packParameters);
        Synchronise(all: true);
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
            var list = _decisions.Values.ToList();
            list.Sort(DecisionOrder.Instance);
            return list;
        }
    }

    /// <summary>Brings the partition up to date with a changed snapshot.</summary>
    /// <param name="updated">The snapshot after the host applied its domain events.</param>
    /// <returns>The decisions added and withdrawn.</returns>
    /// <exception cref="InvalidParametersException">A parameter does not fit the updated snapshot.</exception>
    public DecisionChanges Apply(OrganizationSnapshot updated)
    {
        Guard.Against.Null(updated);
        PolicyEngine.ValidateAgainst(updated, _parameters);
        Snapshot = updated;
        _projection = new GroupProjection(updated, AsOf, _parameters, _packParameters);
        return Synchronise(all: true);
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
    public DecisionChanges Apply(params AggregateRoot[] changed)
    {
        Guard.Against.Null(changed);

        // Checks only what the changed aggregates touch; the same result, or the same error, as a snapshot built anew.
        // The parameters need no new check: With keeps the cycles and org units and never removes an employee, so
        // what the parameters name (rating labels, units, employees) is there as when the partition was made.
        Snapshot = Snapshot.With(changed);

        // Only the groups of facts the changed aggregates feed are projected again and compared.
        var dirty = new HashSet<FactGroup>();
        foreach (var aggregate in changed)
        {
            _projection.Replace(aggregate, dirty);
        }

        return Synchronise(all: false, dirty);
    }

    /// <summary>Moves the partition to another as-of date (typically the next day).</summary>
    /// <param name="asOf">The new as-of date.</param>
    /// <returns>The decisions added and withdrawn.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The as-of date is outside <see cref="OrganizationSnapshot.SupportedDates"/> (1900-01-01 to 2200-12-31).</exception>
    public DecisionChanges AdvanceTo(LocalDate asOf)
    {
        PolicyEngine.RequireSupported(asOf);
        AsOf = asOf;
        _projection = new GroupProjection(Snapshot, asOf, _parameters, _packParameters);
        return Synchronise(all: true);
    }

    private static object IdentityOf(object fact) => fact is IIdentityProvider provider ? (fact.GetType(), provider.GetIdentity()) : fact.GetType();

    private DecisionChanges Synchronise(bool all, IReadOnlyCollection<FactGroup>? dirty = null)
    {
        var changed = 0;
        var next = all ? new Dictionary<FactGroup, Dictionary<object, object>>() : _groups;
        foreach (var group in all ? _projection.Groups() : dirty!)
        {
            var facts = _projection.Project(group);
            var current = _groups.GetValueOrDefault(group);
            var projected = new Dictionary<object, object>(facts.Count);
            foreach (var fact in facts)
            {
                var identity = IdentityOf(fact);
                projected[identity] = fact;
                if (current is null || !current.Remove(identity, out var was))
                {
                    _session.Insert(fact);
                    changed++;
                }
                else if (!Equals(was, fact))
                {
                    // A fact that declares its identity is updated in place; any other (the evaluation
                    // date, a parameter record) is only equal to itself, so it is replaced.
                    if (fact is IIdentityProvider)
                    {
                        _session.Update(fact);
                    }
                    else
                    {
                        _session.Retract(was);
                        _session.Insert(fact);
                    }

                    changed++;
                }
            }

            changed += RetractAll(current);
            _groups.Remove(group);
            if (projected.Count > 0)
            {
                next[group] = projected;
            }
        }

        if (all)
        {
            // Groups that no longer exist (an employee gone from the snapshot) take their facts with them.
            foreach (var gone in _groups.Values)
            {
                changed += RetractAll(gone);
            }

            _groups = next;
        }

        try
        {
            _runtime.Fire(_session);
            return Changes(changed);
        }
        finally
        {
            _touched.Clear();
        }
    }

    private void Track(IFact fact, bool retracted = false)
    {
        // A fact keeps its type for life: only decisions are tracked.
        if (fact.Value is not Decision)
        {
            return;
        }

        var before = _decisions.GetValueOrDefault(fact);
        _touched.TryAdd(fact, before);
        if (before is not null)
        {
            var key = DecisionKey.Of(before);
            if (_byKey[key].Remove(fact) && _byKey[key].Count == 0)
            {
                _byKey.Remove(key);
            }

            _decisions.Remove(fact);
        }

        if (!retracted && fact.Value is Decision now)
        {
            _decisions[fact] = now;
            var key = DecisionKey.Of(now);
            if (!_byKey.TryGetValue(key, out var facts))
            {
                facts = new HashSet<IFact>(ReferenceEqualityComparer.Instance);
                _byKey.Add(key, facts);
            }

            facts.Add(fact);
        }
    }

    // Only decisions that came, went or changed, and those sharing a key with them, can differ: compare just those.
    private DecisionChanges Changes(int factsChanged)
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
                was.Add(b);
            }

            if (_decisions.GetValueOrDefault(fact) is { } a && keys.Contains(DecisionKey.Of(a)))
            {
                now.Add(a);
            }
        }

        return DecisionChanges.Between(was, now, factsChanged);
    }

    private int RetractAll(Dictionary<object, object>? facts)
    {
        if (facts is null)
        {
            return 0;
        }

        foreach (var fact in facts.Values)
        {
            _session.Retract(fact);
        }

        return facts.Count;
    }
}
