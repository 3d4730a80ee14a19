using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using PerfDomain.Policies.Evaluation;
using PerfDomain.Policies.Packs;

namespace PerfDomain.Hosting;

/// <summary>Binds <see cref="PolicyEngineOptions"/> from the <c>Engine</c> section, noting problems at their configuration paths.</summary>
internal sealed class ConfigurePolicyEngineOptions(HostingSettings settings, IServiceProvider services) : IConfigureOptions<PolicyEngineOptions>
{
    private static readonly string[] Bindable =
    [
        nameof(PolicyEngineOptions.UseDefaultPacks),
        nameof(PolicyEngineOptions.Runtime),
        nameof(PolicyEngineOptions.FiringLimit),
        nameof(PolicyEngineOptions.MaxDegreeOfParallelism),
        nameof(PolicyEngineOptions.DisabledRules),
        nameof(PolicyEngineOptions.DisabledTags),
    ];

    public void Configure(PolicyEngineOptions options)
    {
        var section = settings.Resolve(services)?.GetSection(ParametersConfiguration.EngineKey);
        if (section is null || !section.Exists())
        {
            return;
        }

        var unknown = section.GetChildren().Where(c => !Bindable.Contains(c.Key, StringComparer.OrdinalIgnoreCase)).ToList();
        foreach (var child in unknown)
        {
            options.ConfigurationErrors.Add($"{child.Path}: unknown setting '{child.Key}'; the settings here are {string.Join(", ", Bindable)}.");
        }

        if (unknown.Count > 0)
        {
            return;
        }

        try
        {
            section.Bind(options);
        }
        catch (InvalidOperationException ex)
        {
            // The binder names the configuration path: "Failed to convert configuration value 'x' at 'PerfDomain:Engine:FiringLimit' to type 'System.Int32'."
            options.ConfigurationErrors.Add((ex.InnerException is null ? ex.Message : $"{ex.Message} {ex.InnerException.Message}").Trim());
        }
    }
}

/// <summary>Checks the engine's settings at start-up, before the engine is compiled.</summary>
internal sealed class ValidatePolicyEngineOptions(HostingSettings settings) : IValidateOptions<PolicyEngineOptions>
{
    public ValidateOptionsResult Validate(string? name, PolicyEngineOptions options)
    {
        if (options.ConfigurationErrors.Count > 0)
        {
            return ValidateOptionsResult.Fail(options.ConfigurationErrors);
        }

        var failures = new List<string>();
        if (!Enum.IsDefined(options.Runtime))
        {
            failures.Add(Failure(nameof(PolicyEngineOptions.Runtime), $"is {options.Runtime}; it must be {string.Join(" or ", Enum.GetNames<RuleRuntime>())}."));
        }

        if (options.FiringLimit < 1)
        {
            failures.Add(Failure(nameof(PolicyEngineOptions.FiringLimit), $"is {options.FiringLimit}; it must be at least 1."));
        }

        if (options.MaxDegreeOfParallelism is < 1)
        {
            failures.Add(Failure(nameof(PolicyEngineOptions.MaxDegreeOfParallelism), $"is {options.MaxDegreeOfParallelism}; it must be at least 1, or left out for the number of processors."));
        }

        var packs = (options.UseDefaultPacks ? PolicyPacks.All : []).Concat(options.Packs).ToList();
        if (packs.Count == 0)
        {
            failures.Add(Failure(nameof(PolicyEngineOptions.UseDefaultPacks), "is false and no pack is added; an engine needs at least one pack."));
        }

        var duplicate = packs.GroupBy(p => p.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            failures.Add(Failure(nameof(PolicyEngineOptions.Packs), $"has the pack '{duplicate.Key}' {duplicate.Count()} times."));
        }

        var rules = packs.SelectMany(p => p.Rules).ToList();
        var ruleNames = rules.Select(r => r.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var rule in options.DisabledRules.Where(r => !ruleNames.Contains(r)))
        {
            failures.Add(Failure(nameof(PolicyEngineOptions.DisabledRules), $"names '{rule}', which no rule of the packs is named."));
        }

        var tags = rules.SelectMany(r => r.Tags).ToHashSet(StringComparer.Ordinal);
        foreach (var tag in options.DisabledTags.Where(t => !tags.Contains(t)))
        {
            failures.Add(Failure(nameof(PolicyEngineOptions.DisabledTags), $"names '{tag}', which no rule of the packs has."));
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    // The setting by its option name and by the configuration key that would set it.
    private string Failure(string member, string reason)
    {
        var section = settings.Configuration is null ? $"{settings.SectionPath}:{ParametersConfiguration.EngineKey}" : ParametersConfiguration.EngineKey;
        return $"{nameof(PolicyEngineOptions)}.{member} (configuration {section}:{member}): {reason}";
    }
}
