using MaternalMicrobiome.Web.Application;

namespace MaternalMicrobiome.Web.Features.Catalog;

/// <summary>What the logging form needs of a chosen food: its name, household portions and reference serving.</summary>
public sealed record FoodDetails(int Id, string Name, string FoodGroup, bool IsBeverage, IReadOnlyList<PortionOption> Portions, double? ServingGrams);
