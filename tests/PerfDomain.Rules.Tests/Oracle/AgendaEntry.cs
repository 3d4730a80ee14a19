namespace PerfDomain.Rules.Tests.Oracle;

/// <summary>A pending activation as a runtime's agenda holds it: its priority, the order it was queued in, and the runtime's own object for it.</summary>
internal sealed record AgendaEntry(int Priority, long Order, object Activation);
