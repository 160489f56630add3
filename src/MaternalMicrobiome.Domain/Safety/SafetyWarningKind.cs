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
}
