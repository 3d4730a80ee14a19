using System.Text.Json;
using System.Text.Json.Serialization;

namespace PerfDomain.Serialization;

/// <summary>An enum as its camelCase name (<c>"humanResources"</c>), never as a number: the wire format's enums, AOT-safe.</summary>
internal sealed class CamelCaseEnumConverter<TEnum>() : JsonStringEnumConverter<TEnum>(JsonNamingPolicy.CamelCase, allowIntegerValues: false)
    where TEnum : struct, Enum;
