namespace MaternalMicrobiome.Web.Features.Admin.Audit;

/// <summary>One page of the audit log, newest first, optionally only one action such as <c>food.update</c>.</summary>
public sealed record AuditQuery
{
    public const int MaxPageSize = 100;

    /// <summary>Zero-based page number.</summary>
    public int Page { get; init; }

    public int PageSize { get; init; } = 25;
    public string? Action { get; init; }
}
