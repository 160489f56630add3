namespace MaternalMicrobiome.Web.Tests.Integration;

/// <summary>What another mother and a nutritionist hold, counted before and after a mother's account is deleted.</summary>
internal sealed record OthersCounts(int Users, int OtherEntries, int OtherFoods, int OtherFavourites, int OtherProfiles, int NutritionistTemplates, int NutritionistTemplateEntries);
