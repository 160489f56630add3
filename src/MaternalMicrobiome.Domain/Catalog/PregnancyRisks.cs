namespace MaternalMicrobiome.Domain.Catalog;

/// <summary>Reasons a food raises a warning while pregnant (DESIGN.md section 2).</summary>
[Flags]
public enum PregnancyRisks
{
    None = 0,
    UnpasteurizedDairy = 1,
    SoftCheese = 2,
    SmokedSeafood = 4,
    DeliMeat = 8,
    Pate = 16,
    HighMercuryFish = 32,
    Alcohol = 64,
}
