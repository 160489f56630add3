namespace MaternalMicrobiome.Web.Features.Admin.Foods;

/// <summary>One page of the admin foods grid: which page, sorted how, filtered by name and food group.</summary>
public sealed record FoodGridQuery
{
    public const int MaxPageSize = 100;

    /// <summary>Zero-based page number.</summary>
    public int Page { get; init; }

    public int PageSize { get; init; } = 25;
    public FoodSortColumn SortBy { get; init; } = FoodSortColumn.Name;
    public bool Descending { get; init; }

    /// <summary>Shows only foods whose name contains this text (case-insensitive).</summary>
    public string? NameContains { get; init; }

    /// <summary>Shows only foods of this food group.</summary>
    public string? FoodGroup { get; init; }
}
