using NodaTime;
using NRules.Fluent.Dsl;
using PerfDomain.Policies.Facts;
using PerfDomain.Policies.Packs;

namespace PerfDomain.Policies.Tests.Evaluation;

/// <summary>
/// The parameter record of the cancelling pack: the day it is armed for, and the source it cancels, once, when one of
/// its rules fires — in the middle of firing, as a host cancelling a long evaluation would.
/// </summary>
internal sealed class CancelTrap(LocalDate on, CancellationTokenSource source, bool observe = false)
{
    private CancellationTokenSource? _source = source;

    public LocalDate On { get; } = on;

    /// <summary>Gets whether the rule, having cancelled, also observes the token as a long action would, and throws.</summary>
    public bool Observe { get; } = observe;

    public bool Sprung => Volatile.Read(ref _source) is null;

    public static PolicyPack Pack(CancelTrap trap) =>
        new("cancelling-pack", "0.0.1", "Cancels the evaluation it runs in.", [typeof(CancelOnDateRule), typeof(CancelOnCheckInRule)], [trap], joinsAcrossEmployees: false);

    public void Spring(NRules.RuleModel.IContext context)
    {
        Interlocked.Exchange(ref _source, null)?.Cancel();
        if (Observe)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
        }
    }
}

/// <summary>Fires first (priority 100) when the evaluation date is the trap's day, and cancels.</summary>
[Name("custom.cancel-on-date")]
[Priority(100)]
internal sealed class CancelOnDateRule : Rule
{
    public override void Define()
    {
        CancelTrap trap = null!;
        EvaluationDate today = null!;

        When()
            .Match(() => trap)
            .Match(() => today, t => t.AsOf == trap.On);

        Then()
            .Do(ctx => trap.Spring(ctx));
    }
}

/// <summary>Fires first (priority 100) for an employee whose last check-in was on the trap's day, and cancels.</summary>
[Name("custom.cancel-on-check-in")]
[Priority(100)]
internal sealed class CancelOnCheckInRule : Rule
{
    public override void Define()
    {
        CancelTrap trap = null!;
        EmployeeFact employee = null!;

        When()
            .Match(() => trap)
            .Match(() => employee, e => e.LastCheckInOn == trap.On);

        Then()
            .Do(ctx => trap.Spring(ctx));
    }
}
