using NodaTime;
using PerfDomain.Cycles;

namespace ReferenceHost.Data;

/// <summary>A stage window as stored in <see cref="CycleRow.WindowsJson"/>.</summary>
internal sealed record StageWindowJson(LifecycleStage Stage, LocalDate Start, LocalDate End);
