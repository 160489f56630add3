namespace MaternalMicrobiome.Web.Features.Admin.Foods;

/// <summary>One household portion row of the food editor: "1 cup, chopped" weighs 160 g.</summary>
public sealed class PortionEdit
{
    public string Description { get; set; } = string.Empty;
    public double Grams { get; set; }
}
