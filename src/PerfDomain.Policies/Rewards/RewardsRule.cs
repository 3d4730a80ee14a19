using System.Globalization;
using PerfDomain.Policies.Packs;

namespace PerfDomain.Policies.Rewards;

/// <summary>Base of the rules of the rewards pack.</summary>
/// <remarks>
/// Fairness guards hold for every rule of the pack: rewards come only from calibrated manager ratings (and calibrated
/// potential), never while an improvement plan is in force, only for employees at work, and every decision waits for
/// a human's approval. Pay is optional in a snapshot: the rules that need it skip employees without it.
/// </remarks>
public abstract class RewardsRule : PolicyRule
{
    /// <summary>The pack's name.</summary>
    public const string Pack = "rewards";

    /// <summary>The pack's version.</summary>
    public const string Version = "1.0.0";

    /// <inheritdoc/>
    public override string PackName => Pack;

    /// <inheritdoc/>
    public override string PackVersion => Version;

    /// <summary>Formats a percentage with two decimals (<c>3.50%</c>).</summary>
    /// <param name="percent">The percentage, 3.5 for 3.5%.</param>
    /// <returns>The text.</returns>
    protected static string Pct(decimal percent) => percent.ToString("0.00", CultureInfo.InvariantCulture) + "%";

    /// <summary>Formats an amount of money with two decimals and its currency (<c>2,400.00 EUR</c>).</summary>
    /// <param name="amount">The amount.</param>
    /// <param name="currency">The currency code.</param>
    /// <returns>The text.</returns>
    protected static string Money(decimal amount, string currency) => amount.ToString("#,0.00", CultureInfo.InvariantCulture) + " " + currency;
}
