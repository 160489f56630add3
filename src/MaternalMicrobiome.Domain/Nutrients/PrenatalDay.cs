namespace MaternalMicrobiome.Domain.Nutrients;

/// <summary>One date's eaten foods, for the weekly average. A day with no foods is a day with no log.</summary>
public sealed record PrenatalDay(DateOnly Date, IReadOnlyList<EatenFood> Foods)
{
    public bool IsLogged => Foods.Count > 0;
}
