namespace MaternalMicrobiome.Web.Features.MyFoods;

/// <summary>A household measure of her food, such as "1 bowl", and what it weighs.</summary>
public sealed class PortionRequest
{
    public string Description { get; set; } = string.Empty;
    public double Grams { get; set; }
}
