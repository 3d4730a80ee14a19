using Ardalis.GuardClauses;
using NodaTime;
using PerfDomain.Policies.Evaluation;
using PerfDomain.Policies.Packs;
using PerfDomain.Snapshots;

namespace PerfDomain.Policies.Decisions;

/// <summary>
/// An evaluation as the decision format records it (docs/decision-format.md): which organisation, as of which date,
/// with which packs, and every decision. <see cref="DecisionJson"/> writes and reads it.
/// </summary>
/// <remarks>
/// Immutable and thread-safe when its lists are not changed. Two documents are equal when their organisation, as-of
/// date, packs and decisions are, in order; <see cref="Decision"/> equality is structural, down to the facts and
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
    {
        Organization = Guard.Against.Null(organization);
        AsOf = asOf;
        Packs = Guard.Against.Null(packs);
        Decisions = Guard.Against.Null(decisions);
        if (packs.Any(p => p is null))
        {
            throw new ArgumentNullException(nameof(packs), "A pack of the document is null.");
        }
    }

    /// <summary>Gets the organisation's name.</summary>
    public string Organization { get; }

    /// <summary>Gets the date the evaluation was made as of.</summary>
    public LocalDate AsOf { get; }

    /// <summary>Gets the packs that ran, in the order they were added.</summary>
    public IReadOnlyList<PackReference> Packs { get; }

    /// <summary>Gets the decisions, in the documented order.</summary>
    public IReadOnlyList<Decision> Decisions { get; }

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

    /// <inheritdoc/>
    public bool Equals(DecisionDocument? other) =>
        other is not null
        && string.Equals(Organization, other.Organization, StringComparison.Ordinal)
        && AsOf == other.AsOf
        && Packs.SequenceEqual(other.Packs)
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
