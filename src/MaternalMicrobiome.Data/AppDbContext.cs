using MaternalMicrobiome.Data.Identity;
using MaternalMicrobiome.Domain.Auditing;
using MaternalMicrobiome.Domain.Catalog;
using MaternalMicrobiome.Domain.Evidence;
using MaternalMicrobiome.Domain.Logging;
using MaternalMicrobiome.Domain.Profiles;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace MaternalMicrobiome.Data;

/// <summary>The one database: Identity tables plus the catalog, references and mothers' logs.</summary>
public sealed class AppDbContext(DbContextOptions<AppDbContext> options) : IdentityDbContext<AppUser>(options)
{
    public DbSet<Food> Foods => Set<Food>();
    public DbSet<FoodPortion> FoodPortions => Set<FoodPortion>();
    public DbSet<Reference> References => Set<Reference>();
    public DbSet<MealEntry> MealEntries => Set<MealEntry>();
    public DbSet<MotherProfile> MotherProfiles => Set<MotherProfile>();
    public DbSet<RecipeIngredient> RecipeIngredients => Set<RecipeIngredient>();
    public DbSet<FavouriteFood> FavouriteFoods => Set<FavouriteFood>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<CheckIn> CheckIns => Set<CheckIn>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
    }
}
