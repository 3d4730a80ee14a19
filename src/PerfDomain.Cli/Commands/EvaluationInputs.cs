using NodaTime;
using PerfDomain.Cli.Input;
using PerfDomain.Cli.Output;
using PerfDomain.Policies.Evaluation;
using PerfDomain.Policies.Parameters;

namespace PerfDomain.Cli.Commands;

/// <summary>What an evaluation runs on: the snapshot, the parameters, the as-of date, and the output format.</summary>
/// <param name="Snapshot">The snapshot.</param>
/// <param name="Parameters">The parameters.</param>
/// <param name="AsOf">The as-of date.</param>
/// <param name="Format">The output format.</param>
/// <param name="Runtime">The rule runtime.</param>
/// <param name="Progress">Where progress goes on long runs.</param>
internal sealed record EvaluationInputs(SnapshotInput Snapshot, ParameterInput Parameters, LocalDate AsOf, OutputFormat Format, RuleRuntime Runtime, PhaseProgress Progress)
{
    /// <summary>Gets the engine of the built-in packs on the chosen runtime.</summary>
    public PolicyEngine Engine => Engines.For(Runtime);

    /// <summary>
    /// Runs an engine call, reporting parameters that do not fit the snapshot (a rating label not on a
    /// cycle's scale) against the parameter file.
    /// </summary>
    /// <typeparam name="T">The result.</typeparam>
    /// <param name="call">The engine call.</param>
    /// <returns>Its result.</returns>
    /// <exception cref="CliException">The parameters do not fit the snapshot.</exception>
    public T Run<T>(Func<PolicyEngine, T> call)
    {
        try
        {
            return call(Engine);
        }
        catch (InvalidParametersException ex)
        {
            throw CliException.Input($"{Parameters.Source}: {InputFile.OneLine(ex.Message)}");
        }
    }
}
