using System.Globalization;
using System.Net;
using System.Text.Json;
using MaternalMicrobiome.Data;
using MaternalMicrobiome.Data.Identity;
using MaternalMicrobiome.Web.Features.MyData;
using MaternalMicrobiome.Web.Features.Today;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MaternalMicrobiome.Web.Tests.Integration;

public sealed class MyDataTests(SqliteWebAppFactory factory) : IClassFixture<SqliteWebAppFactory>
{
    private static readonly DateOnly Today = Given.Today;

    private async Task<(AppUser Mother, HttpClient Browser)> MotherWithEntriesAsync()
    {
        _ = factory.Server;
        var mother = await Given.UserAsync(factory.Services, Roles.Mother);
        await using (var scope = await Given.SignedInScopeAsync(factory.Services, mother))
        {
            var log = scope.ServiceProvider.GetRequiredService<MealLogService>();
            await log.AddQuickDrinkAsync(Today, "usda-01289");
            await log.AddQuickDrinkAsync(Today, "usda-14411");
            await scope.ServiceProvider.GetRequiredService<CheckInService>().SaveAsync(Today, new CheckInRequest { SleepHours = 7 });
        }

        var browser = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var login = await FormPoster.PostAsync(browser, "/Account/Login", "login",
            new Dictionary<string, string> { ["Input.Email"] = mother.Email!, ["Input.Password"] = Given.Password });
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        return (mother, browser);
    }

    [Fact]
    public async Task She_downloads_all_her_data_as_json_and_her_log_as_csv_and_nothing_of_anyone_else()
    {
        var (other, _) = await MotherWithEntriesAsync();
        var (mother, browser) = await MotherWithEntriesAsync();

        var json = await browser.GetStringAsync(new Uri(MyDataEndpoints.JsonPath, UriKind.Relative));
        var csv = await browser.GetStringAsync(new Uri(MyDataEndpoints.CsvPath, UriKind.Relative));

        Assert.Contains(mother.Email!, json, StringComparison.Ordinal);
        Assert.Contains("Kefir, plain, lowfat", json, StringComparison.Ordinal);
        Assert.Contains("\"sleepHours\": 7", json, StringComparison.Ordinal);
        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Date,Slot,FoodId,Food,Unit,Amount,Portion,Grams,Note", lines[0], StringComparison.Ordinal);
        Assert.Equal(3, lines.Length);
        Assert.DoesNotContain(other.Email!, json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Her_exports_have_iso_dates_a_charset_enum_names_and_the_food_ids_of_her_entries()
    {
        var (mother, browser) = await MotherWithEntriesAsync();
        var kefirId = await FoodIdAsync("usda-01289");

        using var csvResponse = await browser.GetAsync(new Uri(MyDataEndpoints.CsvPath, UriKind.Relative));
        using var jsonResponse = await browser.GetAsync(new Uri(MyDataEndpoints.JsonPath, UriKind.Relative));

        Assert.Equal("text/csv; charset=utf-8", csvResponse.Content.Headers.ContentType!.ToString());
        Assert.Equal("application/json; charset=utf-8", jsonResponse.Content.Headers.ContentType!.ToString());
        var iso = Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var lines = (await csvResponse.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.All(lines.Skip(1), line => Assert.StartsWith($"{iso},", line, StringComparison.Ordinal));
        Assert.Contains(lines, line => line.Contains($",{kefirId},\"Kefir, plain, lowfat\",", StringComparison.Ordinal));

        using var document = JsonDocument.Parse(await jsonResponse.Content.ReadAsStringAsync());
        var root = document.RootElement;
        Assert.Equal("Pregnant", root.GetProperty("profile").GetProperty("stageKind").GetString());
        Assert.Equal(JsonValueKind.String, root.GetProperty("profile").GetProperty("feedingMode").ValueKind);
        var entries = root.GetProperty("entries").EnumerateArray().ToList();
        Assert.Equal(2, entries.Count);
        Assert.Contains(entries, e => e.GetProperty("foodId").GetInt32() == kefirId && e.GetProperty("date").GetString() == iso);
        Assert.Equal(mother.Email, root.GetProperty("account").GetProperty("email").GetString());
    }

    private async Task<int> FoodIdAsync(string key)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Foods.Where(f => f.Key == key).Select(f => f.Id).SingleAsync();
    }

    [Fact]
    public async Task Anonymous_visitors_and_nutritionists_get_no_export()
    {
        _ = factory.Server;
        var anonymous = await factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false })
            .GetAsync(new Uri(MyDataEndpoints.JsonPath, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.Contains("/Account/Login", anonymous.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deleting_her_account_needs_her_password_and_then_removes_everything_she_owns()
    {
        var (mother, browser) = await MotherWithEntriesAsync();

        var wrong = await FormPoster.PostAsync(browser, "/Account/DeleteAccount", "delete-account",
            new Dictionary<string, string> { ["Input.Password"] = "Not-her-password-1!", ["Input.Understood"] = "true" });
        Assert.Contains("That password is not right.", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            Assert.True(await scope.ServiceProvider.GetRequiredService<AppDbContext>().MealEntries.AnyAsync(e => e.UserId == mother.Id));
        }

        var deleted = await FormPoster.PostAsync(browser, "/Account/DeleteAccount", "delete-account",
            new Dictionary<string, string> { ["Input.Password"] = Given.Password, ["Input.Understood"] = "true" });

        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        await using var check = factory.Services.CreateAsyncScope();
        var db = check.ServiceProvider.GetRequiredService<AppDbContext>();
        Assert.False(await db.Users.AnyAsync(u => u.Id == mother.Id));
        Assert.False(await db.MealEntries.AnyAsync(e => e.UserId == mother.Id));
        Assert.False(await db.CheckIns.AnyAsync(c => c.UserId == mother.Id));
        Assert.False(await db.MotherProfiles.AnyAsync(p => p.UserId == mother.Id));
    }
}
