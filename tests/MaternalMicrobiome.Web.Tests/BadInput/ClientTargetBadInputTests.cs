using MaternalMicrobiome.Data.Identity;
using MaternalMicrobiome.Domain.Scoring;
using MaternalMicrobiome.Web.Features.Targets;
using MaternalMicrobiome.Web.Tests.Integration;

namespace MaternalMicrobiome.Web.Tests.BadInput;

/// <summary>A nutritionist's targets for her client, through <see cref="ClientTargetService"/>.</summary>
public sealed class ClientTargetBadInputTests(SqliteWebAppFactory factory) : IClassFixture<SqliteWebAppFactory>
{
    public static BadInputTable<ClientTargetsRequest> Targets { get; } = new()
    {
        { "fiber NaN", Fiber(double.NaN, null), "Targets" },
        { "fiber +infinity", Fiber(double.PositiveInfinity, null), "Targets" },
        { "fiber -infinity", Fiber(double.NegativeInfinity, null), "Targets" },
        { "fiber negative", Fiber(-10, null), "Targets" },
        { "fiber zero", Fiber(0, null), "Targets" },
        { "fiber 1000 g", Fiber(1000, null), "Targets" },
        { "fiber double.MaxValue", Fiber(double.MaxValue, null), "Targets" },
        { "weight negative", Fiber(null, -1), "Targets" },
        { "weight six", Fiber(null, 6), "Targets" },
        { "weight NaN", Fiber(null, double.NaN), "Targets" },
        { "weight +infinity", Fiber(null, double.PositiveInfinity), "Targets" },
        { "metric listed twice", new ClientTargetsRequest { Targets = [new() { Metric = Metric.Fiber, Value = 30 }, new() { Metric = Metric.Fiber, Value = 31 }] }, "Targets" },
        { "metric unknown", new ClientTargetsRequest { Targets = [new() { Metric = (Metric)999, Value = 1 }] }, "Targets" },
    };

    public static TheoryData<string> Cases => Targets.Names;

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_bad_target_is_refused_naming_it_and_nothing_is_saved(string name)
    {
        var bad = Targets[name];
        var mother = await BadInputSession.MotherAsync(factory);
        var nutritionist = await LinkedNutritionistAsync(mother);

        await BadInputAssert.RejectedWithoutWriteAsync(factory.Services, bad.Field,
            () => BadInputSession.AsAsync<ClientTargetService>(factory, nutritionist, targets => targets.SaveAsync(mother.Id, bad.Input)));
    }

    private async Task<AppUser> LinkedNutritionistAsync(AppUser mother)
    {
        var nutritionist = await BadInputSession.UserAsync(factory, Roles.Nutritionist, "linked");
        var linked = await Given.ReadAsync(factory.Services, db => Task.FromResult(db.ClientLinks.Any(l => l.NutritionistId == nutritionist.Id)));
        if (!linked)
        {
            await Given.LinkAsync(factory.Services, mother, nutritionist);
        }

        return nutritionist;
    }

    private static ClientTargetsRequest Fiber(double? value, double? weight) =>
        new() { Targets = [new ClientTargetEdit { Metric = Metric.Fiber, Value = value, Weight = weight }] };
}
