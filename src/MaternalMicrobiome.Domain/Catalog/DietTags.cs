namespace MaternalMicrobiome.Domain.Catalog;

/// <summary>Diets and exclusions a food is compatible with.</summary>
[Flags]
public enum DietTags
{
    None = 0,
    Vegan = 1,
    Vegetarian = 2,
    Pescatarian = 4,
    GlutenFree = 8,
    DairyFree = 16,
    LowFodmap = 32,
}
