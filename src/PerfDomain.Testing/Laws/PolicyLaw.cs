using FsCheck;

namespace PerfDomain.Testing.Laws;

/// <summary>
/// A named property that a set of policy packs must satisfy: run it with
/// <see cref="PolicyLawRunner"/>, or with FsCheck directly (<c>Check.QuickThrowOnFailure(law.Property())</c>).
/// </summary>
/// <param name="Name">A short, stable identifier (kebab-case), e.g. <c>"determinism"</c>.</param>
/// <param name="Description">What the law says, in one sentence.</param>
/// <param name="Property">Makes the FsCheck property, typically with <c>Prop.ForAll(arbitrary, …)</c>; a law fails by returning false or by throwing (for instance a <see cref="PolicyLawViolationException"/> with a readable message).</param>
/// <remarks>
/// Write your own law the same way: <c>new PolicyLaw("my-law", "…", () =&gt; Prop.ForAll(OrganizationArbitraries.Organization(), snapshot =&gt; …))</c>.
/// For the runner to report a counterexample snapshot, make an <see cref="PerfDomain.Snapshots.OrganizationSnapshot"/> one of the arguments.
/// </remarks>
public sealed record PolicyLaw(string Name, string Description, Func<Property> Property)
{
    /// <inheritdoc/>
    public override string ToString() => $"{Name}: {Description}";
}

/// <summary>Thrown by a law's property when an example breaks it; its message says how.</summary>
public sealed class PolicyLawViolationException : Exception
{
    /// <summary>Initialises a new instance of the <see cref="PolicyLawViolationException"/> class.</summary>
    public PolicyLawViolationException()
    {
    }

    /// <summary>Initialises a new instance of the <see cref="PolicyLawViolationException"/> class.</summary>
    /// <param name="message">How the law was broken.</param>
    public PolicyLawViolationException(string message)
        : base(message)
    {
    }

    /// <summary>Initialises a new instance of the <see cref="PolicyLawViolationException"/> class.</summary>
    /// <param name="message">How the law was broken.</param>
    /// <param name="innerException">The cause.</param>
    public PolicyLawViolationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
