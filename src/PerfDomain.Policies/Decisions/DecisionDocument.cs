using Ardalis.GuardClauses;
using NodaTime;
using PerfDomain.Policies.Audit;
using PerfDomain.Policies.Evaluation;
using PerfDomain.Policies.Parameters;
using PerfDomain.Policies.Packs;
using PerfDomain.Snapshots;

namespace PerfDomain.Policies.Decisions;

/// <summary>
/// An evaluation as the decision format records it (docs/decision-format.md): which organisation, as of which date,
/// with which packs, and every decision. <see cref="DecisionJson"/> writes and reads it.
/// </summary>
/// <remarks>
/// Immutable and thread-safe when its lists are not changed. Two documents are equal when their organisation, as-of
/// date, packs, record and decisions are, in order; <see cref="Decision"/> equality is structural, down to the facts and
/// parameters of each explanation.
/// </remarks>
public sealed class DecisionDocument : IEquatable<DecisionDocument>
{
    /// <summary>Initialises a new instance.</summary>
    /// <param name="organization">The organisation's name (the snapshot's <c>organization.name</c>).</param>
    /// <param name="asOf">The date the evaluation was made as of.</param>
    /// <param name="packs">The packs that ran, in the order they were added.</param>
    /// <param name="decisions">The decisions, in the documented order (the order of <see cref="EvaluationOutcome.Decisions"/>).</param>
    /// <exception cref="ArgumentNullException">An argument, a pack or a decision is <see langword="null"/>.</exception>
    public DecisionDocument(string organization, LocalDate asOf, IReadOnlyList<PackReference> packs, IReadOnlyList<Decision> decisions)
        : this(organization, asOf, packs, decisions, null)
    {
    }

    /// <summary>Initialises a new instance with the record of the evaluation.</summary>
    /// <param name="organization">The organisation's name (the snapshot's <c>organization.name</c>).</param>
    /// <param name="asOf">The date the evaluation was made as of.</param>
    /// <param name="packs">The packs that ran, in the order they were added.</param>
    /// <param name="decisions">The decisions, in the documented order (the order of <see cref="EvaluationOutcome.Decisions"/>).</param>
    /// <param name="record">What the evaluation ran on, or <see langword="null"/> when it was not recorded.</param>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="record"/>, a pack or a decision is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The record's as-of date or packs are not the document's.</exception>
    public DecisionDocument(string organization, LocalDate asOf, IReadOnlyList<PackReference> packs, IReadOnlyList<Decision> decisions, EvaluationRecord? record)
    {
        Organization = Guard.Against.Null(organization);
        AsOf = asOf;
        Packs = Guard.Against.Null(packs);
        Decisions = Guard.Against.Null(decisions);
        if (packs.Any(p => p is null))
        {
            throw new ArgumentNullException(nameof(packs), "A pack of the document is null.");
        }

        if (record is not null && (record.AsOf != asOf || !record.Packs.SequenceEqual(packs)))
        {
            throw new ArgumentException($"The record ({record}) is of another evaluation than the document (as of {asOf:uuuu-MM-dd}, packs {string.Join(", ", packs)}).", nameof(record));
        }

        Record = record;
    }

    /// <summary>Gets the organisation's name.</summary>
    public string Organization { get; }

    /// <summary>Gets the date the evaluation was made as of.</summary>
    public LocalDate AsOf { get; }

    /// <summary>Gets the packs that ran, in the order they were added.</summary>
    public IReadOnlyList<PackReference> Packs { get; }

    /// <summary>Gets the decisions, in the documented order.</summary>
    public IReadOnlyList<Decision> Decisions { get; }

    /// <summary>Gets what the evaluation ran on (fingerprints, runtime, version), or <see langword="null"/> when it was not recorded.</summary>
    public EvaluationRecord? Record { get; }

    /// <summary>Makes the document of an evaluation.</summary>
    /// <param name="snapshot">The snapshot evaluated.</param>
    /// <param name="packs">The packs that ran (<see cref="PolicyEngine.Packs"/>).</param>
    /// <param name="outcome">What the engine decided.</param>
    /// <returns>The document, sharing the outcome's list of decisions.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static DecisionDocument FromOutcome(OrganizationSnapshot snapshot, IEnumerable<PolicyPack> packs, EvaluationOutcome outcome)
    {
        Guard.Against.Null(snapshot);
        Guard.Against.Null(packs);
        Guard.Against.Null(outcome);
        return new DecisionDocument(snapshot.OrganizationName, outcome.AsOf, [.. packs.Select(p => new PackReference(p.Name, p.Version))], outcome.Decisions);
    }

    /// <summary>Makes the document of an evaluation, with its <see cref="EvaluationRecord"/>.</summary>
    /// <param name="snapshot">The snapshot evaluated.</param>
    /// <param name="engine">The engine that evaluated it.</param>
    /// <param name="outcome">What the engine decided.</param>
    /// <param name="parameters">The parameters passed to <see cref="PolicyEngine.Evaluate"/>; <see langword="null"/> for the engine's own.</param>
    /// <returns>The document, sharing the outcome's list of decisions.</returns>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="parameters"/> is <see langword="null"/>.</exception>
    public static DecisionDocument FromEvaluation(OrganizationSnapshot snapshot, PolicyEngine engine, EvaluationOutcome outcome, PolicyParameters? parameters = null)
    {
        Guard.Against.Null(snapshot);
        Guard.Against.Null(engine);
        Guard.Against.Null(outcome);
        var record = EvaluationRecord.Of(snapshot, engine, outcome.AsOf, parameters);
        return new DecisionDocument(snapshot.OrganizationName, outcome.AsOf, record.Packs, outcome.Decisions, record);
    }

    /// <inheritdoc/>
    public bool Equals(DecisionDocument? other) =>
        other is not null
        && string.Equals(Organization, other.Organization, StringComparison.Ordinal)
        && AsOf == other.AsOf
        && Packs.SequenceEqual(other.Packs)
        && Equals(Record, other.Record)
        && Decisions.SequenceEqual(other.Decisions);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as DecisionDocument);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Organization), AsOf, Packs.Count, Decisions.Count);

    /// <summary>Describes the document in one line.</summary>
    /// <returns>The organisation, as-of date, packs and the number of decisions.</returns>
    public override string ToString() =>
        $"{Organization} as of {AsOf:uuuu-MM-dd}, packs {string.Join(", ", Packs)}: {Decisions.Count} decisions";
}
