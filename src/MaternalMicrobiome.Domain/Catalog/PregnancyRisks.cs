namespace MaternalMicrobiome.Domain.Catalog;

/// <summary>Reasons a food raises a warning while pregnant (DESIGN.md section 2; rules and sources in docs/scoring.md).</summary>
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
    RawSprouts = 128,
    RawEgg = 256,
    RawShellfish = 512,

    /// <summary>Liver, liver products and fish-liver oils: preformed vitamin A.</summary>
    Liver = 1024,
    UnpasteurizedJuice = 2048,

    /// <summary>Store-made ham, chicken, egg, tuna and seafood salads.</summary>
    DeliSalad = 4096,
    HerbalTea = 8192,
}
