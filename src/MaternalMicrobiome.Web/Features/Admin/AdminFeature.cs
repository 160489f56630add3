namespace MaternalMicrobiome.Web.Features.Admin;

/// <summary>Admin: users, the food catalog and its CSV import/export, references, the audit trail.</summary>
public static class AdminFeature
{
    public static IServiceCollection AddAdminFeature(this IServiceCollection services) => services
        .AddScoped<Users.UserAdminService>()
        .AddScoped<Foods.FoodAdminService>()
        .AddScoped<Foods.FoodCsvService>()
        .AddScoped<References.ReferenceAdminService>()
        .AddScoped<Audit.AuditTrailService>();
}
