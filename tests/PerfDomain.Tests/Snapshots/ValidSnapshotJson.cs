using System.Text.Json.Nodes;

namespace PerfDomain.Tests.Snapshots;

/// <summary>A small snapshot that uses every part of the format, to be broken one field at a time.</summary>
internal static class ValidSnapshotJson
{
    public const string Text = """
    {
      "schemaVersion": 1,
      "organization": { "name": "Tiny Co", "referenceDate": "2026-06-15" },
      "orgUnits": [
        { "id": "company", "name": "Company" },
        { "id": "eng", "name": "Engineering", "parentId": "company" }
      ],
      "employees": [
        { "id": "ceo", "name": "Chidi", "hireDate": "2019-01-01", "orgUnitHistory": [ { "orgUnitId": "company", "effectiveOn": "2019-01-01" } ],
          "statusHistory": [ { "status": "active", "effectiveOn": "2019-01-01" } ],
          "roleHistory": [ { "role": "CEO", "level": 9, "effectiveOn": "2019-01-01" } ],
          "reportingLines": [ { "effectiveOn": "2019-01-01" } ] },
        { "id": "lead", "name": "Lena", "hireDate": "2020-03-02", "orgUnitHistory": [ { "orgUnitId": "eng", "effectiveOn": "2020-03-02" } ],
          "statusHistory": [ { "status": "active", "effectiveOn": "2020-03-02" } ],
          "roleHistory": [ { "role": "Engineer", "level": 3, "effectiveOn": "2020-03-02" }, { "role": "Engineering Lead", "level": 4, "effectiveOn": "2025-07-01" } ],
          "reportingLines": [ { "managerId": "ceo", "effectiveOn": "2020-03-02" } ] },
        { "id": "ann", "name": "Ann", "hireDate": "2025-01-06", "orgUnitHistory": [ { "orgUnitId": "eng", "effectiveOn": "2025-01-06" } ],
          "statusHistory": [ { "status": "probation", "effectiveOn": "2025-01-06" }, { "status": "active", "effectiveOn": "2025-04-06" } ],
          "roleHistory": [ { "role": "Engineer", "level": 2, "effectiveOn": "2025-01-06" } ],
          "reportingLines": [ { "managerId": "ceo", "effectiveOn": "2025-01-06" }, { "managerId": "lead", "effectiveOn": "2025-07-01" } ] }
      ],
      "cycles": [
        { "id": "2026", "name": "2026", "period": { "start": "2026-01-01", "end": "2026-12-31" },
          "windows": [
            { "stage": "goalSetting", "start": "2026-01-01", "end": "2026-01-31" },
            { "stage": "ongoingFeedback", "start": "2026-01-01", "end": "2026-12-31" },
            { "stage": "review", "start": "2026-06-01", "end": "2026-12-31" },
            { "stage": "developmentPlanning", "start": "2026-06-15", "end": "2026-12-31" },
            { "stage": "consequences", "start": "2026-07-01", "end": "2026-12-31" }
          ],
          "ratingScale": { "labels": [ "Below", "Meets", "Exceeds" ], "meetsThreshold": 2 } }
      ],
      "cycleRecords": [
        { "cycleId": "2026", "employeeId": "ann", "history": [ { "stage": "goalSetting", "enteredOn": "2026-01-05" }, { "stage": "ongoingFeedback", "enteredOn": "2026-02-01" } ] }
      ],
      "objectives": [
        { "id": "o-org", "cycleId": "2026", "level": "organization", "title": "Grow revenue", "weight": 100 },
        { "id": "o-eng", "cycleId": "2026", "level": "team", "ownerId": "eng", "title": "Ship the platform", "weight": 100, "parentId": "o-org" },
        { "id": "o-ann", "cycleId": "2026", "level": "individual", "ownerId": "ann", "title": "Own the importer", "weight": 100, "parentId": "o-eng",
          "keyResults": [ { "id": "kr-1", "description": "Import latency", "start": 900, "target": 300, "current": 600, "unit": "ms", "lastUpdatedOn": "2026-05-30" } ] }
      ],
      "checkIns": [
        { "id": "ci-1", "employeeId": "ann", "date": "2026-05-30", "participants": [ "lead" ], "progress": [ { "keyResultId": "kr-1", "value": 600, "confidence": 7 } ], "summary": "Halfway there" }
      ],
      "feedbackNotes": [
        { "id": "fb-1", "fromId": "lead", "aboutId": "ann", "direction": "downward", "date": "2026-04-10", "text": "Clear design notes." }
      ],
      "reviews": [
        { "id": "rv-1", "cycleId": "2026", "employeeId": "ann", "reviewerId": "lead", "role": "manager", "startedOn": "2026-06-02", "submittedOn": "2026-06-05", "overallRating": 2,
          "competencyRatings": [ { "competencyId": "delivery", "rating": 3 } ],
          "calibrations": [ { "originalRating": 2, "calibratedRating": 3, "calibratedBy": "ceo", "reason": "Delivered the importer early", "calibratedOn": "2026-06-10" } ] }
      ],
      "developmentPlans": [
        { "id": "dp-1", "employeeId": "ann", "cycleId": "2026", "createdOn": "2026-06-12", "status": "active",
          "actions": [ { "id": "a-1", "kind": "training", "description": "Distributed systems course", "dueOn": "2026-09-30", "competencyId": "delivery", "status": "planned" } ] }
      ],
      "recognitions": [
        { "id": "rc-1", "employeeId": "ann", "kind": "recognition", "cycleId": "2026", "grantedBy": "lead", "grantedOn": "2026-06-12", "reason": "Importer shipped" }
      ],
      "improvementPlans": [
        { "id": "ip-1", "employeeId": "lead", "startOn": "2026-03-01", "duration": "P60D", "expectations": "Weekly one-to-ones held",
          "checkpoints": [ { "dueOn": "2026-03-31", "heldOn": "2026-03-31", "note": "On track" }, { "dueOn": "2026-04-30" } ],
          "decisions": [ { "outcome": "successful", "decidedOn": "2026-04-30", "decidedBy": "ceo" } ] }
      ]
    }
    """;

    public static string With(Action<JsonNode> change)
    {
        var root = JsonNode.Parse(Text)!;
        change(root);
        return root.ToJsonString();
    }
}
