using MaternalMicrobiome.Domain.Nutrients;

namespace MaternalMicrobiome.Web.Features.Week;

/// <summary>One day of <see cref="PrenatalWeek"/>: its nine nutrients, and whether anything was logged.</summary>
public sealed record PrenatalWeekDay(DateOnly Date, bool IsLogged, IReadOnlyList<NutrientDayResult> Nutrients);
