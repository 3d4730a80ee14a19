using System.Text.Json;
using NodaTime;
using PerfDomain.Employees;
using PerfDomain.Feedback;
using PerfDomain.Feedback.Events;
using PerfDomain.Serialization;

namespace PerfDomain.Tests.Serialization;

/// <summary>
/// <see cref="PerfDomainJson.ReadEvent(string)"/>: every sample event reads back; a bad one is a <see cref="JsonException"/>
/// whose <see cref="JsonException.Path"/> and message name the place and the problem in the wire format's words.
/// </summary>
public sealed class DomainEventReadingTests
{
    public static TheoryData<int> Samples() => [.. Enumerable.Range(0, SampleEvents.All.Count)];

    [Theory]
    [MemberData(nameof(Samples))]
    public void ReadEvent_EverySample_ReadsBackEqual(int sample)
    {
        var domainEvent = SampleEvents.All[sample];

        Assert.Equal(domainEvent, PerfDomainJson.ReadEvent(JsonSerializer.Serialize(domainEvent, PerfDomainJsonContext.Default.IDomainEvent)));
        Assert.Equal(domainEvent, PerfDomainJson.ReadEvent(JsonSerializer.SerializeToUtf8Bytes(domainEvent, PerfDomainJsonContext.Default.IDomainEvent)));
    }

    [Theory]
    [InlineData("""[1]""", "$", "expected an object (a domain event), found an array")]
    [InlineData("""null""", "$", "expected an object (a domain event), found null")]
    [InlineData("""{"checkInId":"ch-1","employeeId":"e-1","occurredOn":"2026-06-30"}""", "$", "the member 'type' is missing; it names the event, such as \"checkInRecorded\" (PerfDomainJson.EventTypes lists them)")]
    [InlineData("""{"type":"checkInHeld","checkInId":"ch-1"}""", "$.type", "'checkInHeld' is not a domain event type (PerfDomainJson.EventTypes lists them)")]
    [InlineData("""{"type":7}""", "$.type", "expected the name of a domain event as a string, found the number 7")]
    [InlineData("""{"type":"checkInRecorded","checkInId":"ch-1","occurredOn":"2026-06-30"}""", "$", "the member 'employeeId' is missing; a checkInRecorded event has the members checkInId, employeeId, occurredOn")]
    [InlineData("""{"type":"checkInRecorded","checkInId":"ch-1","employeeId":null,"occurredOn":"2026-06-30"}""", "$.employeeId", "expected an employee id (text), found null")]
    [InlineData("""{"type":"checkInRecorded","checkInId":"ch-1","employeeId":18,"occurredOn":"2026-06-30"}""", "$.employeeId", "expected an employee id (text), found the number 18")]
    [InlineData("""{"type":"checkInRecorded","checkInId":"ch-1","employeeId":" e-1","occurredOn":"2026-06-30"}""", "$.employeeId", "' e-1' is not an employee id: it starts or ends with white space")]
    [InlineData("""{"type":"checkInRecorded","checkInId":"ch-1","employeeId":"e-1","occurredOn":"30/06/2026"}""", "$.occurredOn", "expected a date like 2026-06-30, found the string '30/06/2026'")]
    [InlineData("""{"type":"checkInRecorded","checkInId":"ch-1","checkInId":"ch-2","employeeId":"e-1","occurredOn":"2026-06-30"}""", "$.checkInId", "the member 'checkInId' appears more than once")]
    [InlineData("""{"type":"employeeHired","employeeId":"e-1","status":"hired","occurredOn":"2026-06-30"}""", "$.status", "expected one of probation, active, onLeave, terminated, found the string 'hired'")]
    [InlineData("""{"type":"employeeHired","employeeId":"e-1","status":1,"occurredOn":"2026-06-30"}""", "$.status", "expected one of probation, active, onLeave, terminated, found the number 1")]
    [InlineData("""{"type":"checkInRecorded","checkInId":"ch-1" "employeeId":"e-1"}""", "$", "malformed JSON at line 1, position 46: '\"' cannot stand here")]
    [InlineData("""{"type":"checkInRecorded",""", "$", "malformed JSON at line 1, position 26: the text ends before the event does")]
    public void ReadEvent_BadEvent_NamesThePathAndTheProblem(string json, string path, string reason)
    {
        var error = Assert.ThrowsAny<JsonException>(() => PerfDomainJson.ReadEvent(json));

        Assert.Equal(path, error.Path);
        Assert.Equal($"{path}: {reason}.", error.Message);
    }

    [Fact]
    public void ReadEvent_NestedValue_IsReportedInsideIt()
    {
        const string json = """{"type":"ratingCalibrated","reviewId":"r-1","employeeId":"e-1","calibration":{"originalRating":3,"calibratedRating":"two","calibratedBy":"e-2","reason":null,"calibratedOn":"2026-11-13"},"occurredOn":"2026-11-13"}""";

        var error = Assert.ThrowsAny<JsonException>(() => PerfDomainJson.ReadEvent(json));

        Assert.Equal("$.calibration.calibratedRating", error.Path);
        Assert.Equal("$.calibration.calibratedRating: expected a whole number, found the string 'two'.", error.Message);
    }

    [Fact]
    public void ReadEvent_UnknownMembersAndTypeAnywhere_AreAccepted()
    {
        var read = PerfDomainJson.ReadEvent("""{"employeeId":"e-018","addedLater":[1],"occurredOn":"2026-06-30","checkInId":"ch-1","type":"checkInRecorded"}""");

        Assert.Equal(new CheckInRecorded(new CheckInId("ch-1"), new EmployeeId("e-018"), new LocalDate(2026, 6, 30)), read);
    }
}
