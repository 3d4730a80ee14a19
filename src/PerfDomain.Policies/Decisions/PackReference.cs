using Ardalis.GuardClauses;

namespace PerfDomain.Policies.Decisions;

/// <summary>A policy pack that took part in an evaluation, by name and version, as the decision format records it.</summary>
/// <remarks>Immutable; equality is ordinal on both.</remarks>
public sealed record PackReference
{
    /// <summary>Initialises a new instance.</summary>
    /// <param name="name">The pack's name, such as <c>review-cadence</c>.</param>
    /// <param name="version">Its version, such as <c>1.0.0</c>.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public PackReference(string name, string version)
    {
        Name = Guard.Against.Null(name);
        Version = Guard.Against.Null(version);
    }

    /// <summary>Gets the pack's name.</summary>
    public string Name { get; }

    /// <summary>Gets the pack's version.</summary>
    public string Version { get; }

    /// <summary>Returns <c>name@version</c>.</summary>
    /// <returns>The pack and version.</returns>
    public override string ToString() => $"{Name}@{Version}";
}
