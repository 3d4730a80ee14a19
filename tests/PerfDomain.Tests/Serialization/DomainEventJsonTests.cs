using System.Text.Json;
using System.Text.RegularExpressions;
using NodaTime;
using PerfDomain.Employees;
using PerfDomain.Feedback;
using PerfDomain.Feedback.Events;
using PerfDomain.Serialization;

namespace PerfDomain.Tests.Serialization;

/// <summary>Domain events in <see cref="PerfDomainJson.Options"/>: a <c>"type"</c> member, then the event's members in camelCase.</summary>
public sealed partial class DomainEventJsonTests
{
    private static readonly JsonSerializerOptions Options = PerfDomainJson.Options;

    public static TheoryData<int> Samples() => [.. Enumerable.Range(0, SampleEvents.All.Count)];

    [Fact]
    public void EventTypes_NameEveryDomainEventInCamelCase()
    {
        var implementations = typeof(IDomainEvent).Assembly.GetTypes()
            .Where(t => typeof(IDomainEvent).IsAssignableFrom(t) && !t.IsInterface)
            .ToHashSet();

        Assert.Equal(implementations, PerfDomainJson.EventTypes.Values.ToHashSet());
        Assert.All(PerfDomainJson.EventTypes, p => Assert.Equal(JsonNamingPolicy.CamelCase.ConvertName(p.Value.Name), p.Key));
        Assert.Equal(implementations, SampleEvents.All.Select(e => e.GetType()).ToHashSet());
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Event_AsIDomainEvent_StartsWithItsTypeAndReadsBackEqual(int sample)
    {
        var domainEvent = SampleEvents.All[sample];

        var json = JsonSerializer.Serialize(domainEvent, Options);

        Assert.StartsWith($"{{\"type\":\"{PerfDomainJson.EventTypeOf(domainEvent)}\",", json, StringComparison.Ordinal);
        var read = JsonSerializer.Deserialize<IDomainEvent>(json, Options);
        Assert.IsType(domainEvent.GetType(), read);
        Assert.Equal(domainEvent, read);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Event_AsItsOwnType_HasNoTypeMember_AndReadsBackEqual(int sample)
    {
        var domainEvent = SampleEvents.All[sample];
        var type = domainEvent.GetType();

        var json = JsonSerializer.Serialize(domainEvent, type, Options);

        Assert.DoesNotContain("\"type\"", json, StringComparison.Ordinal);
        Assert.Equal(domainEvent, JsonSerializer.Deserialize(json, type, Options));
    }

    [Fact]
    public void Event_InAnOutboxList_KeepsItsTypes()
    {
        var json = JsonSerializer.Serialize(SampleEvents.All, Options);

        Assert.Equal(SampleEvents.All, JsonSerializer.Deserialize<List<IDomainEvent>>(json, Options));
    }

    [Fact]
    public void CheckInRecorded_IsWrittenAsDocumented()
    {
        IDomainEvent recorded = new CheckInRecorded(new CheckInId("ch-1"), new EmployeeId("e-018"), new LocalDate(2026, 6, 30));

        Assert.Equal(
            """{"type":"checkInRecorded","checkInId":"ch-1","employeeId":"e-018","occurredOn":"2026-06-30"}""",
            JsonSerializer.Serialize(recorded, Options));
    }

    [Fact]
    public void ValuesInsideEvents_AreWrittenAsDocumented()
    {
        var json = string.Join("\n", SampleEvents.All.Select(e => JsonSerializer.Serialize(e, Options)));

        Assert.Contains("\"status\":\"probation\"", json, StringComparison.Ordinal);
        Assert.Contains("\"managerId\":null", json, StringComparison.Ordinal);
        Assert.Contains("\"kind\":\"stretchAssignment\"", json, StringComparison.Ordinal);
        Assert.Contains("\"owner\":{\"level\":\"team\",\"orgUnitId\":\"u-eng\",\"employeeId\":null}", json, StringComparison.Ordinal);
        Assert.Contains("\"owner\":{\"level\":\"organization\",\"orgUnitId\":null,\"employeeId\":null}", json, StringComparison.Ordinal);
        Assert.Contains("\"to\":{\"role\":\"Senior Software Engineer\",\"level\":4,\"effectiveOn\":\"2026-06-30\"}", json, StringComparison.Ordinal);
        Assert.Contains("\"current\":3.50", json, StringComparison.Ordinal);
        Assert.Contains("José's team", json, StringComparison.Ordinal);
    }

    [Fact]
    public void NodaTimeValues_AreIsoStrings()
    {
        Assert.Equal("\"2026-06-30\"", JsonSerializer.Serialize(new LocalDate(2026, 6, 30), Options));
        Assert.Equal("\"2026-06-30T09:15:00Z\"", JsonSerializer.Serialize(Instant.FromUtc(2026, 6, 30, 9, 15), Options));
        Assert.Equal("\"P30D\"", JsonSerializer.Serialize(Period.FromDays(30), Options));
        Assert.Equal(Period.FromDays(30), JsonSerializer.Deserialize<Period>("\"P30D\"", Options));
    }

    [Fact]
    public void TypeMember_MayComeAnywhere()
    {
        // Document databases (PostgreSQL jsonb) reorder members.
        var read = JsonSerializer.Deserialize<IDomainEvent>(
            """{"employeeId":"e-018","occurredOn":"2026-06-30","checkInId":"ch-1","type":"checkInRecorded"}""", Options);

        Assert.Equal(new CheckInRecorded(new CheckInId("ch-1"), new EmployeeId("e-018"), new LocalDate(2026, 6, 30)), read);
    }

    [Fact]
    public void UnknownMembers_AreSkipped()
    {
        var read = JsonSerializer.Deserialize<IDomainEvent>(
            """{"type":"checkInRecorded","checkInId":"ch-1","employeeId":"e-018","occurredOn":"2026-06-30","addedLater":{"x":[1]}}""", Options);

        Assert.IsType<CheckInRecorded>(read);
    }

    [Theory]
    [InlineData("""{"type":"checkInDeleted","checkInId":"ch-1"}""", "checkInDeleted")]
    [InlineData("""{"type":"checkInRecorded","checkInId":"ch-1","occurredOn":"2026-06-30"}""", "employeeId")]
    [InlineData("""{"type":"checkInRecorded","checkInId":"ch-1","employeeId":"e-018","occurredOn":"2026-02-30"}""", "$.occurredOn")]
    [InlineData("""{"type":"checkInRecorded","checkInId":" ch-1","employeeId":"e-018","occurredOn":"2026-06-30"}""", "' ch-1' is not a check-in id")]
    [InlineData("""{"type":"feedbackGiven","feedbackNoteId":"fb-1","fromId":"e-1","aboutId":"e-2","direction":0,"occurredOn":"2026-06-30"}""", "$.direction")]
    [InlineData("""{"type":"feedbackGiven","feedbackNoteId":"fb-1","fromId":"e-1","aboutId":"e-2","direction":"sideways","occurredOn":"2026-06-30"}""", "$.direction")]
    [InlineData("""{"type":"keyResultAdded","cycleId":"c","objectiveId":"o","keyResultId":"k","start":0,"target":1,"unit":null,"occurredOn":"2026-06-30"}""", "unit")]
    [InlineData("""{"type":"objectiveAdded","cycleId":"c","objectiveId":"o","owner":{"level":"team","employeeId":"e-1"},"weight":1,"parentId":null,"occurredOn":"2026-06-30"}""", "\"orgUnitId\"")]
    [InlineData("""{"type":"checkInRecorded","checkInId":"ch-1","checkInId":"ch-2","employeeId":"e-018","occurredOn":"2026-06-30"}""", "checkInId")]
    [InlineData("""{"type":"objectivesReweighted","cycleId":"c","owner":{"level":"department","orgUnitId":"u-1"},"occurredOn":"2026-06-30"}""", "Expected a goal owner's level, one of \"individual\", \"team\", \"organization\", found \"department\".")]
    [InlineData("""{"type":"objectivesReweighted","cycleId":"c","owner":{"orgUnitId":"u-1"},"occurredOn":"2026-06-30"}""", "A goal owner needs its \"level\".")]
    [InlineData("""{"type":"objectivesReweighted","cycleId":"c","owner":{"level":"individual","employeeId":" e"},"occurredOn":"2026-06-30"}""", "' e' is not an employee id")]
    public void InvalidEvent_ThrowsJsonException(string json, string mentioned)
    {
        var error = Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<IDomainEvent>(json, Options));

        Assert.Contains(mentioned, $"{error.Path} {error.Message}", StringComparison.Ordinal);
    }

    [Fact]
    public void EventWithoutType_CannotBeReadAsIDomainEvent()
    {
        // System.Text.Json's behaviour for a polymorphic interface; docs/wire-formats.md says so.
        Assert.Throws<NotSupportedException>(() => JsonSerializer.Deserialize<IDomainEvent>(
            """{"checkInId":"ch-1","employeeId":"e-018","occurredOn":"2026-06-30"}""", Options));
    }

    [Fact]
    public void Options_AreReadOnly()
    {
        Assert.True(Options.IsReadOnly);
        Assert.Throws<InvalidOperationException>(() => Options.WriteIndented = true);
        Assert.Same(Options, PerfDomainJson.Options);
    }

    [Fact]
    public void EventTypeOf_ForeignEvent_Throws()
    {
        Assert.Throws<ArgumentException>(() => PerfDomainJson.EventTypeOf(new ForeignEvent(new LocalDate(2026, 1, 1))));
    }

    [Fact]
    public void WireFormatsDoc_ListsEveryEventType()
    {
        var doc = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "docs", "wire-formats.md"));
        var documented = EventRow().Matches(doc).Select(m => (m.Groups[1].Value, m.Groups[2].Value)).ToList();

        Assert.Equal(PerfDomainJson.EventTypes.Select(p => (p.Key, p.Value.Name)).ToList(), documented);
    }

    [Fact]
    public void WireFormatsDoc_EventExamples_ReadBackAndWriteTheSameText()
    {
        var doc = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "docs", "wire-formats.md"));
        var examples = JsonBlock().Match(doc).Groups[1].Value.Split('\n');

        Assert.True(examples.Length >= 3, "docs/wire-formats.md has no ```json block of events.");
        Assert.All(examples, line => Assert.Equal(line, JsonSerializer.Serialize(JsonSerializer.Deserialize<IDomainEvent>(line, Options), Options)));
    }

    [GeneratedRegex(@"^\| `(\w+)` \| `(\w+)` \|", RegexOptions.Multiline)]
    private static partial Regex EventRow();

    [GeneratedRegex(@"```json\n(.*?)\n```", RegexOptions.Singleline)]
    private static partial Regex JsonBlock();

    private sealed record ForeignEvent(LocalDate OccurredOn) : IDomainEvent;
}
