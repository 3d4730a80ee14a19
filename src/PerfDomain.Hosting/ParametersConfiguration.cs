using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using PerfDomain.Policies.Parameters;

namespace PerfDomain.Hosting;

/// <summary>
/// Reads policy parameters from a configuration section laid out as the JSON parameter file
/// (<c>Parameters:ReviewCadence:CheckInIntervalDays</c> for <c>$.reviewCadence.checkInIntervalDays</c>) and each
/// tenant's overrides (<c>Tenants:&lt;tenant&gt;:Parameters:…</c>) over them.
/// </summary>
/// <remarks>
/// Configuration values are untyped strings, so the section is first turned into JSON typed by the parameter records'
/// properties, then read by <see cref="PolicyParameters.FromJson(string)"/>: the same defaults, the same strictness about
/// unknown members and the same validation as a parameter file. Every problem is reported at its configuration path.
/// A tenant's section overrides the defaults member by member; a list or map it gives replaces the default's whole.
/// </remarks>
internal static class ParametersConfiguration
{
    public const string ParametersKey = "Parameters";
    public const string TenantsKey = "Tenants";
    public const string EngineKey = "Engine";

    public static ParametersReading Read(IConfiguration? root)
    {
        var errors = new List<string>();
        var tenants = new Dictionary<string, PolicyParameters>(StringComparer.OrdinalIgnoreCase);
        if (root is null)
        {
            return new ParametersReading(PolicyParameters.Default, tenants, errors);
        }

        foreach (var child in root.GetChildren())
        {
            if (!IsOneOf(child.Key, ParametersKey, TenantsKey, EngineKey))
            {
                errors.Add($"{child.Path}: unknown section '{child.Key}'; the sections here are {ParametersKey}, {TenantsKey} and {EngineKey}.");
            }
        }

        var defaultsSection = root.GetSection(ParametersKey);
        var defaultsMap = new PathMap(defaultsSection.Path);
        var defaultsJson = new JsonObject();
        var defaultsErrors = new List<string>();
        Overlay(defaultsJson, defaultsSection, typeof(PolicyParameters), "$", defaultsMap, defaultsErrors);
        errors.AddRange(defaultsErrors);
        var defaults = defaultsErrors.Count == 0 ? Parse(defaultsJson, defaultsMap, errors) : null;

        foreach (var tenant in root.GetSection(TenantsKey).GetChildren())
        {
            if (!string.IsNullOrEmpty(tenant.Value) && !tenant.GetChildren().Any())
            {
                errors.Add($"{tenant.Path}: is '{tenant.Value}'; a tenant must be a section with {ParametersKey}.");
                continue;
            }

            foreach (var child in tenant.GetChildren().Where(c => !IsOneOf(c.Key, ParametersKey)))
            {
                errors.Add($"{child.Path}: unknown section '{child.Key}'; a tenant has only {ParametersKey}.");
            }

            var section = tenant.GetSection(ParametersKey);
            var map = defaultsMap.Over(section.Path);
            var json = (JsonObject)defaultsJson.DeepClone();
            var tenantErrors = new List<string>();
            Overlay(json, section, typeof(PolicyParameters), "$", map, tenantErrors);
            errors.AddRange(tenantErrors);

            // A tenant built on invalid defaults would only repeat their errors.
            if (tenantErrors.Count == 0 && defaults is not null && Parse(json, map, errors) is { } parameters)
            {
                tenants[tenant.Key] = parameters;
            }
        }

        return new ParametersReading(defaults ?? PolicyParameters.Default, tenants, errors.Distinct(StringComparer.Ordinal).ToList());
    }

    private static PolicyParameters? Parse(JsonObject json, PathMap map, List<string> errors)
    {
        try
        {
            return PolicyParameters.FromJson(json.ToJsonString());
        }
        catch (InvalidParametersException ex)
        {
            errors.Add($"{map.Resolve(ex.Path)}: {ex.Reason}");
            return null;
        }
    }

    private static bool IsOneOf(string key, params string[] names) => names.Any(n => string.Equals(key, n, StringComparison.OrdinalIgnoreCase));

    // Writes a section's values over a JSON object of a parameter record's shape: a nested record is overlaid member by
    // member, any other member replaced.
    private static void Overlay(JsonObject target, IConfigurationSection section, Type type, string jsonPath, PathMap map, List<string> errors)
    {
        var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanRead && p.GetIndexParameters().Length == 0).ToList();
        if (!string.IsNullOrEmpty(section.Value) && !section.GetChildren().Any())
        {
            errors.Add($"{section.Path}: is '{section.Value}'; it must be a section of parameters.");
            return;
        }

