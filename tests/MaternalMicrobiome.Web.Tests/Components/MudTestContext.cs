using Bunit;
using FluentValidation;
using MaternalMicrobiome.Data.Seeding;
using MaternalMicrobiome.Domain.Catalog;
using MaternalMicrobiome.Web.Features.Today;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace MaternalMicrobiome.Web.Tests.Components;

/// <summary>
/// A bunit context with MudBlazor's services, the plant names, the tests' fixed clock (<see cref="Given.Now"/>) and the app's validators (forms run them while she edits);
/// xunit v2 disposes synchronously, so disposal goes async here.
/// </summary>
public abstract class MudTestContext : BunitContext, IAsyncLifetime
{
    /// <summary>The real seeds/plant-species.csv, which components inject to show species by their common names.</summary>
    private static readonly Lazy<PlantNames> SeedNames = new(() => SeedLoader.ReadPlantNames(Path.Combine(AppContext.BaseDirectory, "seeds")));

    public static PlantNames SeedPlantNames => SeedNames.Value;

    protected MudTestContext()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddSingleton(SeedPlantNames);
        Services.AddSingleton<TimeProvider>(Given.Clock());
        Services.AddValidatorsFromAssemblyContaining<MealEntryRequestValidator>(ServiceLifetime.Singleton);
    }

    Task IAsyncLifetime.InitializeAsync() => Task.CompletedTask;

    Task IAsyncLifetime.DisposeAsync() => base.DisposeAsync().AsTask();
}
