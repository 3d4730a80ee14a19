namespace ReferenceHost.Endpoints;

/// <summary>The body of <c>POST /tenants/{tenant}/reviews/{reviewId}/calibrations</c>: a calibration made today.</summary>
internal sealed record CalibrateRequest(int Rating, string CalibratedBy, string? Reason);