        foreach (var child in section.GetChildren())
        {
            var property = properties.Find(p => string.Equals(p.Name, child.Key, StringComparison.OrdinalIgnoreCase));
            if (property is null)
            {
                errors.Add($"{child.Path}: unknown parameter '{child.Key}'; the parameters here are {string.Join(", ", properties.Select(p => p.Name))}.");
                continue;
            }

            var name = JsonNamingPolicy.CamelCase.ConvertName(property.Name);
            var path = $"{jsonPath}.{name}";
            map.Add(path, child.Path);
            if (IsRecord(property.PropertyType))
            {
                if (target[name] is not JsonObject nested)
                {
                    nested = new JsonObject();
                    target[name] = nested;
                }

                Overlay(nested, child, property.PropertyType, path, map, errors);
            }
            else
            {
                target[name] = Convert(child, property.PropertyType, path, map, errors);
            }
        }
    }

    private static JsonNode? Convert(IConfigurationSection section, Type type, string jsonPath, PathMap map, List<string> errors)
    {
        if (DictionaryValueType(type) is { } valueType)
        {
            var result = new JsonObject();
            foreach (var child in section.GetChildren())
            {
                var path = $"{jsonPath}.{child.Key}";
                map.Add(path, child.Path);
                result[child.Key] = Convert(child, valueType, path, map, errors);
            }

            return Empty(section, result, errors);
        }

        if (ListItemType(type) is { } itemType)
        {
            var result = new JsonArray();
            var children = section.GetChildren().ToList();
            for (var i = 0; i < children.Count; i++)
            {
                // Configuration numbers list items 0, 1, 2…; its children come sorted by number.
                if (!int.TryParse(children[i].Key, NumberStyles.None, CultureInfo.InvariantCulture, out var index) || index != i)
                {
                    errors.Add($"{children[i].Path}: is not the item {i} of a list; list items are numbered 0, 1, 2… with no gaps.");
                    return null;
                }

                var path = $"{jsonPath}[{i}]";
                map.Add(path, children[i].Path);
                result.Add(Convert(children[i], itemType, path, map, errors));
            }

            return Empty(section, result, errors);
        }

        if (IsRecord(type))
        {
            var result = new JsonObject();
            Overlay(result, section, type, jsonPath, map, errors);
            return result;
        }

        if (section.GetChildren().Any())
        {
            errors.Add($"{section.Path}: is a section; it must be a single value.");
            return null;
        }

        var value = section.Value;
        var target = Nullable.GetUnderlyingType(type) ?? type;
        if (value is null)
        {
            return null;
        }

        if (target == typeof(string))
        {
            return JsonValue.Create(value);
        }

        if (target == typeof(int))
        {
            return int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number)
                ? JsonValue.Create(number)
                : Invalid(section, "a whole number", errors);
        }

        if (target == typeof(long))
        {
            return long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number)
                ? JsonValue.Create(number)
                : Invalid(section, "a whole number", errors);
        }

        if (target == typeof(double))
        {
            return double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number)
                ? JsonValue.Create(number)
                : Invalid(section, "a number", errors);
        }

        if (target == typeof(bool))
        {
            return bool.TryParse(value, out var flag) ? JsonValue.Create(flag) : Invalid(section, "true or false", errors);
        }

        errors.Add($"{section.Path}: parameters of type {target.Name} cannot be set from configuration.");
        return null;
    }

    private static JsonNode? Invalid(IConfigurationSection section, string expected, List<string> errors)
    {
        errors.Add($"{section.Path}: is '{section.Value}'; it must be {expected}.");
        return null;
    }

    // An empty list or map arrives as a key with an empty value and no children; a value with no children is an error.
    private static JsonNode? Empty(IConfigurationSection section, JsonNode result, List<string> errors)
    {
        if (!string.IsNullOrEmpty(section.Value) && !section.GetChildren().Any())
        {
            errors.Add($"{section.Path}: is '{section.Value}'; it must be a section of items.");
            return null;
        }

        return result;
    }

    private static bool IsRecord(Type type) =>
        type.IsClass && type != typeof(string) && !typeof(IEnumerable).IsAssignableFrom(type);

    private static Type? DictionaryValueType(Type type)
    {
        var arguments = GenericArguments(type, typeof(IReadOnlyDictionary<,>)) ?? GenericArguments(type, typeof(IDictionary<,>));
        return arguments is not null && arguments[0] == typeof(string) ? arguments[1] : null;
    }

    private static Type? ListItemType(Type type) =>
        type == typeof(string) || DictionaryValueType(type) is not null ? null
        : type.IsArray ? type.GetElementType()
        : GenericArguments(type, typeof(IEnumerable<>))?[0];

    private static Type[]? GenericArguments(Type type, Type definition)
    {
        if (type.IsGenericType && type.GetGenericTypeDefinition() == definition)
        {
            return type.GetGenericArguments();
        }

        return Array.Find(type.GetInterfaces(), i => i.IsGenericType && i.GetGenericTypeDefinition() == definition)?.GetGenericArguments();
    }

    // JSON paths of the values written, with the configuration paths they came from; a path no configuration wrote (a
    // default that a cross-member check names) is given under the section of the layer being read.
    private sealed class PathMap
    {
        private readonly Dictionary<string, string> _paths;
        private readonly string _sectionPath;

        public PathMap(string sectionPath)
            : this(sectionPath, new Dictionary<string, string>(StringComparer.Ordinal))
        {
        }

        private PathMap(string sectionPath, Dictionary<string, string> paths)
        {
            _sectionPath = sectionPath;
            _paths = paths;
        }

        public PathMap Over(string sectionPath) => new(sectionPath, new Dictionary<string, string>(_paths, StringComparer.Ordinal));

        public void Add(string jsonPath, string configurationPath) => _paths[jsonPath] = configurationPath;

        public string Resolve(string jsonPath)
        {
            if (_paths.TryGetValue(jsonPath, out var exact))
            {
                return exact;
            }

            var segments = jsonPath.TrimStart('$').Replace("[", ".", StringComparison.Ordinal).Replace("]", string.Empty, StringComparison.Ordinal)
                .Split('.', StringSplitOptions.RemoveEmptyEntries)
                .Select(s => char.ToUpperInvariant(s[0]) + s[1..]);
            return string.Join(Microsoft.Extensions.Configuration.ConfigurationPath.KeyDelimiter, new[] { _sectionPath }.Concat(segments));
        }
    }
}

/// <summary>The parameters read from configuration, and every problem found, each at its configuration path.</summary>
internal sealed record ParametersReading(PolicyParameters Defaults, IReadOnlyDictionary<string, PolicyParameters> Tenants, IReadOnlyList<string> Errors);
