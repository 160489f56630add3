using MaternalMicrobiome.Domain.Catalog;
using MaternalMicrobiome.Domain.Logging;

namespace MaternalMicrobiome.Web.Application;

/// <summary>A food she may use, the quantity as entered, and its grams.</summary>
public sealed record ResolvedQuantity(Food Food, Quantity Quantity, double Grams);
