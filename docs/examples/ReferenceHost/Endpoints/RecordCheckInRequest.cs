namespace ReferenceHost.Endpoints;

/// <summary>The body of <c>POST /tenants/{tenant}/check-ins</c>: a check-in held today.</summary>
internal sealed record RecordCheckInRequest(string EmployeeId, IReadOnlyList<string> Participants, string? Id = null, string? Summary = null);
