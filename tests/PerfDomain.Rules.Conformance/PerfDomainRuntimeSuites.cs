namespace PerfDomain.Rules.Conformance;

// The same suites bound to PerfDomain's runtime: it passes when it behaves as NRules does.
public sealed class WorkingMemoryTests_PerfDomain : WorkingMemoryTests<PerfDomainRuntime>;
public sealed class FiringTests_PerfDomain : FiringTests<PerfDomainRuntime>;
public sealed class LhsTests_PerfDomain : LhsTests<PerfDomainRuntime>;
public sealed class RhsTests_PerfDomain : RhsTests<PerfDomainRuntime>;
public sealed class AgendaTests_PerfDomain : AgendaTests<PerfDomainRuntime>;
public sealed class EventTests_PerfDomain : EventTests<PerfDomainRuntime>;
public sealed class ExtensibilityTests_PerfDomain : ExtensibilityTests<PerfDomainRuntime>;
public sealed class SessionFactoryTests_PerfDomain : SessionFactoryTests<PerfDomainRuntime>;
