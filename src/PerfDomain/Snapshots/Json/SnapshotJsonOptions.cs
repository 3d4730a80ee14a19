using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;

namespace PerfDomain.Snapshots.Json;

/// <summary>The one set of serializer options of the snapshot format.</summary>
internal static class SnapshotJsonOptions
{
    public static JsonSerializerOptions Reading { get; } = Create(writeIndented: false);

    public static JsonSerializerOptions Indented { get; } = Create(writeIndented: true);

    public static JsonSerializerOptions Compact { get; } = Reading;

    private static JsonSerializerOptions Create(bool writeIndented)
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            // A field we do not know is more likely a typo than an extension: refuse it rather than lose it.
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            NumberHandling = JsonNumberHandling.Strict,
            ReadCommentHandling = JsonCommentHandling.Disallow,
            AllowTrailingCommas = false,
            PropertyNameCaseInsensitive = false,
            WriteIndented = writeIndented,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            MaxDepth = 32,
            // The last of two equal members would silently win: refuse instead.
            AllowDuplicateProperties = false,
            // The canonical form is the same text on every platform.
            NewLine = "\n",
        };
        foreach (var converter in StrictEnumConverters.All)
        {
            options.Converters.Add(converter);
        }

        // Before NodaTime's own: the first converter for a type wins.
        options.Converters.Add(new IsoDateConverter());
        options.Converters.Add(new PeriodConverter());
        // Every value refused in the format's words (members with an attribute of ValueAttributes.cs have their own limits).
        options.Converters.Add(new TextConverter());
        options.Converters.Add(new WholeNumberConverter());
        options.Converters.Add(new NumberConverter());
        options.ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);
        // Source-generated metadata: no reflection, no code generated at run time.
        options.TypeInfoResolver = SnapshotJsonContext.Default.WithAddedModifier(ValueConverters.Apply);
        options.MakeReadOnly();
        return options;
    }
}
