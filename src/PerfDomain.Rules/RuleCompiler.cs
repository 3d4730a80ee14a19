using System.Diagnostics.CodeAnalysis;
using NRules;
using NRules.RuleModel;
using PerfDomain.Rules.Compilation;
using PerfDomain.Rules.Sessions;

namespace PerfDomain.Rules;

/// <summary>
/// Compiles NRules rule definitions (what <c>RuleRepository.GetRuleSets()</c> holds) into an NRules session factory run by
/// PerfDomain.Rules. Code written against NRules switches runtime by changing the one line that compiles:
/// <c>new NRules.RuleCompiler().Compile(rules)</c> becomes <c>new PerfDomain.Rules.RuleCompiler().Compile(rules)</c>.
/// </summary>
/// <remarks>Thread-safe. Every construct is checked when compiling: one that PerfDomain.Rules does not run is refused then, never when firing.</remarks>
public sealed class RuleCompiler
{
    /// <summary>Initializes a new instance of the <see cref="RuleCompiler"/> class with the default options (NRules' behaviour, firing limit on).</summary>
    public RuleCompiler()
        : this(SessionOptions.Default)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="RuleCompiler"/> class.</summary>
    /// <param name="options">The options of the sessions the compiled factories create.</param>
    public RuleCompiler(SessionOptions options) => Options = options ?? throw new ArgumentNullException(nameof(options));

    /// <summary>Gets the options of the sessions the compiled factories create.</summary>
    public SessionOptions Options { get; }

    /// <summary>Compiles rules.</summary>
    /// <param name="ruleDefinitions">The rules, in the order that breaks agenda ties.</param>
    /// <returns>The factory: immutable and thread-safe.</returns>
    /// <exception cref="RuleCompilationException">Two rules have the same name, or a rule uses a construct that PerfDomain.Rules does not run (the message names the rule and the construct).</exception>
    [RequiresDynamicCode(RuntimeCode.Message)]
    [RequiresUnreferencedCode(RuntimeCode.Message)]
    public IRuleSessionFactory Compile(IEnumerable<IRuleDefinition> ruleDefinitions) => Compile(ruleDefinitions, CancellationToken.None);

    /// <summary>Compiles rules.</summary>
    /// <param name="ruleDefinitions">The rules, in the order that breaks agenda ties.</param>
    /// <param name="cancellationToken">Checked between rules.</param>
    /// <returns>The factory: immutable and thread-safe.</returns>
    /// <exception cref="RuleCompilationException">A rule cannot be compiled.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    [RequiresDynamicCode(RuntimeCode.Message)]
    [RequiresUnreferencedCode(RuntimeCode.Message)]
    public IRuleSessionFactory Compile(IEnumerable<IRuleDefinition> ruleDefinitions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ruleDefinitions);
        var sources = ruleDefinitions.ToArray();
        var translated = new RuleDefinition[sources.Length];
        for (var i = 0; i < sources.Length; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var source = sources[i] ?? throw new ArgumentException("A rule definition is null.", nameof(ruleDefinitions));
            try
            {
                translated[i] = RuleTranslator.Translate(source);
            }
            catch (RuleDefinitionException ex)
            {
                throw NRulesExceptions.Compilation(ex.Message, source.Name, ex);
            }
        }

        try
        {
            return new SessionFactory(sources, translated, Options);
        }
        catch (RuleDefinitionException ex)
        {
            throw NRulesExceptions.Compilation(ex.Message, ex.RuleName ?? string.Empty, ex);
        }
    }

    /// <summary>Compiles the rules of rule sets (what <c>RuleRepository.GetRuleSets()</c> returns).</summary>
    /// <param name="ruleSets">The rule sets.</param>
    /// <returns>The factory: immutable and thread-safe.</returns>
    /// <exception cref="RuleCompilationException">A rule cannot be compiled.</exception>
    [RequiresDynamicCode(RuntimeCode.Message)]
    [RequiresUnreferencedCode(RuntimeCode.Message)]
    public IRuleSessionFactory Compile(IEnumerable<IRuleSet> ruleSets)
    {
        ArgumentNullException.ThrowIfNull(ruleSets);
        return Compile(ruleSets.SelectMany(s => s.Rules));
    }
}
