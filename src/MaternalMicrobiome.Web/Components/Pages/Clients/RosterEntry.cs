namespace MaternalMicrobiome.Web.Components.Pages.Clients;

/// <summary>The columns of a client's entry that the roster's scoring needs, and nothing more.</summary>
public sealed record RosterEntry(string UserId, DateOnly Date, int FoodId, double Grams);
