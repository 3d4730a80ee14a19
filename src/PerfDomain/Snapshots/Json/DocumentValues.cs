using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using NodaTime;

namespace PerfDomain.Snapshots.Json;

/// <summary>
/// Checks the values of a document built in memory (by <see cref="SnapshotBuilder"/>) against the
/// limits the reader's converters check as they read the JSON form — text length and blankness,
/// number ranges, supported dates, known enum values — with the converters' own words, at the
/// member's path. The limits come from the same attributes (<c>ValueAttributes.cs</c>), so the two
/// cannot drift apart.
/// </summary>
internal static class DocumentValues
{
    private static readonly ConcurrentDictionary<Type, Member[]> Members = new();

    /// <summary>Checks every value of <paramref name="document"/> and of the documents it holds.</summary>
    /// <exception cref="InvalidSnapshotException">A value is out of its member's limits.</exception>
    public static void Check(object document, SnapshotPath path)
    {
        foreach (var member in Members.GetOrAdd(document.GetType(), Describe))
        {
            if (member.Property.Get!(document) is not { } value)
            {
                continue;
            }

            var at = path.Field(member.Property.Name);
            if (Problem(value, member.Converter) is { } problem)
            {
                throw at.Error(problem);
            }

            if (value is IList items and not IList<string?>)
            {
                for (var i = 0; i < items.Count; i++)
                {
                    if (items[i] is { } item)
                    {
                        Check(item, at[i]);
                    }
                }
            }
            else if (member.IsDocument)
            {
                Check(value, at);
            }
        }
    }

    private static string? Problem(object value, JsonConverter? converter)
    {
        switch (value)
        {
            case string text when converter is TextConverter limits:
                return limits.Problem(text);
            case int number when Inner(converter) is WholeNumberConverter range && (number < range.Minimum || number > range.Maximum):
                return $"expected {range.Expected}, found {number.ToString(CultureInfo.InvariantCulture)}.";
            case decimal number when Inner(converter) is NumberConverter range && (number < range.Minimum || number > range.Maximum):
                return $"expected {range.Expected}, found {number.ToString(CultureInfo.InvariantCulture)}.";
            case LocalDate date:
                return SnapshotDates.Problem(date);
            case Enum known when !Enum.IsDefined(known.GetType(), known):
                var names = string.Join(", ", Enum.GetNames(known.GetType()).Select(n => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(n)));
                return $"expected one of {names}, found {Convert.ToInt64(known, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture)}.";
            default:
                return null;
        }
    }

    private static JsonConverter? Inner(JsonConverter? converter) => converter switch
    {
        NullableConverter<int> whole => whole.Inner,
        NullableConverter<decimal> number => number.Inner,
        _ => converter,
    };

    private static Member[] Describe(Type type) =>
        [.. SnapshotJsonOptions.Reading.GetTypeInfo(type).Properties.Select(p => new Member(
            p,
            ValueConverters.Of(p),
            SnapshotJsonOptions.Reading.GetTypeInfo(p.PropertyType).Kind == JsonTypeInfoKind.Object))];

    private sealed record Member(JsonPropertyInfo Property, JsonConverter? Converter, bool IsDocument);
}
