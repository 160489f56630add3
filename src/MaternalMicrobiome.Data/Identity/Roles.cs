namespace MaternalMicrobiome.Data.Identity;

/// <summary>The application's roles (DESIGN.md section 5).</summary>
public static class Roles
{
    public const string Mother = nameof(Mother);
    public const string Nutritionist = nameof(Nutritionist);
    public const string Admin = nameof(Admin);

    public static IReadOnlyList<string> All { get; } = [Mother, Nutritionist, Admin];
}
