namespace MaternalMicrobiome.Web.Features.Admin.Foods;

/// <summary>A shared food offered by the merge pickers: enough to tell near-duplicates apart.</summary>
public sealed record FoodOption(int Id, string Key, string Name, string FoodGroup)
{
    public string Label => $"{Name} ({Key})";
}
