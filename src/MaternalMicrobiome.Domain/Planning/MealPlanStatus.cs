namespace MaternalMicrobiome.Domain.Planning;

/// <summary>Where a plan is in its life: a draft its author works on, shared with the mother, accepted by her.</summary>
public enum MealPlanStatus
{
    Draft = 0,
    Shared = 1,
    Accepted = 2,
}
