namespace MaternalMicrobiome.Web.Features.Clients;

/// <summary>
/// The columns of a client's entry that the roster's scoring needs, and nothing more: her link's id and the date's
/// day number rather than her user id and a date, so that reading tens of thousands of rows allocates no strings.
/// </summary>
public readonly record struct RosterEntry(int LinkId, int DayNumber, int FoodId, double Grams);
