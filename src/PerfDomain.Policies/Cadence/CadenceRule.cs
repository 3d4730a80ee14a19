using PerfDomain.Policies.Packs;

namespace PerfDomain.Policies.Cadence;

/// <summary>Base of the rules of the review-cadence pack.</summary>
public abstract class CadenceRule : PolicyRule
{
    /// <summary>The pack's name.</summary>
    public const string Pack = "review-cadence";

    /// <summary>The pack's version.</summary>
    public const string Version = "1.0.0";

    /// <inheritdoc/>
    public override string PackName => Pack;

    /// <inheritdoc/>
    public override string PackVersion => Version;
}
