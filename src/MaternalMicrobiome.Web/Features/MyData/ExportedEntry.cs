namespace MaternalMicrobiome.Web.Features.MyData;

/// <summary>One logged entry in her export, with the food's id so another tool can match it to the catalog.</summary>
public sealed record ExportedEntry(DateOnly Date, string Slot, int FoodId, string Food, string Unit, double Amount, string? Portion, double Grams, string? Note);
