namespace MaternalMicrobiome.Web.Components.Pages.MyData;

/// <summary>One logged entry in her export.</summary>
public sealed record ExportedEntry(DateOnly Date, string Slot, string Food, string Unit, double Amount, string? Portion, double Grams, string? Note);
