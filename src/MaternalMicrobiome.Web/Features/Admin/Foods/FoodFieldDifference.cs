namespace MaternalMicrobiome.Web.Features.Admin.Foods;

/// <summary>One field whose unsaved value differs from what someone else saved meanwhile.</summary>
public sealed record FoodFieldDifference(string Field, string Mine, string Saved);
