namespace MaternalMicrobiome.Web.Features.Admin.Foods;

/// <summary>The columns the admin foods grid sorts by on the server.</summary>
public enum FoodSortColumn
{
    Name = 0,
    FoodGroup = 1,
    Fiber = 2,
    Nova = 3,
}
