namespace PerfDomain.Rules.Conformance;

// The conformance suites bound to NRules 1.0.4's own runtime: every expectation in them was observed on it.
public sealed class WorkingMemoryTests_NRules : WorkingMemoryTests<NRulesRuntime>;
public sealed class FiringTests_NRules : FiringTests<NRulesRuntime>;
public sealed class LhsTests_NRules : LhsTests<NRulesRuntime>;
public sealed class RhsTests_NRules : RhsTests<NRulesRuntime>;
public sealed class AgendaTests_NRules : AgendaTests<NRulesRuntime>;
public sealed class EventTests_NRules : EventTests<NRulesRuntime>;
public sealed class ExtensibilityTests_NRules : ExtensibilityTests<NRulesRuntime>;
public sealed class SessionFactoryTests_NRules : SessionFactoryTests<NRulesRuntime>;
