namespace MaternalMicrobiome.Domain.Catalog;

/// <summary>Who is searching and what to put first.</summary>
/// <param name="Take">How many results at most.</param>
/// <param name="Preferred">The searcher's recent and favourite foods: ranked above every other match.</param>
/// <param name="OwnerId">The searcher, whose private foods are included; other people's never are.</param>
/// <param name="LibraryOwnerId">A nutritionist planning for her client (the <paramref name="OwnerId"/>): her library is included too.</param>
public sealed record FoodSearchOptions(int Take = 20, IReadOnlySet<int>? Preferred = null, string? OwnerId = null, string? LibraryOwnerId = null);
