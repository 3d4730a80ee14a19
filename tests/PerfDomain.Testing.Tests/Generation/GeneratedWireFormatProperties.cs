using System.Globalization;
using System.Text.Json;
using FsCheck.Xunit;
using PerfDomain.Serialization;
using PerfDomain.Snapshots;
using PerfDomain.Testing.Generation;
using PerfDomain.Testing.Generators;

namespace PerfDomain.Testing.Tests.Generation;

/// <summary>
/// The wire formats of docs/wire-formats.md on generated organisations: every domain event the generator's
/// aggregates record, and every id of the snapshot, reads back equal.
/// </summary>
[Properties(Arbitrary = [typeof(OrganizationArbitraries)], MaxTest = 25)]
public sealed class GeneratedWireFormatProperties
{
    private static readonly JsonSerializerOptions Options = PerfDomainJson.Options;

    [Property]
    public void EveryRecordedEvent_ReadsBackEqual_AloneAndAsAnOutboxPage(SyntheticOrganizationOptions options)
    {
        var events = new List<IDomainEvent>();
        SyntheticOrganization.GenerateRecording(options, events.Add);

        Assert.NotEmpty(events);
        foreach (var domainEvent in events)
        {
            var json = JsonSerializer.Serialize(domainEvent, Options);
            Assert.StartsWith($"{{\"type\":\"{PerfDomainJson.EventTypeOf(domainEvent)}\"", json, StringComparison.Ordinal);
            Assert.Equal(domainEvent, JsonSerializer.Deserialize<IDomainEvent>(json, Options));
            Assert.Equal(domainEvent, PerfDomainJson.ReadEvent(json));
            Assert.Equal(domainEvent, PerfDomainJson.ReadEvent(JsonSerializer.SerializeToUtf8Bytes(domainEvent, PerfDomainJsonContext.Default.IDomainEvent)));
        }

        Assert.Equal(events, JsonSerializer.Deserialize<List<IDomainEvent>>(JsonSerializer.Serialize(events, Options), Options));
    }

    [Property]
    public void EventsOfCommandsReplayedOnAGeneratedOrganisation_ReadBackEqual(OrganizationSnapshot generated)
    {
        var events = Replay(OrganizationArbitraries.Copy(generated));

        Assert.Equal(events, JsonSerializer.Deserialize<List<IDomainEvent>>(JsonSerializer.Serialize(events, Options), Options));
    }

    [Property]
    public void EveryId_ReadsBackAsValueAsKeyAndAsText(OrganizationSnapshot snapshot)
    {
        RoundTrip(snapshot.Employees.Select(e => e.Id));
        RoundTrip(snapshot.OrgUnits.Select(u => u.Id));
        RoundTrip(snapshot.Cycles.Select(c => c.Id));
        RoundTrip(snapshot.GoalSets.SelectMany(g => g.Objectives).Select(o => o.Id));
        RoundTrip(snapshot.GoalSets.SelectMany(g => g.Objectives).SelectMany(o => o.KeyResults).Select(k => k.Id));
        RoundTrip(snapshot.CheckIns.Select(c => c.Id));
        RoundTrip(snapshot.FeedbackNotes.Select(n => n.Id));
        RoundTrip(snapshot.Reviews.Select(r => r.Id));
        RoundTrip(snapshot.Reviews.SelectMany(r => r.CompetencyRatings).Select(c => c.CompetencyId));
        RoundTrip(snapshot.DevelopmentPlans.Select(p => p.Id));
        RoundTrip(snapshot.DevelopmentPlans.SelectMany(p => p.Actions).Select(a => a.Id));
        RoundTrip(snapshot.Recognitions.Select(r => r.Id));
        RoundTrip(snapshot.ImprovementPlans.Select(p => p.Id));
        RoundTrip(snapshot.PayRanges.Select(r => r.Grade));
        RoundTrip(snapshot.PotentialAssessments.Select(a => a.Id));
    }

    [Fact]
    public void AGeneratedOrganisation_RecordedAndReplayed_HasEveryEventType()
    {
        // Guards the properties above against testing only a few shapes: together they cover every event type.
        var types = new HashSet<string>();
        var options = new SyntheticOrganizationOptions { Employees = 300, Seed = 11, PayAndPotential = true };
        SyntheticOrganization.GenerateRecording(options, e => types.Add(PerfDomainJson.EventTypeOf(e)));

        var replayed = Replay(SyntheticOrganization.Generate(options));
        types.UnionWith(replayed.Select(PerfDomainJson.EventTypeOf));

        var missing = PerfDomainJson.EventTypes.Keys.Except(types).Order(StringComparer.Ordinal).ToList();
        Assert.True(missing.Count == 0, $"neither recorded nor replayed: {string.Join(", ", missing)}");
    }

    // The generator never re-aligns or re-weights objectives nor holds checkpoints: do so on its data.
    private static List<IDomainEvent> Replay(OrganizationSnapshot snapshot)
    {
        var on = snapshot.ReferenceDate!.Value;
        foreach (var set in snapshot.GoalSets)
        {
            foreach (var objective in set.Objectives)
            {
                set.AlignTo(objective.Id, objective.ParentId, on);
            }

            foreach (var owned in set.Objectives.GroupBy(o => o.Owner).Where(g => g.Sum(o => o.Weight) == 100))
            {
                set.Reweight(owned.Key, owned.ToDictionary(o => o.Id, o => o.Weight), on);
            }
        }

        foreach (var plan in snapshot.ImprovementPlans.Where(p => !p.IsConcluded))
        {
            foreach (var checkpoint in plan.Checkpoints.Where(c => !c.IsHeld).ToList())
            {
                plan.HoldCheckpoint(checkpoint.DueOn, checkpoint.DueOn < plan.StartOn ? plan.StartOn : checkpoint.DueOn, "Progress reviewed; on track.");
            }
        }

        return [.. snapshot.GoalSets.SelectMany(s => s.DomainEvents), .. snapshot.ImprovementPlans.SelectMany(p => p.DomainEvents)];
    }

    private static void RoundTrip<T>(IEnumerable<T> ids)
        where T : struct, IEntityId<T>
    {
        var list = ids.Distinct().ToList();
        var keys = list.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i);

        Assert.Equal(list, JsonSerializer.Deserialize<List<T>>(JsonSerializer.Serialize(list)));
        Assert.Equal(keys, JsonSerializer.Deserialize<Dictionary<T, int>>(JsonSerializer.Serialize(keys, Options), Options));
        Assert.All(list, id => Assert.Equal(id, T.Parse(id.ToString(null, CultureInfo.InvariantCulture).AsSpan(), CultureInfo.InvariantCulture)));
        Assert.All(list, id => Assert.Equal($"\"{id.Value}\"", JsonSerializer.Serialize(id)));
    }
}
