using PerfDomain.Policies.Parameters;

namespace PerfDomain.Cli.Input;

/// <summary>Policy parameters the tool read, with the name they are reported under in messages.</summary>
/// <param name="Parameters">The parameters.</param>
/// <param name="Source">The parameter file's path as given, or <c>default parameters</c>.</param>
internal sealed record ParameterInput(PolicyParameters Parameters, string Source)
{
    /// <summary>Reads a parameter file, or gives the defaults when no path is given.</summary>
    /// <param name="path">The file's path, or <see langword="null"/>.</param>
    /// <returns>The parameters.</returns>
    /// <exception cref="CliException">The file is missing, unreadable, or its parameters are invalid.</exception>
    public static ParameterInput Load(string? path)
    {
        if (path is null)
        {
            return new ParameterInput(PolicyParameters.Default, "default parameters");
        }

        var json = InputFile.ReadAllBytes(path);
        try
        {
            return new ParameterInput(PolicyParameters.FromJson(json), path);
        }
        catch (InvalidParametersException ex)
        {
            throw CliException.Input($"{path}: {InputFile.OneLine(ex.Message)}");
        }
    }
}
