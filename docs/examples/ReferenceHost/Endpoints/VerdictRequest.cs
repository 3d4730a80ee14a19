namespace ReferenceHost.Endpoints;

/// <summary>The body of <c>POST /tenants/{tenant}/decisions/approve</c> (or <c>reject</c>): who decides about which decision, and why.</summary>
internal sealed record VerdictRequest(string Key, string By, string Reason);
