using System.Reflection;
using Ardalis.GuardClauses;
using NodaTime;
using PerfDomain.Policies.Decisions;
using PerfDomain.Policies.Evaluation;
using PerfDomain.Policies.Parameters;
using PerfDomain.Snapshots;

namespace PerfDomain.Policies.Audit;

/// <summary>
/// What an evaluation ran on, so that its decisions can be reproduced later: the as-of date, the packs and their
/// versions, the fingerprints of the parameters and of the snapshot, the rule runtime and the version of PerfDomain.
/// The decision format writes it as the <c>"record"</c> of an evaluation document (docs/decision-format.md).
/// </summary>
/// <remarks>
/// To reproduce an evaluation, run the same PerfDomain version and packs on a snapshot and parameters whose
/// <see cref="Fingerprints"/> equal the record's, as of <see cref="AsOf"/>: the decisions are the same, in the same
/// order. Immutable; two records are equal when all their members are (packs in order).
/// </remarks>
public sealed class EvaluationRecord : IEquatable<EvaluationRecord>
{
    /// <summary>Initialises a new instance (as read back from the decision format).</summary>
    /// <param name="asOf">The as-of date of the evaluation.</param>
    /// <param name="packs">The packs that ran, in order.</param>
    /// <param name="parameterFingerprint">The parameters' fingerprint (<see cref="Fingerprints.Of(PolicyParameters)"/>).</param>
    /// <param name="snapshotFingerprint">The snapshot's fingerprint (<see cref="Fingerprints.Of(OrganizationSnapshot)"/>).</param>
    /// <param name="runtime">The rule runtime that ran the packs.</param>
    /// <param name="perfDomainVersion">The version of PerfDomain.Policies that evaluated, such as <c>0.1.0</c>.</param>
    /// <exception cref="ArgumentNullException">An argument or a pack is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A fingerprint is not <c>sha256:</c> and 64 lower-case hex digits, or the version is empty.</exception>
    public EvaluationRecord(LocalDate asOf, IReadOnlyList<PackReference> packs, string parameterFingerprint, string snapshotFingerprint, RuleRuntime runtime, string perfDomainVersion)
    {
        Guard.Against.Null(packs);
        if (packs.Any(p => p is null))
        {
            throw new ArgumentNullException(nameof(packs), "A pack of the record is null.");
        }

        AsOf = asOf;
        Packs = packs;
        ParameterFingerprint = WellFormed(parameterFingerprint, nameof(parameterFingerprint));
        SnapshotFingerprint = WellFormed(snapshotFingerprint, nameof(snapshotFingerprint));
        Runtime = runtime;
        PerfDomainVersion = Guard.Against.NullOrWhiteSpace(perfDomainVersion);
    }

    /// <summary>Gets the version of this build of PerfDomain.Policies, as a record writes it (without build metadata).</summary>
    public static string CurrentVersion { get; } = ReadVersion();

    /// <summary>Gets the as-of date of the evaluation.</summary>
    public LocalDate AsOf { get; }

    /// <summary>Gets the packs that ran, in the order they were added.</summary>
    public IReadOnlyList<PackReference> Packs { get; }

    /// <summary>Gets the fingerprint of the parameters the packs ran with.</summary>
    public string ParameterFingerprint { get; }

    /// <summary>Gets the fingerprint of the snapshot evaluated.</summary>
    public string SnapshotFingerprint { get; }

    /// <summary>Gets the rule runtime that ran the packs.</summary>
    public RuleRuntime Runtime { get; }

    /// <summary>Gets the version of PerfDomain.Policies that evaluated.</summary>
    public string PerfDomainVersion { get; }

    /// <summary>Records an evaluation.</summary>
    /// <param name="snapshot">The snapshot evaluated.</param>
    /// <param name="engine">The engine that evaluated it.</param>
    /// <param name="asOf">The as-of date.</param>
    /// <param name="parameters">The parameters passed to <see cref="PolicyEngine.Evaluate"/>; <see langword="null"/> for the engine's own.</param>
    /// <returns>The record.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="snapshot"/> or <paramref name="engine"/> is <see langword="null"/>.</exception>
    public static EvaluationRecord Of(OrganizationSnapshot snapshot, PolicyEngine engine, LocalDate asOf, PolicyParameters? parameters = null)
    {
        Guard.Against.Null(snapshot);
        Guard.Against.Null(engine);
        return new EvaluationRecord(
            asOf,
            [.. engine.Packs.Select(p => new PackReference(p.Name, p.Version))],
            Fingerprints.Of(parameters ?? engine.Parameters),
            Fingerprints.Of(snapshot),
            engine.Runtime,
            CurrentVersion);
    }

    /// <inheritdoc/>
    public bool Equals(EvaluationRecord? other) =>
        other is not null
        && AsOf == other.AsOf
        && Packs.SequenceEqual(other.Packs)
        && string.Equals(ParameterFingerprint, other.ParameterFingerprint, StringComparison.Ordinal)
        && string.Equals(SnapshotFingerprint, other.SnapshotFingerprint, StringComparison.Ordinal)
        && Runtime == other.Runtime
        && string.Equals(PerfDomainVersion, other.PerfDomainVersion, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as EvaluationRecord);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(AsOf, Packs.Count, ParameterFingerprint, SnapshotFingerprint, Runtime);

    /// <summary>Describes the record in one line.</summary>
    /// <returns>The as-of date, packs, fingerprints (shortened), runtime and version.</returns>
    public override string ToString() =>
        $"as of {AsOf:uuuu-MM-dd}, packs {string.Join(", ", Packs)}, parameters {Short(ParameterFingerprint)}, snapshot {Short(SnapshotFingerprint)}, runtime {Runtime}, PerfDomain {PerfDomainVersion}";

    private static string Short(string fingerprint) => fingerprint[..(Fingerprints.Prefix.Length + 12)];

    private static string WellFormed(string fingerprint, string name) =>
        Fingerprints.IsWellFormed(Guard.Against.Null(fingerprint, name))
            ? fingerprint
            : throw new ArgumentException($"'{fingerprint}' is not a fingerprint: expected 'sha256:' and 64 lower-case hex digits.", name);

    private static string ReadVersion()
    {
        var assembly = typeof(EvaluationRecord).Assembly;
        var informational = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        var version = informational ?? assembly.GetName().Version?.ToString(3) ?? "0.0.0";
        var metadata = version.IndexOf('+', StringComparison.Ordinal);
        return metadata < 0 ? version : version[..metadata];
    }
}
