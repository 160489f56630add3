using MaternalMicrobiome.Domain.Evidence;

namespace MaternalMicrobiome.Web.Features.Admin.References;

/// <summary>A reference as one row of the admin list.</summary>
public sealed record ReferenceRow(int Id, string Key, string Authors, int Year, string Title, EvidenceStatus Status, bool EditedLocally);
