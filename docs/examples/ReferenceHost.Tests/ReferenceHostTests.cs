using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PerfDomain.Policies.Decisions;
using PerfDomain.Serialization;
using ReferenceHost.Data;

namespace ReferenceHost.Tests;

/// <summary>The whole loop on a real database: rows → snapshot → partition → decisions → approvals.</summary>
public sealed class ReferenceHostTests
{
    private const string Team = "/tenants/northwind/managers/e-010/decisions";
    private const string OverdueKey = "checkInOverdue/e-018/-/-";
    private const string ImprovementPlanKey = "improvementPlanRecommended/e-017/c-2026/-";

    [Fact]
    public async Task RecordCheckIn_OfAnEmployeeOverdue_WithdrawsTheOverdueDecisionAndWritesTheEventToTheOutbox()
    {
        using var fixture = new HostFixture();
        await using var host = fixture.Start();
        var client = host.CreateClient();
        Assert.Contains(OverdueKey, await Keys(client));

        var response = await client.PostAsJsonAsync("/tenants/northwind/check-ins", new { id = "ci-e-018-2026-11-16", employeeId = "e-018", participants = new[] { "e-010" } });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var changes = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["changes"]!;
        Assert.Contains(OverdueKey, changes["withdrawn"]!.AsArray().Select(k => (string?)k));
        Assert.DoesNotContain(OverdueKey, await Keys(client));
        Assert.Contains("checkInDue/e-018/-/-", await Keys(client));

        using var scope = host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<HrisDbContext>();
        var message = Assert.Single(await db.Outbox.Where(m => m.AggregateId == "ci-e-018-2026-11-16").ToListAsync());
        Assert.Equal("checkInRecorded", message.Type);
        var recorded = JsonSerializer.Deserialize<PerfDomain.IDomainEvent>(message.Payload, PerfDomainJson.Options);
        Assert.Equal("checkInRecorded", PerfDomainJson.EventTypeOf(recorded!));
        Assert.Single(await db.CheckIns.Where(c => c.Id == "ci-e-018-2026-11-16").ToListAsync());
    }

    [Fact]
    public async Task CalibrateTwoLowRatings_AfterFeedback_RecommendsAnImprovementPlan_ApprovalIsAudited_AndARestartLosesNothing()
    {
        using var fixture = new HostFixture();
        string decisionsBefore;
        string auditBefore;
        await using (var host = fixture.Start())
        {
            var client = host.CreateClient();
            Assert.DoesNotContain(ImprovementPlanKey, await Keys(client));

            foreach (var review in new[] { "r-2025-e-017-manager", "r-2026-e-017-manager" })
            {
                var calibrated = await client.PostAsJsonAsync($"/tenants/northwind/reviews/{review}/calibrations", new { rating = 2, calibratedBy = "e-006", reason = "Calibration committee: targets missed" });
                Assert.Equal(HttpStatusCode.Created, calibrated.StatusCode);
            }

            // No surprises: corrective action only after documented feedback; the last was months ago.
            Assert.Contains("feedbackDocumentationRequested/e-017/c-2026/-", await Keys(client));
            Assert.DoesNotContain(ImprovementPlanKey, await Keys(client));
            var feedback = await client.PostAsJsonAsync(
                "/tenants/northwind/feedback-notes", new { id = "fn-e-017-2026-11-16", fromId = "e-010", aboutId = "e-017", direction = "downward", text = "Targets missed twice; here is what must change." });
            Assert.Equal(HttpStatusCode.Created, feedback.StatusCode);

            var recommended = (await Decisions(client)).Single(d => (string?)d!["key"] == ImprovementPlanKey)!;
            Assert.True((bool)recommended["decision"]!["requiresApproval"]!);
            Assert.Null(recommended["verdict"]);

            var approved = await client.PostAsJsonAsync("/tenants/northwind/decisions/approve", new { key = ImprovementPlanKey, by = "e-006", reason = "Agreed with HR" });

            Assert.Equal(HttpStatusCode.Created, approved.StatusCode);
            var audit = Assert.Single((await client.GetFromJsonAsync<JsonArray>("/tenants/northwind/decisions/audit"))!);
            Assert.Equal(("approved", "e-006", "Agreed with HR", "rating-consequences@1.0.0", "2026-11-16T09:00:00Z"), ((string?)audit!["verdict"], (string?)audit["decidedBy"], (string?)audit["reason"], (string?)audit["pack"], (string?)audit["decidedAt"]));
            var document = DecisionJson.Read(new MemoryStream(Encoding.UTF8.GetBytes((string)audit["decisionJson"]!)));
            var decision = Assert.Single(document.Decisions);
            Assert.Equal(JsonSerializer.Serialize(decision), recommended["decision"]!.ToJsonString());
            Assert.Equal("approved", (string?)(await Decisions(client)).Single(d => (string?)d!["key"] == ImprovementPlanKey)!["verdict"]!["verdict"]);

            decisionsBefore = await client.GetStringAsync(Team);
            auditBefore = await client.GetStringAsync("/tenants/northwind/decisions/audit");
        }

        await using var restarted = fixture.Start();
        var again = restarted.CreateClient();

        Assert.Equal(decisionsBefore, await again.GetStringAsync(Team));
        Assert.Equal(auditBefore, await again.GetStringAsync("/tenants/northwind/decisions/audit"));
    }

    [Fact]
    public async Task Approve_AReminder_IsAConflictAndNothingIsAudited()
    {
        using var fixture = new HostFixture();
        await using var host = fixture.Start();
        var client = host.CreateClient();

        var response = await client.PostAsJsonAsync("/tenants/northwind/decisions/approve", new { key = OverdueKey, by = "e-006", reason = "Fine" });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Empty((await client.GetFromJsonAsync<JsonArray>("/tenants/northwind/decisions/audit"))!);
    }

    [Fact]
    public async Task RecordCheckIn_OfAnUnknownEmployee_IsABadRequestNamingThePathAndWritesNothing()
    {
        using var fixture = new HostFixture();
        await using var host = fixture.Start();
        var client = host.CreateClient();

        var response = await client.PostAsJsonAsync("/tenants/northwind/check-ins", new { id = "ci-x", employeeId = "e-999", participants = new[] { "e-010" } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.StartsWith("$.checkIns[", (string?)problem["title"], StringComparison.Ordinal);
        Assert.Equal("unknown employee 'e-999'.", (string?)problem["detail"]);
        using var scope = host.Services.CreateScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<HrisDbContext>().CheckIns.AnyAsync(c => c.Id == "ci-x"));
    }

    [Fact]
    public async Task TeamDecisions_NextDay_AreAsOfTheClocksNewDate()
    {
        using var fixture = new HostFixture();
        await using var host = fixture.Start();
        var client = host.CreateClient();
        Assert.Equal("2026-11-16", (string?)(await client.GetFromJsonAsync<JsonObject>(Team))!["asOf"]);

        fixture.Clock.AdvanceDays(1);

        var decisions = (await client.GetFromJsonAsync<JsonObject>(Team))!;
        Assert.Equal("2026-11-17", (string?)decisions["asOf"]);
        Assert.All(decisions["decisions"]!.AsArray(), d => Assert.Equal("2026-11-17", (string?)d!["decision"]!["explanation"]!["asOf"]));
    }

    private static async Task<JsonArray> Decisions(HttpClient client) => (await client.GetFromJsonAsync<JsonObject>(Team))!["decisions"]!.AsArray();

    private static async Task<List<string?>> Keys(HttpClient client) => [.. (await Decisions(client)).Select(d => (string?)d!["key"])];
}
