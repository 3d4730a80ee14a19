using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using NRules;
using NRules.Fluent;
using NRules.RuleModel;
using PerfDomain.Benchmarks.Rules;

namespace PerfDomain.Benchmarks.Runtimes;

/// <summary>
/// Compiling 1,000 generated rules (<see cref="ModuloRule{TIndex}"/>, <c>fact.Value % i == 0</c> for i = 1…1,000) on
/// NRules' own runtime (the baseline of each category) and on PerfDomain.Rules. Three measurements, one category each:
/// <list type="bullet">
/// <item><description><c>Compile</c>: the definitions are loaded once in setup; only <c>RuleCompiler.Compile</c> is measured.</description></item>
/// <item><description><c>LoadCompile</c>: end to end, a new <c>RuleRepository</c>, <c>Load</c> of the 1,000 rule classes, then <c>Compile</c>.</description></item>
/// <item><description>
/// <c>CompileFirstFire</c>: <c>Compile</c>, then a first session over 100 facts and <c>Fire()</c>. NRules compiles every
/// expression to a delegate in <c>Compile</c>; PerfDomain.Rules prepares them on first use (interpreted, then compiled to IL
/// after repeated calls), so this category puts that deferred work back into the comparison.
/// </description></item>
/// </list>
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[CategoriesColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[WarmupCount(1)]
[IterationCount(5)]
public class CompileRuntimeBenchmarks
{
    private Type[] _ruleTypes = null!;
    private IReadOnlyList<IRuleDefinition> _definitions = null!;
    private OneFact[] _facts = null!;

    [Params(1_000)]
    public int RuleCount { get; set; }

    [GlobalSetup(Targets =
    [
        nameof(Compile_NRules), nameof(LoadCompile_NRules), nameof(LoadCompile_PerfDomain),
        nameof(CompileFirstFire_NRules), nameof(CompileFirstFire_PerfDomain),
    ])]
    public void Setup()
    {
        _ruleTypes = GeneratedRules.ModuloRules(RuleCount);
        _definitions = RuleFactories.Definitions(_ruleTypes);
        _facts = BenchmarkData.OneFacts(100);
    }

    /// <summary>Also checks, once, that both runtimes compile all the rules and fire them as often as the conditions hold.</summary>
    [GlobalSetup(Target = nameof(Compile_PerfDomain))]
    public void SetupAndCheck()
    {
        Setup();
        var expected = GeneratedRules.Divisors(RuleCount).Sum(d => _facts.Count(f => f.Value % d == 0));
        var ours = CompileFirstFire_PerfDomain();
        var theirs = CompileFirstFire_NRules();
        if (_definitions.Count != RuleCount || ours != expected || theirs != expected)
        {
            throw new InvalidOperationException(
                $"The runtimes disagree: {_definitions.Count} definitions for {RuleCount} rules, {expected} matches, PerfDomain fired {ours}, NRules fired {theirs}.");
        }

        Console.WriteLine($"// Both runtimes fire {expected} times ({RuleCount} rules, {_facts.Length} facts).");
    }

    [Benchmark(Baseline = true, Description = "NRules 1.0.4 runtime")]
    [BenchmarkCategory("Compile")]
    public ISessionFactory Compile_NRules() => new global::NRules.RuleCompiler().Compile(_definitions);

    [Benchmark(Description = "PerfDomain.Rules runtime")]
    [BenchmarkCategory("Compile")]
    public ISessionFactory Compile_PerfDomain() => new PerfDomain.Rules.RuleCompiler().Compile(_definitions);

    [Benchmark(Baseline = true, Description = "NRules 1.0.4 runtime")]
    [BenchmarkCategory("LoadCompile")]
    public ISessionFactory LoadCompile_NRules() => new global::NRules.RuleCompiler().Compile(Load());

    [Benchmark(Description = "PerfDomain.Rules runtime")]
    [BenchmarkCategory("LoadCompile")]
    public ISessionFactory LoadCompile_PerfDomain() => new PerfDomain.Rules.RuleCompiler().Compile(Load());

    [Benchmark(Baseline = true, Description = "NRules 1.0.4 runtime")]
    [BenchmarkCategory("CompileFirstFire")]
    public int CompileFirstFire_NRules() => FirstFire(new global::NRules.RuleCompiler().Compile(_definitions));

    [Benchmark(Description = "PerfDomain.Rules runtime")]
    [BenchmarkCategory("CompileFirstFire")]
    public int CompileFirstFire_PerfDomain() => FirstFire(new PerfDomain.Rules.RuleCompiler().Compile(_definitions));

    private IEnumerable<IRuleDefinition> Load()
    {
        var repository = new RuleRepository();
        repository.Load(x => x.From(_ruleTypes));
        return repository.GetRuleSets().SelectMany(s => s.Rules).ToList();
    }

    private int FirstFire(ISessionFactory factory)
    {
        var session = factory.CreateSession();
        session.InsertAll(_facts);
        return session.Fire();
    }
}
