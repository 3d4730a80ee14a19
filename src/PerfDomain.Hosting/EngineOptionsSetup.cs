using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using PerfDomain.Policies.Evaluation;
using PerfDomain.Policies.Packs;

namespace PerfDomain.Hosting;

/// <summary>Binds <see cref="PolicyEngineOptions"/> from the <c>Engine</c> section, noting problems at their configuration paths.</summary>
internal sealed class ConfigurePolicyEngineOptions(HostingSettings settings, IServiceProvider services) : IConfigureOptions<PolicyEngineOptions>
{
    private static readonly string[] Settings =
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
        if (section is null)
        {
            return;
        }

        var errors = options.ConfigurationErrors;
        foreach (var child in section.GetChildren())
        {
            switch (Array.Find(Settings, s => string.Equals(s, child.Key, StringComparison.OrdinalIgnoreCase)))
            {
                case nameof(PolicyEngineOptions.UseDefaultPacks):
                    if (Value(child, errors, "true or false", Flag) is { } useDefaults)
                    {
                        options.UseDefaultPacks = useDefaults;
                    }

                    break;
                case nameof(PolicyEngineOptions.Runtime):
                    if (Value(child, errors, string.Join(" or ", Enum.GetNames<RuleRuntime>()), Runtime) is { } runtime)
                    {
                        options.Runtime = runtime;
                    }

                    break;
                case nameof(PolicyEngineOptions.FiringLimit):
                    if (Value(child, errors, "a whole number", Number) is { } limit)
                    {
                        options.FiringLimit = limit;
                    }

                    break;
                case nameof(PolicyEngineOptions.MaxDegreeOfParallelism):
                    if (Value(child, errors, "a whole number", Number) is { } maxDegree)
                    {
                        options.MaxDegreeOfParallelism = maxDegree;
                    }

                    break;
                case nameof(PolicyEngineOptions.DisabledRules):
                    AddAll(child, options.DisabledRules, errors);
                    break;
                case nameof(PolicyEngineOptions.DisabledTags):
                    AddAll(child, options.DisabledTags, errors);
                    break;
                default:
                    errors.Add($"{child.Path}: unknown setting '{child.Key}'; the settings here are {string.Join(", ", Settings)}.");
                    break;
            }
        }
    }

    private static T? Value<T>(IConfigurationSection section, List<string> errors, string expected, Func<string, T?> parse)
        where T : struct
    {
        if (section.Value is { } text && parse(text.Trim()) is { } value)
        {
            return value;
        }

        errors.Add($"{section.Path}: is '{section.Value}'; it must be {expected}.");
        return null;
    }

    private static bool? Flag(string text) => bool.TryParse(text, out var flag) ? flag : null;

    private static int? Number(string text) => int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? number : null;

    // By name only: Enum.TryParse would take "7" too.
    private static RuleRuntime? Runtime(string text) =>
        Enum.GetNames<RuleRuntime>().FirstOrDefault(n => string.Equals(n, text, StringComparison.OrdinalIgnoreCase)) is { } name ? Enum.Parse<RuleRuntime>(name) : null;

    // A list of names (Key:0, Key:1…), or one name as the value.
    private static void AddAll(IConfigurationSection section, ISet<string> names, List<string> errors)
    {
        var items = section.GetChildren().ToList();
        if (items.Count == 0 && !string.IsNullOrWhiteSpace(section.Value))
        {
            names.Add(section.Value.Trim());
            return;
        }

        foreach (var item in items)
        {
            if (string.IsNullOrWhiteSpace(item.Value) || item.GetChildren().Any())
            {
                errors.Add($"{item.Path}: is not a name; it must be one.");
            }
            else
            {
                names.Add(item.Value.Trim());
            }
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
        var sameName = rules.GroupBy(r => r.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is null && sameName is not null)
        {
            failures.Add(Failure(nameof(PolicyEngineOptions.Packs), $"have {sameName.Count()} rules named '{sameName.Key}'; rule names must be unique."));
        }

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
