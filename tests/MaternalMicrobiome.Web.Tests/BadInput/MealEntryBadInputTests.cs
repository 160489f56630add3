using System.Globalization;
using MaternalMicrobiome.Data;
using MaternalMicrobiome.Domain.Logging;
using MaternalMicrobiome.Web.Features.Today;
using MaternalMicrobiome.Web.Tests.Integration;
using Microsoft.EntityFrameworkCore;

namespace MaternalMicrobiome.Web.Tests.BadInput;

/// <summary>Meal entries: add, change, quick drinks and copy, through <see cref="MealLogService"/>.</summary>
public sealed class MealEntryBadInputTests(SqliteWebAppFactory factory) : IClassFixture<SqliteWebAppFactory>
{
    private const string KefirKey = "usda-01289";
    private static readonly DateOnly Today = Given.Today;

    public static BadInputTable<Action<MealEntryRequest>> Entries { get; } = new()
    {
        { "amount zero", r => r.Amount = 0, "Amount" },
        { "amount negative", r => r.Amount = -1, "Amount" },
        { "amount a hair below zero", r => r.Amount = -1e-12, "Amount" },
        { "amount NaN", r => r.Amount = double.NaN, "Amount" },
        { "amount +infinity", r => r.Amount = double.PositiveInfinity, "Amount" },
        { "amount -infinity", r => r.Amount = double.NegativeInfinity, "Amount" },
        { "amount double.MaxValue", r => r.Amount = double.MaxValue, "Amount" },
        { "amount 1e308", r => r.Amount = 1e308, "Amount" },
        { "amount 1e-7 g of kale", r => r.Amount = 1e-7, "Amount" },
        { "amount 0.09 g", r => r.Amount = 0.09, "Amount" },
        { "amount 0.05 mL", r => (r.Unit, r.Amount) = (QuantityUnit.Millilitres, 0.05), "Amount" },
        { "a ten-thousandth of a cup", r => (r.Unit, r.Amount, r.PortionDescription) = (QuantityUnit.Portion, 0.0001, "1 cup (8 fl oz)"), "Amount" },
        { "amount 5001 g", r => r.Amount = 5001, "Amount" },
        { "amount 5001 mL", r => (r.Unit, r.Amount) = (QuantityUnit.Millilitres, 5001), "Amount" },
        { "51 portions", r => (r.Unit, r.Amount, r.PortionDescription) = (QuantityUnit.Portion, 51, "1 cup (8 fl oz)"), "Amount" },
        { "NaN portions", r => (r.Unit, r.Amount, r.PortionDescription) = (QuantityUnit.Portion, double.NaN, "1 cup (8 fl oz)"), "Amount" },
        { "portion missing", r => (r.Unit, r.Amount, r.PortionDescription) = (QuantityUnit.Portion, 1, null), "PortionDescription" },
        { "portion not the food's", r => (r.Unit, r.Amount, r.PortionDescription) = (QuantityUnit.Portion, 1, "1 bucket"), "PortionDescription" },
        { "portion is script", r => (r.Unit, r.Amount, r.PortionDescription) = (QuantityUnit.Portion, 1, BadText.Script), "PortionDescription" },
        { "portion is SQL", r => (r.Unit, r.Amount, r.PortionDescription) = (QuantityUnit.Portion, 1, BadText.Sql), "PortionDescription" },
        { "portion is 10,000 characters", r => (r.Unit, r.Amount, r.PortionDescription) = (QuantityUnit.Portion, 1, BadText.Repeated(10_000)), "PortionDescription" },
        { "unit unknown", r => r.Unit = (QuantityUnit)99, "Unit" },
        { "slot unknown", r => r.Slot = (MealSlot)99, "Slot" },
        { "slot negative", r => r.Slot = (MealSlot)(-1), "Slot" },
        { "food zero", r => r.FoodId = 0, "FoodId" },
        { "food negative", r => r.FoodId = -7, "FoodId" },
        { "food not in the catalog", r => r.FoodId = int.MaxValue, "FoodId" },
        { "date DateOnly.MinValue", r => r.Date = DateOnly.MinValue, "Date" },
        { "date DateOnly.MaxValue", r => r.Date = DateOnly.MaxValue, "Date" },
        { "date six years ago", r => r.Date = Today.AddYears(-6), "Date" },
        { "date two years ahead", r => r.Date = Today.AddYears(2), "Date" },
        { "note 501 characters", r => r.Note = BadText.Repeated(501), "Note" },
        { "note 100,000 characters", r => r.Note = BadText.Repeated(100_000), "Note" },
        { "note 251 emoji", r => r.Note = BadText.EmojiRun(251), "Note" },
        { "note with NUL", r => r.Note = BadText.Nul, "Note" },
        { "note with a bell", r => r.Note = BadText.Bell, "Note" },
        { "note with an escape sequence", r => r.Note = BadText.Escape, "Note" },
        { "note with a lone surrogate", r => r.Note = BadText.LoneSurrogate, "Note" },
    };

    public static TheoryData<string> EntryCases => Entries.Names;

