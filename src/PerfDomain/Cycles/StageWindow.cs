using NodaTime;

namespace PerfDomain.Cycles;

/// <summary>The dates during which a stage of a cycle takes place.</summary>
/// <param name="Stage">The stage (not <see cref="LifecycleStage.Closed"/>).</param>
/// <param name="Dates">The window's first and last day, both inclusive.</param>
public sealed record StageWindow(LifecycleStage Stage, DateInterval Dates);
