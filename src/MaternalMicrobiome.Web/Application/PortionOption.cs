namespace MaternalMicrobiome.Web.Application;

public sealed record PortionOption(string Description, double Grams);
