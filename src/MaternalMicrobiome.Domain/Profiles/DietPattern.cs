namespace MaternalMicrobiome.Domain.Profiles;

public enum DietPattern
{
    Omnivore = 0,
    Pescatarian = 1,
    Vegetarian = 2,
    Vegan = 3,
}
