using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using PerfDomain.Serialization;
using PerfDomain.Snapshots.Json;

namespace PerfDomain.Tests.Serialization;

/// <summary>
/// The source-generated <see cref="PerfDomainJsonContext"/>: every domain event and id, written as
/// <see cref="PerfDomainJson.Options"/> writes them, and read back equal.
/// </summary>
public sealed class PerfDomainJsonContextTests
{
    private static readonly PerfDomainJsonContext Context = PerfDomainJsonContext.Default;

    public static TheoryData<int> Samples() => [.. Enumerable.Range(0, SampleEvents.All.Count)];

    [Fact]
    public void Context_KnowsEveryDomainEventType_AsADerivedTypeOfIDomainEvent()
    {
        // A new event class without its [JsonDerivedType] line on IDomainEvent fails here.
        var implementations = typeof(IDomainEvent).Assembly.GetTypes()
            .Where(t => typeof(IDomainEvent).IsAssignableFrom(t) && !t.IsInterface)
            .ToHashSet();
        var derived = Context.IDomainEvent.PolymorphismOptions!.DerivedTypes.ToDictionary(d => d.DerivedType, d => (string)d.TypeDiscriminator!);

        Assert.Equal(implementations, derived.Keys.ToHashSet());
        Assert.All(implementations, t => Assert.NotNull(Context.GetTypeInfo(t)));
        Assert.All(derived, d => Assert.Equal(PerfDomainJson.EventTypes[d.Value], d.Key));
    }

    [Fact]
    public void Context_KnowsEveryIdType()
    {
        var ids = typeof(IDomainEvent).Assembly.GetTypes()
            .Where(t => t.IsValueType && t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEntityId<>)))
            .ToList();

        Assert.Equal(15, ids.Count);
        Assert.All(ids, t => Assert.NotNull(Context.GetTypeInfo(t)));
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Event_WrittenByTheContext_IsWhatTheOptionsWrite_AndReadsBackEqual(int sample)
    {
        var domainEvent = SampleEvents.All[sample];

        var json = JsonSerializer.Serialize(domainEvent, Context.IDomainEvent);
        var byOptions = JsonSerializer.Serialize(domainEvent, PerfDomainJson.Options);

        // The same members, names and values (enums as camelCase strings), type first; only the escaping of non-ASCII may differ.
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(byOptions), JsonNode.Parse(json)), $"{json}\n{byOptions}");
        Assert.StartsWith($"{{\"type\":\"{PerfDomainJson.EventTypeOf(domainEvent)}\"", json, StringComparison.Ordinal);
        Assert.Equal(domainEvent, JsonSerializer.Deserialize(json, Context.IDomainEvent));
        Assert.Equal(domainEvent, JsonSerializer.Deserialize(byOptions, Context.IDomainEvent));
        Assert.Equal(domainEvent, JsonSerializer.Deserialize<IDomainEvent>(json, PerfDomainJson.Options));
    }

    [Fact]
    public void OutboxPage_RoundTripsThroughTheContext()
    {
        var json = JsonSerializer.Serialize(SampleEvents.All.ToList(), Context.ListIDomainEvent);

        Assert.Equal(SampleEvents.All, JsonSerializer.Deserialize(json, Context.ListIDomainEvent));
    }

    [Fact]
    public void ContextOptions_ResolveOnlyTheContextsTypes()
    {
        // No reflection fallback: a type the context does not list is refused, as it would be under native AOT.
        Assert.Throws<NotSupportedException>(() => JsonSerializer.Serialize(new Uri("https://example.com"), Context.Options));
        Assert.Same(Context, Context.Options.TypeInfoResolver);
    }

    [Fact]
    public void CombinedWithAHostsResolver_EventsInsideHostRecordsKeepTheirType()
    {
        var options = new JsonSerializerOptions(Context.Options)
        {
            TypeInfoResolver = JsonTypeInfoResolver.Combine(Context, new DefaultJsonTypeInfoResolver()),
        };
        var row = new OutboxRow(7, SampleEvents.All[0]);

        var json = JsonSerializer.Serialize(row, options);

        Assert.Contains($"\"type\":\"{PerfDomainJson.EventTypeOf(row.Event)}\"", json, StringComparison.Ordinal);
        Assert.Equal(row, JsonSerializer.Deserialize<OutboxRow>(json, options));
    }

    [Fact]
    public void SnapshotFormat_HasAStrictConverterForEveryEnumOfItsDocuments()
    {
        var documents = typeof(SnapshotDocument).Assembly.GetTypes().Where(t => t.Namespace == typeof(SnapshotDocument).Namespace && t.Name.EndsWith("Document", StringComparison.Ordinal));
        var enums = documents.SelectMany(t => t.GetProperties()).Select(p => Nullable.GetUnderlyingType(p.PropertyType) ?? p.PropertyType).Where(t => t.IsEnum).ToHashSet();
        var converted = StrictEnumConverters.All.Select(c => c.Type!).ToHashSet();

        Assert.NotEmpty(enums);
        Assert.Subset(converted, enums);
    }

    public sealed record OutboxRow(long Id, IDomainEvent Event);
}
