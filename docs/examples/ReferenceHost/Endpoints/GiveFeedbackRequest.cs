using PerfDomain.Feedback;

namespace ReferenceHost.Endpoints;

/// <summary>The body of <c>POST /tenants/{tenant}/feedback-notes</c>: feedback given today.</summary>
internal sealed record GiveFeedbackRequest(string FromId, string AboutId, FeedbackDirection Direction, string Text, string? Id = null);
