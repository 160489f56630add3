namespace MaternalMicrobiome.Web.Features.Profile;

/// <summary>A food she does not want suggested, with its name for the chip on her profile.</summary>
public sealed record DislikedFood(int Id, string Name);
