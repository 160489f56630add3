namespace MaternalMicrobiome.Web.Features.Clients;

/// <summary>Who the client is, for the header of the client pages: her name, her stage today and her today.</summary>
public sealed record ClientSummary(string Id, string Name, string Stage, DateOnly Today);
