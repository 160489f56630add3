using MaternalMicrobiome.Domain.Planning;
using MaternalMicrobiome.Domain.Profiles;

namespace MaternalMicrobiome.Web.Features.Plans;

/// <summary>A plan's shopping list, in the mother's measurement units, with the foods ticked "already have".</summary>
public sealed record ShoppingListView(int PlanId, string Title, DateOnly WeekStart, MeasurementUnits Units, ShoppingList List, IReadOnlySet<int> Have);
