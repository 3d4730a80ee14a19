using System.CommandLine;
using PerfDomain.Policies.Evaluation;

namespace PerfDomain.Cli.Commands;

/// <summary>The <c>--runtime perfdomain|nrules</c> option of <c>evaluate</c>, <c>explain</c> and <c>check</c>.</summary>
internal static class RuntimeOption
{
    /// <summary>PerfDomain.Rules, the default.</summary>
    public const string PerfDomain = "perfdomain";

    /// <summary>NRules' own runtime.</summary>
    public const string NRules = "nrules";

    /// <summary>Creates the option.</summary>
    /// <returns>The option.</returns>
    public static Option<string> Create()
    {
        var option = new Option<string>("--runtime")
        {
            Description = "The runtime that runs the NRules policy rules: perfdomain (PerfDomain.Rules, the default) or nrules (NRules' own runtime); both decide alike.",
            DefaultValueFactory = _ => PerfDomain,
            HelpName = "perfdomain|nrules",
        };
        option.AcceptOnlyFromAmong(PerfDomain, NRules);
        return option;
    }

    /// <summary>Maps the option's value to the runtime.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The runtime.</returns>
    public static RuleRuntime Parse(string? value) => value == NRules ? RuleRuntime.NRules : RuleRuntime.PerfDomain;

    /// <summary>Maps a runtime to the option's value.</summary>
    /// <param name="runtime">The runtime.</param>
    /// <returns>The value.</returns>
    public static string Name(RuleRuntime runtime) => runtime == RuleRuntime.NRules ? NRules : PerfDomain;
}
