using System.CommandLine;
using System.CommandLine.Parsing;

namespace PerfDomain.Cli.Commands;

/// <summary><c>--format</c> for the commands that write their own documents (<c>diff</c>, <c>fairness</c>): a name from a fixed list, <c>table</c> by default.</summary>
internal static class FormatOption
{
    /// <summary>Creates the option.</summary>
    /// <param name="command">The command's name, for the error message.</param>
    /// <param name="description">What the formats are.</param>
    /// <param name="formats">The formats, the default first.</param>
    /// <returns>The option.</returns>
    public static Option<string> Create(string command, string description, params string[] formats)
    {
        var option = new Option<string>("--format")
        {
            Description = description,
            DefaultValueFactory = _ => formats[0],
            HelpName = string.Join('|', formats),
        };
        option.CompletionSources.Add(formats);
        option.Validators.Add(result => Validate(result, command, formats));
        return option;
    }

    private static void Validate(OptionResult result, string command, string[] formats)
    {
        if (result.Tokens.Count > 0 && result.Tokens[^1].Value is var value && !formats.Contains(value, StringComparer.Ordinal))
        {
            result.AddError($"--format: '{value}' is not a format {command} writes; it must be {string.Join(", ", formats[..^1])} or {formats[^1]}");
        }
    }
}
