namespace MaternalMicrobiome.Domain.Profiles;

public enum LifeStageKind
{
    PlanningPregnancy = 0,
    Pregnant = 1,
    Breastfeeding = 2,
    PostpartumNotBreastfeeding = 3,
}
