using PerfDomain.Policies.Packs;

namespace PerfDomain.Policies.Development;

/// <summary>Base of the rules of the development-triggers pack.</summary>
public abstract class DevelopmentRule : PolicyRule
{
    /// <summary>The pack's name.</summary>
    public const string Pack = "development-triggers";

    /// <summary>The pack's version.</summary>
    public const string Version = "1.0.0";

    /// <inheritdoc/>
    public override string PackName => Pack;

    /// <inheritdoc/>
    public override string PackVersion => Version;
}