    public static BadInputTable<Action<MealEntryRequest>> Changes { get; } = new()
    {
        { "change amount to NaN", r => r.Amount = double.NaN, "Amount" },
        { "change amount to -infinity", r => r.Amount = double.NegativeInfinity, "Amount" },
        { "change date to DateOnly.MaxValue", r => r.Date = DateOnly.MaxValue, "Date" },
        { "change food to one not in the catalog", r => r.FoodId = int.MaxValue, "FoodId" },
        { "change portion to one not the food's", r => (r.Unit, r.Amount, r.PortionDescription) = (QuantityUnit.Portion, 1, "1 bucket"), "PortionDescription" },
        { "change note to NUL", r => r.Note = BadText.Nul, "Note" },
        { "change unit to unknown", r => r.Unit = (QuantityUnit)42, "Unit" },
    };

    public static TheoryData<string> ChangeCases => Changes.Names;

    public static BadInputTable<string> QuickDrinks { get; } = new()
    {
        { "quick drink key empty", string.Empty, "FoodId" },
        { "quick drink key unknown", "usda-99999", "FoodId" },
        { "quick drink key is script", BadText.Script, "FoodId" },
        { "quick drink key is SQL", BadText.Sql, "FoodId" },
        { "quick drink key 10,000 characters", BadText.Repeated(10_000), "FoodId" },
        { "quick drink key with NUL", "usda-14411\0", "FoodId" },
    };

    public static TheoryData<string> QuickDrinkCases => QuickDrinks.Names;

    public static BadInputTable<(DateOnly From, DateOnly To)> Copies { get; } = new()
    {
        { "copy to DateOnly.MaxValue", (Today, DateOnly.MaxValue), "Date" },
        { "copy to DateOnly.MinValue", (Today, DateOnly.MinValue), "Date" },
        { "copy from DateOnly.MinValue", (DateOnly.MinValue, Today), "Date" },
        { "copy to two years ahead", (Today, Today.AddYears(2)), "Date" },
        { "copy from six years ago", (Today.AddYears(-6), Today), "Date" },
    };

    public static TheoryData<string> CopyCases => Copies.Names;

    [Theory]
    [MemberData(nameof(EntryCases))]
    public async Task A_bad_entry_is_refused_naming_the_field_and_nothing_is_saved(string name)
    {
        var bad = Entries[name];
        var mother = await BadInputSession.MotherAsync(factory);
        var request = await ValidEntryAsync();
        bad.Input(request);

        await BadInputAssert.RejectedWithoutWriteAsync(factory.Services, bad.Field,
            () => BadInputSession.AsAsync<MealLogService>(factory, mother, log => log.AddAsync(request)));
    }

    [Theory]
    [MemberData(nameof(ChangeCases))]
    public async Task A_bad_change_is_refused_and_the_entry_is_left_as_it_was(string name)
    {
        var bad = Changes[name];
        var mother = await BadInputSession.MotherAsync(factory, "changes");
        var entryId = await BadInputSession.AsAsync<MealLogService, int>(factory, mother, async log => await log.AddAsync(await ValidEntryAsync()));
        var request = await ValidEntryAsync();
        bad.Input(request);

        await BadInputAssert.RejectedWithoutWriteAsync(factory.Services, bad.Field,
            () => BadInputSession.AsAsync<MealLogService>(factory, mother, log => log.UpdateAsync(entryId, request)),
            db => EntryFingerprintAsync(db, entryId));
    }

    [Theory]
    [MemberData(nameof(QuickDrinkCases))]
    public async Task A_bad_quick_drink_is_refused(string name)
    {
        var bad = QuickDrinks[name];
        var mother = await BadInputSession.MotherAsync(factory);

        await BadInputAssert.RejectedWithoutWriteAsync(factory.Services, bad.Field,
            () => BadInputSession.AsAsync<MealLogService>(factory, mother, log => log.AddQuickDrinkAsync(Today, bad.Input)));
    }

    [Theory]
    [MemberData(nameof(CopyCases))]
    public async Task A_copy_to_or_from_a_day_out_of_range_is_refused(string name)
    {
        var bad = Copies[name];
        var mother = await BadInputSession.MotherAsync(factory, "copies");
        await BadInputSession.AsAsync<MealLogService, int>(factory, mother, async log => await log.AddAsync(await ValidEntryAsync()));

        await BadInputAssert.RejectedWithoutWriteAsync(factory.Services, bad.Field,
            () => BadInputSession.AsAsync<MealLogService>(factory, mother, log => log.CopyAsync(bad.Input.From, bad.Input.To)));
    }

    private async Task<MealEntryRequest> ValidEntryAsync() => new()
    {
        Date = Today, Slot = MealSlot.Drink, FoodId = await Given.FoodIdAsync(factory.Services, KefirKey), Unit = QuantityUnit.Grams, Amount = 200, Note = "after the walk",
    };

    private static async Task<string> EntryFingerprintAsync(AppDbContext db, int entryId)
    {
        var e = await db.MealEntries.AsNoTracking().SingleAsync(x => x.Id == entryId);
        return string.Create(CultureInfo.InvariantCulture, $"{e.Date}|{e.Slot}|{e.FoodId}|{e.Unit}|{e.Amount}|{e.PortionDescription}|{e.Grams}|{e.Note}|{e.UpdatedAt:O}");
    }
}
