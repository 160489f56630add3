namespace MaternalMicrobiome.Domain.Catalog;

[Flags]
public enum Allergens
{
    None = 0,
    Milk = 1,
    Egg = 2,
    Fish = 4,
    Shellfish = 8,
    TreeNuts = 16,
    Peanuts = 32,
    Wheat = 64,
    Soy = 128,
    Sesame = 256,
}
