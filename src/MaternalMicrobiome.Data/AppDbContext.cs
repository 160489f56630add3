using MaternalMicrobiome.Data.Identity;
using MaternalMicrobiome.Domain.Auditing;
using MaternalMicrobiome.Domain.Catalog;
using MaternalMicrobiome.Domain.Evidence;
using MaternalMicrobiome.Domain.Logging;
using MaternalMicrobiome.Domain.Planning;
using MaternalMicrobiome.Domain.Practice;
using MaternalMicrobiome.Domain.Profiles;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace MaternalMicrobiome.Data;

/// <summary>The one database: Identity tables plus the catalog, references, mothers' logs, and the practice (links, comments, targets, plans).</summary>
public sealed class AppDbContext(DbContextOptions<AppDbContext> options) : IdentityDbContext<AppUser>(options), IDataProtectionKeyContext
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
    public DbSet<ClientLink> ClientLinks => Set<ClientLink>();
    public DbSet<Comment> Comments => Set<Comment>();
    public DbSet<ClientTarget> ClientTargets => Set<ClientTarget>();
    public DbSet<ClientTargetChange> ClientTargetChanges => Set<ClientTargetChange>();
    public DbSet<MealPlan> MealPlans => Set<MealPlan>();
    public DbSet<PlannedEntry> PlannedEntries => Set<PlannedEntry>();
    public DbSet<PractitionerProfile> PractitionerProfiles => Set<PractitionerProfile>();
    public DbSet<WeeklyRecommendation> WeeklyRecommendations => Set<WeeklyRecommendation>();
    public DbSet<PlannedMealNote> PlannedMealNotes => Set<PlannedMealNote>();
    public DbSet<ShoppingTick> ShoppingTicks => Set<ShoppingTick>();
    public DbSet<CatalogStamp> CatalogStamps => Set<CatalogStamp>();

    /// <summary>ASP.NET Core Data Protection keys, shared by every app instance on the same database.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
    }
}
