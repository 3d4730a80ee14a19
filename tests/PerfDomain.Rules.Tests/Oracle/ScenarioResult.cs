namespace PerfDomain.Rules.Tests.Oracle;

/// <summary>What <see cref="ScenarioRunner.Run"/> saw: PerfDomain's firings, in order, and how many steps both runtimes were compared on.</summary>
internal sealed record ScenarioResult(List<string> Firings, int StepsCompared);
