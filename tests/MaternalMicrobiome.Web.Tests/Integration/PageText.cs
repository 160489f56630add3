using System.Text.RegularExpressions;

namespace MaternalMicrobiome.Web.Tests.Integration;

/// <summary>The account card of a static-rendered account page, with the per-response antiforgery token set aside.</summary>
public static partial class PageText
{
    [GeneratedRegex("<section class=\"account-card\".*?</section>", RegexOptions.Singleline)]
    private static partial Regex Card();

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]*)\"")]
    private static partial Regex AntiforgeryToken();

    public static string AccountCard(string html) => AntiforgeryToken().Replace(Card().Match(html).Value, "TOKEN");
}
