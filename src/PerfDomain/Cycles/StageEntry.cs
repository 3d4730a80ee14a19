using NodaTime;

namespace PerfDomain.Cycles;

/// <summary>The day a cycle record entered a stage.</summary>
/// <param name="Stage">The stage.</param>
/// <param name="EnteredOn">The day it was entered.</param>
public sealed record StageEntry(LifecycleStage Stage, LocalDate EnteredOn);
