using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;

namespace PerfDomain.Serialization;

/// <summary>
/// The JSON wire format of PerfDomain's values for hosts: domain events for an outbox or an event store, and
/// identifiers anywhere. See docs/wire-formats.md.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Options"/> writes members in camelCase, enums as camelCase strings (<c>"humanResources"</c>), NodaTime
/// values in their ISO forms (<see cref="LocalDate"/> <c>"2026-06-30"</c>, <see cref="Instant"/>
/// <c>"2026-06-30T09:15:00Z"</c>, <see cref="Period"/> <c>"P30D"</c>), identifiers as bare strings and a domain event
/// declared as <see cref="IDomainEvent"/> with a leading <c>"type"</c> member naming its type
/// (<see cref="EventTypes"/>), by which it is read back as that type.
/// </para>
/// <para>
/// Serialise an event as <see cref="IDomainEvent"/> — <c>JsonSerializer.Serialize&lt;IDomainEvent&gt;(e, PerfDomainJson.Options)</c>,
/// or any <c>IDomainEvent</c>-typed variable such as an element of <see cref="AggregateRoot.DomainEvents"/>: System.Text.Json
/// writes the <c>"type"</c> member only when the declared type is the polymorphic one. Reading is strict about what
/// events need (a missing constructor member, a <see langword="null"/> where the event has no optional value, a
/// number for an enum and an unknown <c>"type"</c> are <see cref="JsonException"/>s) and lenient about what they do
/// not: members it does not know are skipped, so that an older reader can read a newer writer's events, and the
/// <c>"type"</c> member may come anywhere in the object (document databases reorder members).
/// </para>
/// <para>The options are read-only and thread-safe; combine them with a host's own through
/// <c>new JsonSerializerOptions(PerfDomainJson.Options)</c>.</para>
/// </remarks>
public static class PerfDomainJson
{
    /// <summary>The name of the member that says which domain event a JSON object is: <c>"type"</c>.</summary>
    public const string TypeDiscriminatorPropertyName = "type";

    private const string ReflectionNeeded =
        "PerfDomainJson.Options resolve the host's own types by reflection. In trimmed or native AOT applications use PerfDomainJsonContext.Default (combined with the host's own JsonSerializerContext).";

    private static readonly System.Text.UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static JsonSerializerOptions? options;

    /// <summary>Gets the serializer options of the wire format: read-only, ready to use.</summary>
    /// <remarks>
    /// PerfDomain's own types (events, ids, dates) are resolved by the source-generated <see cref="PerfDomainJsonContext"/>;
    /// any other type (a host's outbox record that holds an <see cref="IDomainEvent"/>, say) by reflection, which
    /// trimming and native AOT do not support: there, use <see cref="PerfDomainJsonContext"/> instead.
    /// </remarks>
    public static JsonSerializerOptions Options
    {
        [RequiresUnreferencedCode(ReflectionNeeded)]
        [RequiresDynamicCode(ReflectionNeeded)]
        get => LazyInitializer.EnsureInitialized(ref options, Create);
    }

    /// <summary>
    /// Gets the domain event types by the name the <c>"type"</c> member gives them (<c>"checkInRecorded"</c>: the
    /// type's name in camelCase), in the lifecycle's order; an outbox may store the name in a column of its own.
    /// </summary>
    public static IReadOnlyDictionary<string, Type> EventTypes { get; } =
        typeof(IDomainEvent).GetCustomAttributes<JsonDerivedTypeAttribute>()
            .ToDictionary(a => (string)a.TypeDiscriminator!, a => a.DerivedType, StringComparer.Ordinal)
            .AsReadOnly();

    private static readonly FrozenDictionary<Type, string> NamesByType =
        EventTypes.ToFrozenDictionary(p => p.Value, p => p.Key);

    /// <summary>Gets the name the <c>"type"</c> member gives an event, as in <see cref="EventTypes"/>.</summary>
    /// <param name="domainEvent">The event.</param>
    /// <returns>Its type's name, such as <c>"checkInRecorded"</c>.</returns>
    /// <exception cref="ArgumentException">The event is of a type PerfDomain does not define.</exception>
    public static string EventTypeOf(IDomainEvent domainEvent)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        return NamesByType.TryGetValue(domainEvent.GetType(), out var name)
            ? name
            : throw new ArgumentException($"{domainEvent.GetType().Name} is not one of PerfDomain's domain events.", nameof(domainEvent));
    }

    /// <summary>
    /// Reads one domain event written with its <c>"type"</c> (by <see cref="Options"/> or <see cref="PerfDomainJsonContext"/>),
    /// reporting a problem at its JSON path in the wire format's words. Trimming- and AOT-safe.
    /// </summary>
    /// <param name="json">The event's JSON object.</param>
    /// <returns>The event, as its own type.</returns>
    /// <exception cref="JsonException">
    /// The JSON is not an event: its <see cref="JsonException.Path"/> is where, and its message says what, such as
    /// <c>$.employeeId: expected an employee id (text), found the number 18.</c> or <c>$: the member 'occurredOn' is missing; …</c>.
    /// </exception>
    public static IDomainEvent ReadEvent(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        byte[] utf8;
        try
        {
            utf8 = StrictUtf8.GetBytes(json);
        }
        catch (System.Text.EncoderFallbackException ex)
        {
            throw new JsonException("$: the text holds an unpaired surrogate character (U+D800 to U+DFFF without its pair), which no JSON text holds.", "$", null, null, ex);
        }

        return DomainEventReader.Read(utf8);
    }

    /// <inheritdoc cref="ReadEvent(string)"/>
    /// <param name="utf8Json">The event's JSON object, in UTF-8.</param>
    public static IDomainEvent ReadEvent(ReadOnlySpan<byte> utf8Json) => DomainEventReader.Read(utf8Json);

    [RequiresUnreferencedCode(ReflectionNeeded)]
    [RequiresDynamicCode(ReflectionNeeded)]
    private static JsonSerializerOptions Create()
    {
        // The context's settings and converters (naming, strictness, the domain's enums, goal owners, dates), then
        // what the context cannot say: the encoder, and reflection for types it does not know.
        var created = new JsonSerializerOptions(PerfDomainJsonContext.Default.Options)
        {
            // Names such as "Diego Hernández" as they are, as in the snapshot and decision formats.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            TypeInfoResolver = JsonTypeInfoResolver.Combine(PerfDomainJsonContext.Default, new DefaultJsonTypeInfoResolver()),
        };
        created.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        created.ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);
        created.MakeReadOnly();
        return created;
    }
}
