namespace MaternalMicrobiome.Web.Features.Practice;

/// <summary>A mother who consented to the signed-in nutritionist's invite and has not ended the link.</summary>
public sealed record LinkedClient(string MotherId, string DisplayName, DateTimeOffset ConsentedAt);
