namespace MaternalMicrobiome.Domain.Safety;

public enum SafetyWarningKind
{
    UnpasteurizedDairy = 0,
    SoftCheese = 1,
    SmokedSeafood = 2,
    DeliMeat = 3,
    Pate = 4,
    HighMercuryFish = 5,
    Alcohol = 6,
    Caffeine = 7,
    RawSprouts = 8,
    RawEgg = 9,
    RawShellfish = 10,
    PreformedVitaminA = 11,
    UnpasteurizedJuice = 12,
    DeliSalad = 13,
    HerbalTea = 14,

    /// <summary>More fish over 7 days than the FDA/EPA weekly amount.</summary>
    FishWeeklyAmount = 15,

    /// <summary>A food that usually holds caffeine has no caffeine value: the day's total may be too low.</summary>
    CaffeineUnknown = 16,
}
