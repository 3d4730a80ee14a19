using System.Linq.Expressions;
using BenchmarkDotNet.Attributes;
using NRules.Fluent;

namespace PerfDomain.Benchmarks.Rules;

/// <summary>
/// Compile time for 100 and 1,000 distinct rules on PerfDomain.Rules (rules loaded with NRules' <see cref="RuleRepository"/>,
/// compiled with <see cref="PerfDomain.Rules.RuleCompiler"/>). The engine compiles each condition and action to a delegate on
/// first use, so <c>Compile</c> alone does not include delegate compilation: <see cref="LoadCompileFirstFire"/>
/// adds a first session over 100 facts, which touches every rule's condition and the firing rules' actions.
/// NRules' own runtime, side by side: <see cref="Runtimes.CompileRuntimeBenchmarks"/>.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class RuleCompilationBenchmarks
{
    private Type[] _ruleTypes = null!;
    private OneFact[] _facts = null!;
    private int[] _divisors = null!;

    [Params(100, 1_000)]
    public int RuleCount { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _ruleTypes = GeneratedRules.ModuloRules(RuleCount);
        _facts = BenchmarkData.OneFacts(100);
        _divisors = GeneratedRules.Divisors(RuleCount);
    }

    /// <summary>The least any expression-based engine pays: compiling each rule's condition to a delegate with <c>Expression.Compile()</c>.</summary>
    [Benchmark(Baseline = true)]
    public int ExpressionCompileOnly()
    {
        var compiled = new Func<OneFact, bool>[_divisors.Length];
        for (var i = 0; i < _divisors.Length; i++)
        {
            var divisor = _divisors[i];
            Expression<Func<OneFact, bool>> condition = f => f.Value % divisor == 0;
            compiled[i] = condition.Compile();
        }

        return compiled.Length;
    }

    /// <summary>Instantiates each rule class and runs its <c>Define()</c>: the rule model only.</summary>
    [Benchmark]
    public int Load()
    {
        var repository = new RuleRepository();
        repository.Load(x => x.From(_ruleTypes));
        return repository.GetRuleSets().Sum(set => set.Rules.Count());
    }

    /// <summary><c>Load</c> and <c>Compile</c>: the rule model and the Rete network, ready to create sessions.</summary>
    [Benchmark]
    public int LoadCompile()
    {
        var repository = new RuleRepository();
        repository.Load(x => x.From(_ruleTypes));
        return new PerfDomain.Rules.RuleCompiler().Compile(repository.GetRuleSets()).Rules.Count;
    }

    /// <summary><c>Load</c>, <c>Compile</c> and a first session over 100 facts: the time to a first answer, delegates included.</summary>
    [Benchmark]
    public int LoadCompileFirstFire()
    {
        var repository = new RuleRepository();
        repository.Load(x => x.From(_ruleTypes));
        var session = new PerfDomain.Rules.RuleCompiler().Compile(repository.GetRuleSets()).CreateSession();
        session.InsertAll(_facts);
        return session.Fire();
    }
}
