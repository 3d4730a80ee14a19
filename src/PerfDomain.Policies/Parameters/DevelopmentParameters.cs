namespace PerfDomain.Policies.Parameters;

/// <summary>The parameters of the development-triggers pack.</summary>
public sealed record DevelopmentParameters
{
    /// <summary>
    /// Gets how far a key result's progress may fall behind the elapsed share of its cycle, past the
    /// midpoint, before coaching is recommended (0.3: for example 40% progress with 75% elapsed).
    /// </summary>
    public double KeyResultAtRiskGap { get; init; } = 0.3;

    /// <summary>Gets how many days after a new role or promotion an onboarding plan is recommended (30).</summary>
    public int OnboardingWindowDays { get; init; } = 30;

    /// <summary>Gets how many days after their first direct report a manager counts as new (90).</summary>
    public int NewManagerWindowDays { get; init; } = 90;

    /// <summary>Gets the window over which a manager's conversations with their reports are counted, in days (60).</summary>
    public int ManagerConversationWindowDays { get; init; } = 60;

    /// <summary>Gets the fewest conversations (check-ins and feedback notes) per direct report in that window before manager coaching is recommended (1).</summary>
    public double MinimumConversationsPerReport { get; init; } = 1;

    /// <summary>Gets the shortest leave, in days, after which a reintegration check-in is recommended (90).</summary>
    public int ReintegrationMinimumLeaveDays { get; init; } = 90;

    /// <summary>Gets how many days after the return a reintegration check-in is still recommended (30).</summary>
    public int ReintegrationWindowDays { get; init; } = 30;
}
