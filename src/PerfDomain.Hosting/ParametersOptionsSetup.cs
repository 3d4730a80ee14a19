using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using PerfDomain.Policies.Parameters;

namespace PerfDomain.Hosting;

/// <summary>
/// Binds <see cref="PolicyParametersOptions"/> from configuration. A first read that is invalid leaves its problems for
/// <see cref="ValidatePolicyParametersOptions"/>, which fails start-up; a reload that is invalid is logged and the last
/// valid parameters are used again, so that a bad edit neither crashes the reload thread nor stops evaluations.
/// </summary>
internal sealed class ConfigurePolicyParametersOptions(HostingSettings settings, IServiceProvider services, PolicyInstrumentation instrumentation)
    : IConfigureOptions<PolicyParametersOptions>
{
    private readonly Lock _gate = new();
    private ParametersReading? _lastValid;
    private string? _lastValidFingerprint;

    public void Configure(PolicyParametersOptions options)
    {
        var reading = ParametersConfiguration.Read(settings.Resolve(services));
        lock (_gate)
        {
            if (reading.Errors.Count == 0)
            {
                var fingerprint = Fingerprint(reading);
                if (_lastValidFingerprint is not null && !string.Equals(fingerprint, _lastValidFingerprint, StringComparison.Ordinal))
                {
                    instrumentation.ParametersReloaded(reading.Tenants.Count);
                }

                _lastValid = reading;
                _lastValidFingerprint = fingerprint;
            }
            else if (_lastValid is not null)
            {
                instrumentation.ParametersReloadRejected(reading.Errors);
                reading = _lastValid;
            }
            else
            {
                options.ConfigurationErrors = reading.Errors;
            }
        }

        options.Defaults = reading.Defaults;
        foreach (var (tenant, parameters) in reading.Tenants)
        {
            options.Tenants[tenant] = parameters;
        }
    }

    // Equal parameters give equal text (records holding maps and lists do not compare by value).
    private static string Fingerprint(ParametersReading reading) =>
        string.Join('\n', reading.Tenants.OrderBy(t => t.Key, StringComparer.OrdinalIgnoreCase).Select(t => $"{t.Key}={t.Value.ToJson()}").Prepend(reading.Defaults.ToJson()));
}

/// <summary>Fails on the problems found in configuration, and on parameters set in code that are invalid.</summary>
internal sealed class ValidatePolicyParametersOptions : IValidateOptions<PolicyParametersOptions>
{
    public ValidateOptionsResult Validate(string? name, PolicyParametersOptions options)
    {
        if (options.ConfigurationErrors.Count > 0)
        {
            return ValidateOptionsResult.Fail(options.ConfigurationErrors);
        }

        var failures = new List<string>();
        Check(options.Defaults, nameof(PolicyParametersOptions.Defaults), failures);
        foreach (var (tenant, parameters) in options.Tenants)
        {
            Check(parameters, $"{nameof(PolicyParametersOptions.Tenants)}[{tenant}]", failures);
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Check(PolicyParameters? parameters, string member, List<string> failures)
    {
        if (parameters is null)
        {
            failures.Add($"{nameof(PolicyParametersOptions)}.{member}: must not be null.");
            return;
        }

        try
        {
            parameters.Validate();
        }
        catch (InvalidParametersException ex)
        {
            failures.Add($"{nameof(PolicyParametersOptions)}.{member}: {ex.Message}");
        }
    }
}

/// <summary>Tells the options monitor when the configuration holding the parameters has reloaded.</summary>
internal sealed class PolicyParametersChangeTokenSource(HostingSettings settings, IServiceProvider services) : IOptionsChangeTokenSource<PolicyParametersOptions>
{
    private static readonly IChangeToken NeverChanges = new CancellationChangeToken(CancellationToken.None);

    public string Name => Options.DefaultName;

    public IChangeToken GetChangeToken() => settings.Resolve(services)?.GetReloadToken() ?? NeverChanges;
}
