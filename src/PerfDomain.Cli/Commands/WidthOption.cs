using System.CommandLine;
using PerfDomain.Cli.Output;

namespace PerfDomain.Cli.Commands;

/// <summary><c>--width N</c>: the width table output fits in.</summary>
internal static class WidthOption
{
    /// <summary>Creates the option.</summary>
    /// <returns>The option, refusing widths below <see cref="Terminal.MinimumWidth"/>.</returns>
    public static Option<int?> Create()
    {
        var width = new Option<int?>("--width")
        {
            Description = "The width table output fits in, in columns (at least 40); defaults to the terminal's width, or 100 when standard output is not a terminal.",
            HelpName = "N",
        };
        width.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int?>() is { } value && value < Terminal.MinimumWidth)
            {
                result.AddError($"--width: {value} is too narrow; it must be at least {Terminal.MinimumWidth}");
            }
        });
        return width;
    }
}
