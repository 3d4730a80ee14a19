using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace PerfDomain.Snapshots.Json;

/// <summary>A text member of at most <paramref name="maxLength"/> characters, not blank (the domain's limit, checked as it is read).</summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class TextAttribute(int maxLength) : JsonConverterAttribute
{
    public int MaxLength { get; } = maxLength;

    public override JsonConverter? CreateConverter(Type typeToConvert) => new TextConverter(MaxLength);
}

/// <summary>An id: not blank, at most 200 characters, no white space at either end.</summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class IdAttribute : JsonConverterAttribute
{
    public static int MaxLength => DomainGuards.MaxIdentifierLength;

    public override JsonConverter? CreateConverter(Type typeToConvert) => new TextConverter(MaxLength, isId: true);
}

/// <summary>A whole number between <paramref name="minimum"/> and <paramref name="maximum"/>; <paramref name="meaning"/> says what it counts.</summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class WholeNumberAttribute(int minimum, int maximum, string? meaning = null) : JsonConverterAttribute
{
    public int Minimum { get; } = minimum;

    public int Maximum { get; } = maximum;

    public override JsonConverter? CreateConverter(Type typeToConvert) =>
        new NullableConverter<int>(new WholeNumberConverter(Minimum, Maximum, meaning));
}

/// <summary>A number between <paramref name="minimum"/> and <paramref name="maximum"/>.</summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class NumberAttribute(double minimum, double maximum) : JsonConverterAttribute
{
    public decimal Minimum { get; } = (decimal)minimum;

    public decimal Maximum { get; } = (decimal)maximum;

    public override JsonConverter? CreateConverter(Type typeToConvert) =>
        new NullableConverter<decimal>(new NumberConverter(Minimum, Maximum));
}

/// <summary>Finds the converter a member's attribute gives it.</summary>
internal static class ValueConverters
{
    /// <summary>
    /// Gives each member the converter of its attribute: the source generator leaves attributes derived from
    /// <see cref="JsonConverterAttribute"/> to the resolver (SYSLIB1223), so this modifier applies them.
    /// </summary>
    public static void Apply(JsonTypeInfo info)
    {
        if (info.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        foreach (var property in info.Properties)
        {
            if (property.CustomConverter is null && Of(property) is { } converter)
            {
                property.CustomConverter = converter;
            }
        }
    }

    /// <summary>The member's own converter, or <see langword="null"/> when it uses the type's.</summary>
    public static JsonConverter? Of(JsonPropertyInfo property) =>
        property.CustomConverter
        ?? property.AttributeProvider?.GetCustomAttributes(typeof(JsonConverterAttribute), inherit: false)
            .OfType<JsonConverterAttribute>().Select(a => a.CreateConverter(property.PropertyType)).FirstOrDefault();
}
