using MaternalMicrobiome.Domain.Catalog;

namespace MaternalMicrobiome.Domain.Profiles;

/// <summary>What a mother eats and avoids; suggestions never break any of it.</summary>
/// <param name="RequiredTags">Exclusions as the tags a food must carry: dairy-free, gluten-free, low-FODMAP.</param>
/// <param name="AvoidedAllergens">Allergens she avoids.</param>
/// <param name="DislikedFoodIds">Foods she does not want suggested.</param>
public sealed record DietPreferences(DietPattern Pattern, DietTags RequiredTags, Allergens AvoidedAllergens, IReadOnlySet<int> DislikedFoodIds)
{
    public static DietPreferences None { get; } = new(DietPattern.Omnivore, DietTags.None, Allergens.None, new HashSet<int>());

    public bool Allows(Food food)
    {
        ArgumentNullException.ThrowIfNull(food);
        var patternTag = Pattern switch
        {
            DietPattern.Vegan => DietTags.Vegan,
            DietPattern.Vegetarian => DietTags.Vegetarian,
            DietPattern.Pescatarian => DietTags.Pescatarian,
            _ => DietTags.None,
        };
        var required = RequiredTags | patternTag;
        return (food.DietTags & required) == required
            && (food.Allergens & AvoidedAllergens) == Allergens.None
            && !DislikedFoodIds.Contains(food.Id);
    }
}
